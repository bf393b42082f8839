import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chatScenario, frenchCall } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

beforeEach(() => window.localStorage.clear());

describe('library', () => {
  it('lists every scenario with its facts and filters by setting, language and text', async () => {
    const user = userEvent.setup();
    renderApp([frenchCall(), chatScenario()]);
    // the language filter starts at the UI language (English here)
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('en');
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual(['card-photo-chat']);
    await user.selectOptions(screen.getByLabelText('Language'), '');
    const list = screen.getByRole('list', { name: 'Scenarios' });
    // every language: the UI language's first
    expect(
      within(list)
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-labelledby')),
    ).toEqual(['card-photo-chat', 'card-appel-lucas']);
    const chat = screen.getByRole('article', { name: /Chat: a photo/ });
    expect(within(chat).getByText('Chat')).toBeTruthy();
    expect(within(chat).getByText('English')).toBeTruthy();
    expect(within(chat).getByText('5 min')).toBeTruthy();
    expect(within(chat).getByText('Listening · Safety advice')).toBeTruthy();
    expect(within(chat).getByText('intimate images')).toBeTruthy();
    expect(within(chat).getByText('Not tried yet')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Language'), 'fr');
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'))).toEqual(['card-appel-lucas']);
    await user.selectOptions(screen.getByLabelText('Language'), '');
    await user.selectOptions(screen.getByLabelText('Setting'), 'chat');
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Setting'), '');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'sextorsion');
    expect(screen.getByRole('article', { name: /Appel : chantage/ })).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), ' nothing like this');
    expect(screen.getByRole('status').textContent).toBe('No scenario matches these filters.');
  });

  it('shows scenario text containing HTML as text, never as markup', () => {
    renderApp([chatScenario()]);
    expect(screen.getByRole('link', { name: 'Chat: a photo <img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('switches the whole interface between English and French and remembers it', async () => {
    const user = userEvent.setup();
    const { storage, unmount } = renderApp([frenchCall()]);
    expect(screen.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Français' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Scénarios' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pause / quitter' })).toBeTruthy();
    expect(screen.getByLabelText('Cadre')).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    unmount();
    renderApp([frenchCall()], { storage });
    expect(screen.getByRole('button', { name: 'English' })).toBeTruthy();
  });

  it('starts in French for a French browser', () => {
    renderApp([frenchCall()], { lang: 'fr-FR' });
    expect(screen.getByRole('link', { name: 'Ma progression' })).toBeTruthy();
  });

  it('offers support contacts from the always-visible pause button', async () => {
    const user = userEvent.setup();
    renderApp([frenchCall()]);
    await user.click(screen.getByRole('button', { name: 'Pause / leave' }));
    const dialog = await screen.findByRole('dialog', { name: 'Take a break' }); // the panel loads when opened
    expect(
      within(dialog)
        .getByRole('link', { name: /Samaritans — 116 123/ })
        .getAttribute('href'),
    ).toBe('tel:116123');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
