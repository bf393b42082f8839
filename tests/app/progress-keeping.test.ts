/**
 * What the progress keeps in hard cases (the walkthrough's reliability table): a cut file's complete
 * records, records and files of a newer version, notices in French, and a session killed at its very end.
 */
import { describe, expect, it } from 'vitest';
import { persistSession, storePorts } from '../../app/persist-session.ts';
import { memoryStore, type TextStore } from '../../app/persistence.ts';
import { parseProgress, serializeProgress } from '../../app/progress.ts';
import { loadProgress, saveAttempts } from '../../app/progress-storage.ts';
import { loadSavedSession, readSavedSession, sessionNameOf } from '../../app/saved-session.ts';
import { createSessionStore } from '../../app/session-store.ts';
import { attemptOf } from '../terminal/drill-fixtures.ts';
import { chatScenario } from '../web/fixtures.ts';

const NOW = new Date('2026-11-28T13:05:09.123Z');
const attempts = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    attemptOf({ scenario: `s${i}`, at: `2026-11-${String(i + 1).padStart(2, '0')}T10:00:00Z` }),
  );

describe('a progress file cut short (a full disk, a kill while copying)', () => {
  it('keeps the complete records before the cut, and the whole text aside', () => {
    const full = serializeProgress(attempts(5));
    const cut = full.slice(0, full.indexOf('"s4"') - 20);
    const store = memoryStore();
    store.texts.set('progress', cut);
    const loaded = loadProgress(store, NOW);
    expect(loaded.attempts.map((a) => a.scenario)).toEqual(['s0', 's1', 's2', 's3']);
    expect(loaded.notice).toMatch(
      /not valid JSON.*The original is kept, untouched, as memory:progress\.corrupt-.*the 4 readable/,
    );
    expect(store.texts.get('progress.corrupt-2026-11-28T13-05-09-123Z')).toBe(cut);
    expect(parseProgress(store.texts.get('progress')!).attempts).toHaveLength(4);
  });

  it('a record cut in a string (braces inside it) is not mistaken for a complete one', () => {
    const a = { ...attemptOf({ scenario: 'x', at: '2026-11-01T10:00:00Z' }), title: 'a } { tricky "title"' };
    const text = serializeProgress([a, attemptOf({ scenario: 'y', at: '2026-11-02T10:00:00Z' })]);
    const parsed = parseProgress(text.slice(0, text.lastIndexOf('"y"')));
    expect(parsed.attempts.map((x) => x.title)).toEqual(['a } { tricky "title"']);
    expect(parsed.salvaged).toBe(1);
  });
});

describe('records of a newer version of Rehearse', () => {
  it('are kept as they are, told, and written back with a new attempt', () => {
    const newer = { v: 2, id: 'future', scenario: 'z', shape: 'unknown here' };
    const store = memoryStore();
    store.texts.set('progress', serializeProgress(attempts(2), [newer]));
    const loaded = loadProgress(store, NOW);
    expect(loaded.attempts).toHaveLength(2);
    expect(loaded.notice).toBe(
      '1 attempt was saved by a newer version of Rehearse: it stays in your progress as it is' +
        ' (that version shows it), and this one leaves it out of its figures.',
    );
    expect(store.texts.has('progress.corrupt-2026-11-28T13-05-09-123Z')).toBe(false);
    const saved = saveAttempts(store, [attemptOf({ scenario: 'new', at: '2026-11-20T10:00:00Z' })], NOW);
    expect(saved.notice).toBeUndefined(); // told once, when loaded
    const back = JSON.parse(store.texts.get('progress')!).attempts;
    expect(back).toHaveLength(4);
    expect(back).toContainEqual(newer);
  });

  it('a whole file of a newer format is read as far as possible and never written over', () => {
    const store = memoryStore();
    const text = serializeProgress(attempts(1)).replace('"v": 1,\n  "attempts"', '"v": 2,\n  "attempts"');
    store.texts.set('progress', text);
    expect(loadProgress(store).notice).toMatch(/written by a newer version of Rehearse \(format 2\)/);
    const saved = saveAttempts(store, [attemptOf({ scenario: 'new', at: '2026-11-20T10:00:00Z' })]);
    expect(saved.notSaved?.error).toMatch(/must not be overwritten/);
    expect(store.texts.get('progress')).toBe(text);
  });
});

describe('notices in the session language', () => {
  it('says in French that an unreadable progress is kept and the attempt not saved', () => {
    const store: TextStore = { ...memoryStore(), read: () => ({ error: "EACCES: permission denied, open 'p'" }) };
    const saved = saveAttempts(store, [attemptOf({ scenario: 'x', at: '2026-11-01T10:00:00Z' })], { locale: 'fr' });
    expect(saved.notice).toBe(
      "Votre progression (memory:progress) n’a pas pu être lue (EACCES: permission denied, open 'p') : elle est" +
        ' laissée telle quelle et rien n’est enregistré par-dessus. Cette tentative n’a pas pu être enregistrée' +
        ' (la progression existante ne doit pas être écrasée).',
    );
  });
});

describe('a session killed at its very end', () => {
  /** Plays the chat scenario to its end with a store that "dies" (throws) at the given write. */
  function playUntilKilled(store: TextStore & { texts: Map<string, string> }, killAt: 'record' | 'clear') {
    const name = sessionNameOf('photo-chat');
    const session = createSessionStore();
    session.getState().start(chatScenario(), { seed: 1 });
    session.getState().answer('You did well to write to us.');
    const ports = storePorts(store, () => {}, { name });
    const killed = {
      ...ports,
      recordAttempt: (a: Parameters<typeof ports.recordAttempt>[0]) => {
        if (killAt === 'record') throw new Error('killed');
        return ports.recordAttempt(a);
      },
      saveSession: (s: Parameters<typeof ports.saveSession>[0]) => {
        if (s === null && killAt === 'clear') throw new Error('killed');
        return ports.saveSession(s);
      },
      now: () => NOW,
    };
    const stop = persistSession(session, killed);
    expect(() => session.getState().choose('dont_send')).toThrow('killed');
    stop();
    return name;
  }

  it.each(['record', 'clear'] as const)(
    'killed before step "%s": resumed, the attempt is recorded exactly once',
    (at) => {
      const store = memoryStore();
      const name = playUntilKilled(store, at);
      const loaded = loadSavedSession(store, NOW, { name });
      if (!('saved' in loaded)) throw new Error(JSON.stringify(loaded));
      expect(loaded.saved.endedAt).toBe(NOW.toISOString());
      const resumed = createSessionStore();
      expect(resumed.getState().resume(JSON.parse(JSON.stringify(loaded.saved)))).toBe(true);
      const stop = persistSession(
        resumed,
        { ...storePorts(store, () => {}, { name }), now: () => new Date() },
        loaded.saved,
      );
      stop();
      expect(parseProgress(store.texts.get('progress')!).attempts.map((a) => a.id)).toEqual([
        `photo-chat@${NOW.toISOString()}`,
      ]);
      expect(store.texts.has(name)).toBe(false);
    },
  );

  it('an ended saved session keeps its date only when its state has ended', () => {
    const session = createSessionStore();
    session.getState().start(chatScenario(), { seed: 1 });
    const value = { v: 1, scenario: session.getState().scenario, state: session.getState().state, exam: false };
    const r = readSavedSession({ ...value, endedAt: NOW.toISOString() });
    expect('saved' in r ? r.saved.endedAt : 'refused').toBeUndefined();
  });
});
