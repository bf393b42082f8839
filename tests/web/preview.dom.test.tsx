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
    await user.type(screen.getByRole('textbox', { name: 'Welcome Sam.' }), 'Take your time.{Enter}');
    expect(screen.getByRole('img', { name: /path hello → advice/ })).toBeTruthy();
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
    const editor = await screen.findByRole('textbox', { name: /Scenario source/ });
    fireEvent.change(editor, { target: { value: broken } });
    expect(
      await screen.findByText(/Your text could not be kept in this browser \(The quota has been exceeded\.\)/),
    ).toBeTruthy();
  });

  it('shows a broken file diagnostic with its line and column, and the excerpt', async () => {
    renderApp([], { hash: '#/preview' });
    const editor = await screen.findByRole('textbox', { name: /Scenario source/ });
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
