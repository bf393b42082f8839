import { describe, expect, it, vi } from 'vitest';
import { render } from 'ink-testing-library';
import { createSessionStore } from '../../app/session-store.ts';
import { PlayScreen } from '../../terminal/ui/play-screen.tsx';
import { ClockContext } from '../../terminal/ui/use-elapsed.ts';
import { callScenario } from './drill-fixtures.ts';
import { tick, typeInto, type TypeOptions } from './ink-keys.ts';

/** Renders the play screen of the small call scenario with a clock the test moves. */
function setup(opts: { exam?: boolean } = {}) {
  const clock = { now: 1_000_000 };
  const store = createSessionStore();
  store.getState().start(callScenario(), { seed: 1, exam: opts.exam ?? false });
  let finished = 0;
  const view = render(
    <ClockContext.Provider value={() => clock.now}>
      <PlayScreen
        store={store}
        onFinish={() => {
          finished++;
        }}
      />
    </ClockContext.Provider>,
  );
  const type = (s: string, opts?: TypeOptions) => typeInto(view.stdin, view.lastFrame, s, opts);
  return { ...view, store, clock, type, finished: () => finished, frame: () => view.lastFrame() ?? '' };
}

describe('play screen', () => {
  it('asks a free prompt, refuses an empty answer, then shows the answer highlighted and its feedback', async () => {
    const s = setup();
    await tick();
    expect(s.frame()).toContain('Call: blackmail after a video call');
    expect(s.frame()).toContain('Content notes: sextortion');
    expect(s.frame()).toContain("Lucas: Hello... I don't know if I'm calling the right place.");
    expect(s.frame()).toContain('» Welcome the caller.');
    expect(s.frame()).toContain('⏱ 30s left');
    await s.type('\r');
    expect(s.frame()).toContain('Type an answer before pressing Enter.');
    await s.type('You did the right thing, I am listening');
    expect(s.frame()).toContain('> You did the right thing, I am listening');
    await s.type('\r');
    const f = s.frame();
    expect(f).toContain('You: You did the [right thing], [I am listening]');
    expect(f).toContain('✓ +2 Listening — Reassure them they did well to call.');
    expect(f).not.toContain('Type an answer before pressing Enter.');
    expect(f).toContain('Lucas: Someone recorded me on a video call and wants money.');
    expect(f).toContain('» He asks whether he should pay.');
    expect(f).toContain('❯ 1. Do not pay, and stop answering.');
    expect(f).toContain('2. Pay, it might keep him quiet.');
    s.unmount();
  });

  it('takes a choice by its digit and ends on the debrief', async () => {
    const s = setup();
    await tick();
    await s.type('You did the right thing');
    await s.type('\r');
    await s.type('1');
    const f = s.frame();
    expect(f).toContain('You: Do not pay, and stop answering.');
    expect(f).toContain('✓ +3 Safety advice — Never advise paying.');
    expect(f).toContain('✓ PASSED');
    expect(f).toMatch(/Listening\s+█{20} 100/);
    expect(f).toContain('1. You did the [right thing]  (+2)');
    expect(s.store.getState().report?.passed).toBe(true);
    await s.type('\r', { redraw: false }); // leaves the debrief: nothing to redraw
    expect(s.finished()).toBe(1);
    s.unmount();
  });

  it('takes a choice with the arrows + Enter (a critical one here)', async () => {
    const s = setup();
    await tick();
    await s.type('It is your fault');
    await s.type('\r');
    expect(s.frame()).toContain('critical error: Blaming the victim');
    await s.type('\u001B[B');
    expect(s.frame()).toContain('❯ 2. Pay, it might keep him quiet.');
    await s.type('\r');
    const f = s.frame();
    expect(f).toContain('✗ -3 Safety advice');
    expect(f).toContain('critical error: Advising to pay');
    expect(f).toContain('Lucas: Ok... bye.');
    expect(f).toContain('✗ NOT PASSED');
    expect(f).toContain('✗ Not passed: Blaming the victim (turn 1)');
    expect(f).toContain('✗ Not passed: Advising to pay (turn 2)');
    expect(f).toContain('Outcome: Lucas hung up');
    s.unmount();
  });

  it('marks a late answer after the soft countdown', async () => {
    // The countdown redraws on a one-second interval: fake it, and move the injected clock with it.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const s = setup();
      await tick();
      expect(s.frame()).toContain('⏱ 30s left');
      s.clock.now += 26_000;
      vi.advanceTimersByTime(1000);
      await tick();
      expect(s.frame()).toContain('⏱ 4s left');
      s.clock.now += 5_000;
      vi.advanceTimersByTime(1000);
      await tick();
      expect(s.frame()).toContain('⏱ time is up — answer anyway (it counts as late)');
      await s.type('I');
      await s.type(' am listening\r');
      expect(s.frame()).toContain('(answered after the time limit)');
      expect(s.store.getState().events.some((e) => e.type === 'feedback' && e.late)).toBe(true);
      s.unmount();
    } finally {
      vi.useRealTimers();
    }
  });

  it('exam mode holds the feedback until the debrief', async () => {
    const s = setup({ exam: true });
    await tick();
    expect(s.frame()).toContain('[exam: feedback at the end]');
    await s.type('You did the right thing\r');
    let f = s.frame();
    expect(f).toContain('You: You did the right thing');
    expect(f).toContain('Answer recorded (exam mode: feedback in the debrief).');
    expect(f).not.toContain('✓ +2');
    expect(f).not.toContain('[right thing]');
    await s.type('2');
    f = s.frame();
    expect(f).not.toContain('✗ -3 Safety advice');
    expect(f).toContain('✗ NOT PASSED');
    expect(f).toContain('1. You did the [right thing]  (+2)');
    expect(f).toContain('Reassure them they did well to call.');
    // A competency no answer could earn here is not drawn as a zero.
    expect(f).toMatch(/No blame\s+·{20} {3}– not assessed here/);
    s.unmount();
  });
});

describe('resume', () => {
  it('a session saved to the data folder mid-way continues where it was', async () => {
    const { existsSync, mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { saveSession } = await import('../../app/session-store.ts');
    const saved = await import('../../app/saved-session.ts');
    const { fileStore } = await import('../../terminal/storage/file-store.ts');
    const dir = mkdtempSync(join(tmpdir(), 'rehearse-resume-'));
    const files = fileStore(dir);
    try {
      expect(saved.loadSavedSession(files)).toEqual({ none: true });
      const first = createSessionStore();
      first.getState().start(callScenario(), { seed: 4 });
      first.getState().answer('Take your time');
      expect(saved.storeSavedSession(files, saveSession(first.getState()))).toBeNull();
      const loaded = saved.loadSavedSession(files);
      if (!('saved' in loaded)) throw new Error(JSON.stringify(loaded));
      const store = createSessionStore();
      expect(store.getState().resume(JSON.parse(JSON.stringify(loaded.saved)))).toBe(true);
      const view = render(<PlayScreen store={store} onFinish={() => {}} />);
      await tick();
      let f = view.lastFrame()!;
      expect(f).toContain('You: [Take your time]');
      expect(f).toContain('» He asks whether he should pay.');
      await typeInto(view.stdin, view.lastFrame, '1');
      f = view.lastFrame()!;
      expect(f).toContain('✓ PASSED');
      view.unmount();
      saved.storeSavedSession(files, null);
      expect(saved.loadSavedSession(files)).toEqual({ none: true });
      // Each scenario has its own saved session; one kept by an older terminal as session.json is moved to its name.
      saved.storeSavedSession(files, saveSession(first.getState()));
      const other = createSessionStore();
      other.getState().start(callScenario({ id: 'other-call' }), { seed: 5 });
      const otherName = saved.sessionNameOf('other-call');
      saved.storeSavedSession(files, saveSession(other.getState()), { name: otherName });
      const waiting = saved.waitingSessions(files);
      expect(waiting.notices).toEqual([]);
      expect(waiting.sessions.map((w) => [w.name, w.saved.scenario.id])).toEqual([
        ['session.webcam-call', 'webcam-call'],
        ['session.other-call', 'other-call'],
      ]);
      expect(existsSync(join(dir, 'session.json'))).toBe(false);
      expect(existsSync(join(dir, 'session.webcam-call.json'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
