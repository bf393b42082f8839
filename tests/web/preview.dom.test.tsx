import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render-app.tsx';

beforeEach(() => window.localStorage.clear());

const broken = `format: 1
id: broken
title: "Broken"
locale: en
setting: chat
characters:
  sam: { name: Sam }
competencies:
  listening: "Listening"
start: hello
nodes:
  hello:
    say:
      - sam: "hi"
    goto: nowhere
`;

describe('trainer preview', { timeout: 20_000 }, () => {
  it('checks the sample, draws its graph and plays it at once', async () => {
    const user = userEvent.setup();
    renderApp([], { hash: '#/preview' });
    expect(await screen.findByText('No problem found.', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('img', { name: /Scenario graph: 3 nodes, 2 routes/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Play it' }));
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Take your time.{Enter}');
    expect(screen.getByRole('img', { name: /path hello → advice/ })).toBeTruthy();
  });

  it('shows the examples live, ✓ or ✗ with what matched, and resolves `use:` with the bundled sets (r2)', async () => {
    renderApp([], { hash: '#/preview' });
    const examples = await screen.findByRole('region', { name: 'Examples' }, { timeout: 5000 });
    expect(within(examples).getByText('2 of 2 examples behave')).toBeTruthy();
    const editor = screen.getByRole('textbox', { name: /Scenario source/ });
    const text = (editor as HTMLTextAreaElement).value
      .replace('locale: en', 'locale: en\nuse: [core-intents-en]')
      .replace(
        '              no: ["Write to us again when you can."]',
        '              no: ["Write to us again when you can.", "Take your time."]\n' +
          '          - { id: blame, competency: listening, points: -2, critical: "Blaming", match: ["@blame_victim"] }',
      );
    fireEvent.change(editor, { target: { value: text } });
    expect(await within(examples).findByText('2 of 3 examples behave', {}, { timeout: 5000 })).toBeTruthy();
    const bad = within(examples).getByRole('img', { name: 'does not behave' }).closest('li')!;
    expect(bad.textContent).toContain('Take your time.');
    expect(bad.textContent).toContain(
      'this "no" example matches criterion "welcome" (+2): the phrase "take your time" matches "Take your time"',
    );
    expect(within(examples).getAllByRole('img', { name: 'behaves' })).toHaveLength(2);
    expect(screen.queryByText(/RH060/)).toBeNull(); // core-intents-en is found among the bundled sets
    expect(screen.getByText('0 errors, 1 warning')).toBeTruthy(); // the misbehaving example
  });

  it('says so when the browser cannot keep the text, instead of dropping it silently', async () => {
    const real = window.localStorage;
    const storage: Storage = {
      get length() {
        return real.length;
      },
      clear: () => real.clear(),
      key: (i) => real.key(i),
      getItem: (k) => real.getItem(k),
      removeItem: (k) => real.removeItem(k),
      setItem: (k, v) => {
        if (k === 'rehearse.preview.source') throw new Error('The quota has been exceeded.');
        real.setItem(k, v);
      },
    };
    renderApp([], { hash: '#/preview', storage });
    const editor = await screen.findByRole('textbox', { name: /Scenario source/ }, { timeout: 15_000 });
    fireEvent.change(editor, { target: { value: broken } });
    expect(
      await screen.findByText(/Your text could not be kept in this browser \(The quota has been exceeded\.\)/),
    ).toBeTruthy();
  });

  it('shows a broken file diagnostic with its line and column, and the excerpt', async () => {
    renderApp([], { hash: '#/preview' });
    const editor = await screen.findByRole('textbox', { name: /Scenario source/ }, { timeout: 15_000 });
    fireEvent.change(editor, { target: { value: broken } });
    const item = await screen.findByRole('button', { name: '15:11' }, { timeout: 5000 });
    const li = item.closest('li')!;
    expect(li.textContent).toMatch(/error/);
    expect(li.textContent).toMatch(/nowhere/);
    expect(within(li).getByText(/goto: nowhere/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Play it' }).hasAttribute('disabled')).toBe(true);
    await waitFor(() => expect(window.localStorage.getItem('rehearse.preview.source')).toBe(broken));
  });
});
