import { describe, expect, it } from 'vitest';
import { persistSession, storePorts } from '../../app/persist-session.ts';
import { memoryStore, type TextStore } from '../../app/persistence.ts';
import { parseProgress, serializeProgress } from '../../app/progress.ts';
import { loadProgress, saveAttempts } from '../../app/progress-storage.ts';
import { loadSavedSession, readSavedSession, SESSION_NAME } from '../../app/saved-session.ts';
import { createSessionStore, saveSession } from '../../app/session-store.ts';
import { attemptOf } from '../terminal/drill-fixtures.ts';
import { chatScenario } from '../web/fixtures.ts';

const NOW = new Date('2026-11-28T13:05:09.123Z');

/** A store whose writes fail (a full disk, a full browser storage). */
function fullStore(): TextStore & { texts: Map<string, string> } {
  const store = memoryStore();
  return { ...store, write: () => ({ error: 'no space left' }), remove: () => ({ error: 'no space left' }) };
}

function runningSession() {
  const session = createSessionStore();
  session.getState().start(chatScenario(), { seed: 1 });
  session.getState().answer('You did well to write to us.');
  return session;
}

describe('progress kept through a TextStore', () => {
  it('moves an unreadable progress aside untouched and keeps its readable records', () => {
    const store = memoryStore();
    const text = serializeProgress([attemptOf({ scenario: 's', at: '2026-11-01T10:00:00Z' })]).replace(
      '"attempts": [',
      '"attempts": [{"v": 1, "id": 42},',
    );
    store.texts.set('progress', text);
    const loaded = loadProgress(store, NOW);
    expect(loaded.attempts).toHaveLength(1);
    expect(loaded.setAside).toBe(1);
    expect(loaded.keptAt).toBe('memory:progress.corrupt-2026-11-28T13-05-09-123Z');
    expect(store.texts.get('progress.corrupt-2026-11-28T13-05-09-123Z')).toBe(text);
    expect(parseProgress(store.texts.get('progress')!).attempts).toHaveLength(1);
  });

  it('says so when the attempt cannot be written', () => {
    const saved = saveAttempts(fullStore(), [attemptOf({ scenario: 's', at: '2026-11-01T10:00:00Z' })]);
    expect(saved.notice).toBe('This attempt could not be saved (no space left).');
  });
});

describe('saved session: one reader for both screens', () => {
  const saved = () => saveSession(runningSession().getState())!;

  it('accepts a saved session of this version, checked by the engine', () => {
    expect('saved' in readSavedSession(JSON.parse(JSON.stringify(saved())))).toBe(true);
  });

  it.each([
    [{ v: 2 }, /version 2; this version reads 1/],
    [{ scenario: null }, /scenario is missing/],
    [{ state: { v: 1 } }, /scenario "undefined"|malformed|state/],
  ])('refuses %j with a reason', (change, reason) => {
    const r = readSavedSession({ ...saved(), ...change });
    expect('error' in r && r.error).toMatch(reason);
  });

  it('the store refuses another version with a message that says so', () => {
    const store = createSessionStore();
    expect(store.getState().resume({ ...saved(), v: 2 })).toBe(false);
    expect(store.getState().error).toMatch(/saved session cannot be resumed: it has version 2/);
  });

  it('moves a saved session that cannot be resumed aside, and says where', () => {
    const store = memoryStore();
    store.texts.set(SESSION_NAME, JSON.stringify({ ...saved(), v: 2 }));
    const loaded = loadSavedSession(store, NOW);
    expect('notice' in loaded && loaded.notice).toMatch(
      /cannot be resumed \(it has version 2.*\); it is kept, untouched, as memory:session\.corrupt-2026/,
    );
    expect(store.texts.has(SESSION_NAME)).toBe(false);
    expect(store.texts.get('session.corrupt-2026-11-28T13-05-09-123Z')).toContain('"v":2');
  });

  it('a saved session that is not JSON is moved aside too', () => {
    const store = memoryStore();
    store.texts.set(SESSION_NAME, '{ not json');
    expect(loadSavedSession(store, NOW)).toEqual({
      notice: expect.stringMatching(/not valid JSON.*kept, untouched, as memory:session\.corrupt-/),
      keptAt: 'memory:session.corrupt-2026-11-28T13-05-09-123Z',
    });
  });
});

describe('persistSession', () => {
  it('saves the running session, then records the attempt once and forgets the session', () => {
    const store = memoryStore();
    const session = createSessionStore();
    const notices: string[] = [];
    const stop = persistSession(session, { ...storePorts(store, (n) => notices.push(n)), now: () => NOW });
    session.getState().start(chatScenario(), { seed: 1 });
    expect(JSON.parse(store.texts.get(SESSION_NAME)!).scenario.id).toBe('photo-chat');
    session.getState().answer('You did well to write to us.');
    session.getState().choose('dont_send');
    expect(session.getState().ended).toBe(true);
    expect(store.texts.has(SESSION_NAME)).toBe(false);
    const progress = parseProgress(store.texts.get('progress')!);
    expect(progress.attempts.map((a) => a.id)).toEqual(['photo-chat@2026-11-28T13:05:09.123Z']);
    session.setState({}); // any later change of an ended session records nothing more
    expect(parseProgress(store.texts.get('progress')!).attempts).toHaveLength(1);
    expect(notices).toEqual([]);
    stop();
  });

  it('tells the trainee when the session or the attempt cannot be kept', () => {
    const notices: string[] = [];
    const session = runningSession();
    const stop = persistSession(
      session,
      storePorts(fullStore(), (n) => notices.push(n)),
    );
    expect(notices).toEqual(['The session could not be saved (no space left): it will not survive closing Rehearse.']);
    session.getState().choose('dont_send');
    expect(notices.slice(1)).toEqual([
      'The session could not be saved (no space left): it will not survive closing Rehearse.',
      'This attempt could not be saved (no space left).',
      'The finished session could not be cleared (no space left).',
    ]);
    stop();
  });
});
