import { describe, expect, it } from 'vitest';
import { createSessionStore, EMPTY_ANSWER, saveSession } from '../../app/session-store.ts';
import { chatScenario } from '../web/fixtures.ts';

describe('session store (zustand vanilla, shared by web and terminal)', () => {
  it('plays a scenario through the engine to its report', () => {
    const store = createSessionStore();
    store.getState().start(chatScenario(), { seed: 1 });
    expect(store.getState().prompt).toMatchObject({ kind: 'free', prompt: 'Welcome Sam.' });
    expect(store.getState().answer('', 2)).toBe(false);
    expect(store.getState().error).toBe(EMPTY_ANSWER);
    expect(store.getState().answer('You did well to write to us.', 3.5)).toBe(true);
    expect(store.getState().error).toBeNull();
    expect(store.getState().prompt).toMatchObject({ kind: 'choice' });
    expect(store.getState().choose('no_such_option')).toBe(false);
    expect(store.getState().error).toMatch(/no_such_option/);
    expect(store.getState().choose('dont_send', 1)).toBe(true);
    const s = store.getState();
    expect(s.ended).toBe(true);
    expect(s.report).toMatchObject({ scenario: 'photo-chat', ended: true, outcome: 'ok', score: 83, passed: true });
    expect(s.prompt).toBeNull();
    expect(s.answer('more')).toBe(false);
  });

  it('resumes a saved session from JSON exactly where it was, and refuses a corrupt one', () => {
    const a = createSessionStore();
    a.getState().start(chatScenario(), { seed: 7, exam: true });
    a.getState().answer('take your time');
    const saved = JSON.parse(JSON.stringify(saveSession(a.getState())));
    const b = createSessionStore();
    expect(b.getState().resume(saved)).toBe(true);
    expect(b.getState().events).toEqual(a.getState().events);
    expect(b.getState().exam).toBe(true);
    expect(b.getState().choose('send')).toBe(true);
    expect(b.getState().report?.critical).toBe(true);

    const c = createSessionStore();
    expect(c.getState().resume({ ...saved, state: { ...saved.state, v: 99 } })).toBe(false);
    expect(c.getState().error).toMatch(/cannot be resumed.*version/);
    expect(c.getState().scenario).toBeNull();
    c.getState().reset();
    expect(c.getState().error).toBeNull();
  });
});
