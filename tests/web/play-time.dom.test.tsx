import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chatScenario } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

beforeEach(() => {
  window.localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
});
afterEach(() => vi.useRealTimers());

const countdown = () => screen.getByRole('timer').textContent!.replace('Suggested time: ', '');

async function started() {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const view = renderApp([chatScenario()]);
  await user.click(screen.getByRole('link', { name: /Chat: a photo/ }));
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await screen.findByRole('list', { name: 'Conversation' });
  return { user, ...view };
}

describe('the play clock (issue 15)', () => {
  it('stands still while the pause panel is open: a break is never an answer "late"', async () => {
    const { user } = await started();
    expect(countdown()).toBe('30 s left');
    await user.click(screen.getByRole('button', { name: 'Pause / leave' }));
    expect((await screen.findByRole('dialog', { name: 'Take a break' })).textContent).toContain('the clock stops');
    vi.advanceTimersByTime(45_000);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    vi.advanceTimersByTime(2_000);
    expect(countdown()).toBe('28 s left');
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'You did well to write.{Enter}');
    const feedback = await waitFor(() => {
      const box = document.querySelector('.feedback'); // the feedback box loads after the first prompt
      if (!box) throw new Error('no feedback yet');
      return box;
    });
    expect(feedback.textContent).toContain('+2 points');
    expect(feedback.textContent).not.toContain('answered after the suggested time');
  });

  it('still counts the time spent answering: 31 s is late', async () => {
    const { user } = await started();
    vi.advanceTimersByTime(31_000);
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'You did well to write.{Enter}');
    expect(document.querySelector('.feedback')!.textContent).toContain('answered after the suggested time');
  });

  it('a reload gives back the draft and exactly the time already taken', async () => {
    const { user, unmount, storage } = await started();
    vi.advanceTimersByTime(10_000);
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'You did well to wr');
    unmount();
    vi.advanceTimersByTime(60_000); // the page is closed: this time does not count
    renderApp([chatScenario()], { storage, hash: '#/play/photo-chat' });
    const box = screen.getByRole('textbox', { name: 'Your answer' }) as HTMLTextAreaElement;
    expect(box.value).toBe('You did well to wr');
    expect(countdown()).toBe('20 s left');
    vi.advanceTimersByTime(5_000);
    expect(countdown()).toBe('15 s left');
  });

  it('a reload opens at the current turn, not at the first line', async () => {
    const { user, unmount, storage } = await started();
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Take your time.{Enter}');
    unmount();
    renderApp([chatScenario()], { storage, hash: '#/play/photo-chat' });
    expect(document.activeElement!.closest('.transcript')).not.toBeNull();
    expect(document.activeElement!.textContent).toContain('should i send it?');
  });
});

describe('back one step (issue 15)', () => {
  it('takes the last answer back, with its text in the box to change', async () => {
    const { user } = await started();
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), "It's your fault.{Enter}");
    expect(screen.getByRole('button', { name: "Don't send anything." })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back one step' }));
    const box = screen.getByRole('textbox', { name: 'Your answer' }) as HTMLTextAreaElement;
    expect(box.value).toBe("It's your fault.");
    expect(document.querySelector('.answer-item')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Back one step' })).toBeNull(); // nothing more to take back
    await user.clear(box);
    await user.type(box, 'Take your time.{Enter}');
    await user.click(screen.getByRole('button', { name: "Don't send anything." }));
    await user.click(screen.getByRole('button', { name: 'See the debrief' }));
    expect(await screen.findByText('Passed')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Critical errors' })).toBeNull();
  });

  it('is not offered in exam mode', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderApp([chatScenario()]);
    await user.click(screen.getByRole('link', { name: /Chat: a photo/ }));
    await user.click(screen.getByRole('checkbox', { name: /Exam mode/ }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Take your time.{Enter}');
    expect(screen.queryByRole('button', { name: 'Back one step' })).toBeNull();
  });
});

describe('the pause panel', () => {
  it('on the library, offers no way "back to the scenarios"', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderApp([chatScenario()]);
    await user.click(screen.getByRole('button', { name: 'Pause / leave' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Take a break' }));
    expect(dialog.queryByRole('button', { name: 'Leave to the scenarios' })).toBeNull();
    expect(dialog.getByText('You can also talk it over with your trainer or supervisor.')).toBeTruthy();
  });
});
