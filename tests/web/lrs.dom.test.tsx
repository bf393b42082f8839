import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../web/app.tsx';
import { entryOf } from '../../web/library/meta.ts';
import { chatScenario } from './fixtures.ts';

const ENDPOINT = 'https://lrs.example.org/xapi/';

function openApp(hash = '#/') {
  window.location.hash = hash;
  const library = [{ ...entryOf(chatScenario()), hash: '0123456789abcdef' }];
  return render(<App library={library} storage={window.localStorage} navigatorLang="en-GB" />);
}

async function playOneAnswer(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('link', { name: 'Scenarios' }));
  await user.click(await screen.findByRole('link', { name: /Chat: a photo/ }));
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.type(await screen.findByRole('textbox', { name: 'Your answer' }), 'You did well to write to us.{Enter}');
}

let fetchMock: Mock<(url: string, init: RequestInit) => Promise<Response>>;
beforeEach(() => {
  window.localStorage.clear();
  fetchMock = vi.fn(async (_url: string, _init: RequestInit): Promise<Response> => {
    throw new TypeError('Failed to fetch');
  });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('results to an LRS (web)', () => {
  it('with no LRS set, playing sends nothing and queues nothing', async () => {
    const user = userEvent.setup();
    openApp();
    await playOneAnswer(user);
    await user.click(screen.getByRole('button', { name: "Don't send anything." }));
    await screen.findByRole('button', { name: 'See the debrief' });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.queryByText(/waiting to be sent/)).toBeNull();
    expect(Object.keys(window.localStorage).filter((k) => k.includes('lrs'))).toEqual([]);
  });

  it('settings: a missing learner is said; saved settings start sending; "Stop sending" forgets them', async () => {
    const user = userEvent.setup();
    openApp('#/settings');
    await user.type(await screen.findByLabelText('LRS address (xAPI endpoint)'), ENDPOINT);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert').textContent).toContain('the learner (an e-mail or an id) is missing');
    await user.type(screen.getByLabelText('Key (username)'), 'key');
    await user.type(screen.getByLabelText('Secret (password)'), 'secret');
    await user.type(screen.getByLabelText('Your e-mail or id at your organisation'), 'vol@example.org');
    expect((screen.getByRole('checkbox', { name: /text of my answers/ }) as HTMLInputElement).checked).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved: results go to lrs.example.org.')).toBeTruthy();
    expect(JSON.parse(window.localStorage.getItem('rehearse.lrs')!)).toMatchObject({ endpoint: ENDPOINT });
    await user.click(screen.getByRole('button', { name: 'Stop sending' }));
    expect(window.localStorage.getItem('rehearse.lrs')).toBeNull();
    expect(screen.getAllByText('No LRS is set: nothing is sent.').length).toBeGreaterThan(0);
  });

  it('offline, a result waits ("1 result waiting to be sent"); back online it is sent, with our statement ids', async () => {
    window.localStorage.setItem('rehearse.lrs', JSON.stringify({ endpoint: ENDPOINT, token: 'tok', learner: 'v1' }));
    const user = userEvent.setup();
    openApp();
    await playOneAnswer(user);
    expect(await screen.findByText(/1 result waiting to be sent/)).toBeTruthy();
    expect(screen.getByText(/Last try: the LRS could not be reached/)).toBeTruthy();
    const sent: Array<{ url: string; init: RequestInit }> = [];
    fetchMock.mockImplementation(async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(null, { status: 204 });
    });
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(screen.queryByText(/waiting to be sent/)).toBeNull());
    expect(sent.length).toBe(2); // launched, answered
    for (const { url, init } of sent) {
      const body = JSON.parse(String(init.body)) as { id: string };
      expect(url).toBe(`${ENDPOINT}statements?statementId=${body.id}`);
      expect(init.method).toBe('PUT');
      expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
      expect((init.headers as Record<string, string>)['X-Experience-API-Version']).toBe('1.0.3');
    }
    expect(String(sent[1]!.init.body)).not.toContain('You did well');
  });
});
