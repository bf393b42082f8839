import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chatScenario } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

beforeEach(() => window.localStorage.clear());

async function openAndStart(exam = false) {
  const user = userEvent.setup();
  const view = renderApp([chatScenario()]);
  await user.click(screen.getByRole('link', { name: /Chat: a photo/ }));
  expect(screen.getByText('intimate images')).toBeTruthy(); // content notes before starting
  if (exam) await user.click(screen.getByRole('checkbox', { name: /Exam mode/ }));
  await user.click(screen.getByRole('button', { name: 'Start' }));
  await screen.findByRole('list', { name: 'Conversation' });
  return { user, ...view };
}

describe('playing a scenario', () => {
  it('plays by typing to the debrief: verdict, score, competency bars and highlighted words', async () => {
    const { user } = await openAndStart();
    const transcript = screen.getByRole('list', { name: 'Conversation' });
    expect(transcript.getAttribute('aria-live')).toBe('polite');
    expect(within(transcript).getByText('hi <b>bold</b> <script>window.hacked=1</script>')).toBeTruthy();
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();

    expect(screen.getByRole('timer').textContent).toBe('Suggested time: 30 s left'); // soft: it only shows
    await user.type(
      screen.getByRole('textbox', { name: 'Your answer' }),
      'You did well to write to us, take your time.{Enter}',
    );
    expect(screen.queryByRole('timer')).toBeNull(); // the choice has no time limit
    expect(await within(transcript).findByText('Reassure first.')).toBeTruthy(); // the feedback loads after the first prompt
    expect(within(transcript).getByText(/\+2 points/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: "Don't send anything." }));
    expect(within(transcript).getByText('End of the scenario: Sam has a plan')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'See the debrief' }));

    expect(await screen.findByRole('heading', { level: 1, name: /Debrief/ })).toBeTruthy();
    expect(screen.getByText('Passed')).toBeTruthy();
    expect(screen.getByText('83%')).toBeTruthy();
    expect(screen.getByRole('meter', { name: 'Listening' }).getAttribute('aria-valuenow')).toBe('67');
    expect(screen.getByRole('meter', { name: 'Safety advice' }).getAttribute('aria-valuenow')).toBe('100');
    const marks = [...document.querySelectorAll('.debrief mark.earned')].map((m) => m.textContent);
    expect(marks.join(' ')).toMatch(/did well to write/);
    expect(marks.join(' ')).toMatch(/take your time/);
    expect(screen.getByText(/Not earned/).closest('li')!.textContent).toContain('Say that you listen.');
    expect(screen.getByText('You did well to write, I am listening.')).toBeTruthy(); // model answer
    expect(screen.getByText(/Send one photo\./).closest('li')!.textContent).toContain('Never advise this.'); // path not taken
    expect(screen.getByText('Never advise sending')).toBeTruthy();
    expect(screen.getByRole('link', { name: '3018' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Scenarios' }));
    expect(screen.getByText('Best score: 83%')).toBeTruthy();
  });

  it('refuses an empty answer with a clear message', async () => {
    const { user } = await openAndStart();
    const box = screen.getByRole('textbox', { name: 'Your answer' });
    await user.type(box, '   {Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Write an answer before sending it.');
    expect(screen.queryByText('You')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(screen.getByRole('alert').textContent).toBe('Write an answer before sending it.');
  });

  it('Shift+Enter starts a new line instead of sending', async () => {
    const { user } = await openAndStart();
    const box = screen.getByRole('textbox', { name: 'Your answer' }) as HTMLTextAreaElement;
    await user.type(box, 'line one{Shift>}{Enter}{/Shift}line two');
    expect(box.value).toBe('line one\nline two');
  });

  it('in exam mode hides feedback until the debrief, and a critical answer fails', async () => {
    const { user } = await openAndStart(true);
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), "It's your fault.{Enter}");
    expect(screen.getByText('Answer recorded. Feedback comes in the debrief.')).toBeTruthy();
    expect(screen.queryByText('Never blame.')).toBeNull();
    expect(screen.queryByText(/points/)).toBeNull();
    await user.click(screen.getByRole('button', { name: "Don't send anything." }));
    expect(screen.queryByText('Right: nothing to send.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'See the debrief' }));
    expect(await screen.findByText('Not passed')).toBeTruthy();
    const critical = screen.getByRole('heading', { name: 'Critical errors' }).parentElement!;
    expect(critical.textContent).toContain('Blaming the child');
    expect(critical.textContent).toContain('Never blame.');
    expect([...document.querySelectorAll('.debrief mark.lost')].map((m) => m.textContent).join(' ')).toMatch(/fault/);
  });

  it('resumes exactly where it was after a reload', async () => {
    const { user, unmount, storage } = await openAndStart();
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Take your time.{Enter}');
    unmount();
    renderApp([chatScenario()], { storage, hash: '#/play/photo-chat' });
    const transcript = screen.getByRole('list', { name: 'Conversation' });
    expect(transcript.querySelector('.answer-text')!.textContent).toBe('Take your time.');
    expect(within(transcript).getByText('should i send it?')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send one photo.' }));
    await user.click(screen.getByRole('button', { name: 'See the debrief' }));
    expect(await screen.findByText('Not passed')).toBeTruthy();
  });

  it('a saved session that cannot be resumed is moved aside, and the trainee is told where', async () => {
    const { user, unmount, storage } = await openAndStart();
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'Take your time.{Enter}');
    unmount();
    const saved = JSON.parse(storage.getItem('rehearse.session')!);
    storage.setItem('rehearse.session', JSON.stringify({ ...saved, v: 2 }));
    renderApp([chatScenario()]);
    expect(storage.getItem('rehearse.session')).toBeNull();
    const aside = Object.keys(storage).filter((k) => k.startsWith('rehearse.session.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(storage.getItem(aside[0]!)!).v).toBe(2);
    expect(
      await screen.findByText('A session left mid-way could not be resumed; it is kept, untouched, in this browser.'),
    ).toBeTruthy();
    expect(screen.getByText(`For support: it is under the key ${aside[0]}.`)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
  });

  it('says so when the browser storage is full, instead of losing the session silently', async () => {
    const real = window.localStorage;
    const storage: Storage = {
      get length() {
        return real.length;
      },
      clear: () => real.clear(),
      key: (i) => real.key(i),
      getItem: (k) => real.getItem(k),
      removeItem: (k) => real.removeItem(k),
      setItem: (k) => {
        if (k !== 'rehearse.lang') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    const user = userEvent.setup();
    renderApp([chatScenario()], { storage });
    await user.click(screen.getByRole('link', { name: /Chat: a photo/ }));
    await user.click(screen.getByRole('button', { name: 'Start' }));
    expect(
      await screen.findByText(
        /^This session could not be saved \(the browser’s storage is full\): it will not survive closing the page/,
      ),
    ).toBeTruthy();
  });
});
