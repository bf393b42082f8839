import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Scenario } from '../../engine/types.ts';
import { chatScenario } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

beforeEach(() => {
  window.localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
});
afterEach(() => vi.useRealTimers());

/** The chat fixture as a helpline call: its frame is the one that used to show the call's own clock. */
const callScenario = (): Scenario => ({ ...chatScenario(), setting: 'call' });

async function started(scenario: Scenario, lang = 'en-GB') {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  renderApp([scenario], { hash: `#/play/${scenario.id}`, lang });
  await user.click(screen.getByRole('button', { name: lang.startsWith('fr') ? 'Commencer' : 'Start' }));
  await screen.findByRole('list', { name: 'Conversation' });
  return user;
}

/** How many times `text` is written on the page. */
const timesOnPage = (text: string) => document.body.textContent!.split(text).length - 1;

/** The text of the elements that describe `el` (aria-describedby), joined. */
const description = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('the play screen says each thing once', () => {
  it('shows the prompt once, in the conversation; the box is "Your answer", described by the prompt', async () => {
    const user = await started(chatScenario());
    expect(timesOnPage('Welcome Sam.')).toBe(1);
    const conversation = screen.getByRole('list', { name: 'Conversation' });
    expect(within(conversation).getByText('Welcome Sam.')).toBeTruthy();
    const box = screen.getByRole('textbox', { name: 'Your answer' });
    expect(description(box)).toContain('Welcome Sam.');
    await user.type(box, 'You did well to write.{Enter}');
    expect(timesOnPage('Welcome Sam.')).toBe(1); // answered, it stays in the conversation, once
  });

  it('in French too: « Votre réponse », the prompt once', async () => {
    await started(chatScenario(), 'fr-FR');
    expect(timesOnPage('Welcome Sam.')).toBe(1);
    expect(description(screen.getByRole('textbox', { name: 'Votre réponse' }))).toContain('Welcome Sam.');
  });

  it('a timed prompt on a call shows one timer, the time left, counting down — no call clock beside it', async () => {
    await started(callScenario());
    const timer = screen.getByRole('timer');
    expect(screen.getAllByRole('timer')).toHaveLength(1);
    expect(timer.textContent).toBe('Suggested time: 30 s left');
    vi.advanceTimersByTime(3_000);
    expect(timer.textContent).toBe('Suggested time: 27 s left');
    expect(document.body.textContent).not.toMatch(/\d:\d\d/); // no "0:03" of the call anywhere
    vi.advanceTimersByTime(32_000);
    expect(timer.textContent).toBe('Over the suggested time by 5 s');
    expect(timer.classList.contains('over')).toBe(true);
  });

  it('in French: « Temps conseillé : encore 30 s »', async () => {
    await started(callScenario(), 'fr-FR');
    expect(screen.getByRole('timer').textContent).toBe('Temps conseillé\u00a0: encore 30 s');
  });
});
