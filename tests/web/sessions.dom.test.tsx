import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chatScenario, frenchCall } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

beforeEach(() => window.localStorage.clear());

async function chatAnsweredOnce() {
  const user = userEvent.setup();
  const view = renderApp([chatScenario(), frenchCall()]);
  await user.click(screen.getByRole('link', { name: /Chat: a photo/ }));
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Take your time.{Enter}');
  return { user, ...view };
}

async function openFrenchCall(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('link', { name: 'Scenarios' }));
  await user.selectOptions(screen.getByLabelText('Language'), '');
  await user.click(screen.getByRole('link', { name: 'Appel : chantage' }));
  await user.click(screen.getByRole('button', { name: 'Start' }));
}

describe('sessions in progress (issue 15)', () => {
  it('asks before starting another scenario; kept, both are listed and each resumes where it was', async () => {
    const { user, storage } = await chatAnsweredOnce();
    await openFrenchCall(user);
    const ask = within(await screen.findByRole('alertdialog', { name: 'Another scenario is in progress' }));
    expect(ask.getByText(/“Chat: a photo .*” is not finished/)).toBeTruthy();
    expect(document.activeElement).toBe(ask.getByRole('button', { name: 'Keep it and start' }));
    await user.click(ask.getByRole('button', { name: 'Keep it and start' }));
    expect(await screen.findByRole('button', { name: 'Ne paie pas.' })).toBeTruthy();
    expect(storage.getItem('rehearse.session.kept.photo-chat')).not.toBeNull();

    await user.click(screen.getByRole('link', { name: 'Scenarios' }));
    const list = within(screen.getByRole('region', { name: 'In progress' }));
    expect(list.getAllByRole('listitem').map((li) => li.querySelector('p')!.textContent)).toEqual([
      '“Appel : chantage”, left at turn 1',
      '“Chat: a photo <img src=x onerror=alert(1)>”, left at turn 2',
    ]);
    expect(screen.getAllByText('In progress').length).toBeGreaterThan(1); // the cards are tagged too
    await user.click(list.getAllByRole('button', { name: 'Resume' })[1]!);
    const transcript = await screen.findByRole('list', { name: 'Conversation' });
    expect(transcript.querySelector('.answer-text')!.textContent).toBe('Take your time.');
    expect(screen.getByRole('button', { name: "Don't send anything." })).toBeTruthy();
    // the French call was kept in turn
    expect(storage.getItem('rehearse.session.kept.appel-lucas')).not.toBeNull();
    expect(storage.getItem('rehearse.session.kept.photo-chat')).toBeNull();
  });

  it('discarding the one in progress, or cancelling, is the trainee’s choice', async () => {
    const { user, storage } = await chatAnsweredOnce();
    await openFrenchCall(user);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(JSON.parse(storage.getItem('rehearse.session')!).scenario.id).toBe('photo-chat');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(screen.getByRole('button', { name: 'Discard it and start' }));
    expect(await screen.findByRole('button', { name: 'Ne paie pas.' })).toBeTruthy();
    expect(storage.getItem('rehearse.session.kept.photo-chat')).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Scenarios' }));
    const list = within(screen.getByRole('region', { name: 'In progress' }));
    expect(list.getAllByRole('listitem')).toHaveLength(1);
  });

  it('the intro of a kept scenario offers to resume it, and a reload keeps the list', async () => {
    const { user, storage, unmount } = await chatAnsweredOnce();
    await openFrenchCall(user);
    await user.click(screen.getByRole('button', { name: 'Keep it and start' }));
    unmount();
    renderApp([chatScenario(), frenchCall()], { storage, hash: '#/play/photo-chat' });
    expect(
      screen.getByText('You left this scenario at turn 2. Resume it, or start again from the beginning.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Resume where you left it' }));
    expect(await screen.findByRole('button', { name: "Don't send anything." })).toBeTruthy();
  });
});
