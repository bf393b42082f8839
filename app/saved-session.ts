/**
 * A session saved mid-way, and the one rule that says whether a saved value can be resumed, used
 * by the store's `resume`, the browser and the terminal alike. A saved session that cannot be
 * read or resumed is moved aside (never deleted) and the trainee is told where it went.
 */
import { restoreState, type SessionState } from '../engine/session/core.ts';
import type { Scenario } from '../engine/types.ts';
import { asideName, type StoreFailure, type TextStore } from './persistence.ts';

/** Version of a saved session; another version is refused. */
export const SAVED_SESSION_VERSION = 1;

/** Name of the saved session in a store (session.json in the terminal, rehearse.session in the browser). */
export const SESSION_NAME = 'session';

/** A session saved mid-way (plain JSON), enough to resume exactly where it was. */
export interface SavedSession {
  v: typeof SAVED_SESSION_VERSION;
  scenario: Scenario;
  state: SessionState;
  exam: boolean;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A saved session checked (its version and shape here, its state by the engine's `restoreState`), or why not. */
export function readSavedSession(value: unknown): { saved: SavedSession } | { error: string } {
  if (!isObject(value)) return { error: 'it is not a saved session' };
  if (value.v !== SAVED_SESSION_VERSION)
    return { error: `it has version ${JSON.stringify(value.v ?? null)}; this version reads ${SAVED_SESSION_VERSION}` };
  const { scenario, state } = value;
  if (!isObject(scenario) || typeof scenario.id !== 'string' || !isObject(scenario.nodes))
    return { error: 'its scenario is missing or incomplete' };
  // The scenario is the checked one saved with the session; the engine checks the state against it.
  const restored = restoreState(scenario as unknown as Scenario, state);
  if ('error' in restored) return restored;
  return {
    saved: {
      v: SAVED_SESSION_VERSION,
      scenario: scenario as unknown as Scenario,
      state: restored.state,
      exam: value.exam === true,
    },
  };
}

/** What loading the saved session gives: one to resume, none, or a notice saying where a bad one was kept. */
export type LoadedSession = { saved: SavedSession } | { none: true } | { notice: string; keptAt?: string };

/** Loads the saved session; an unreadable one is moved aside with a notice. */
export function loadSavedSession(store: TextStore, now: Date = new Date()): LoadedSession {
  const read = store.read(SESSION_NAME);
  if ('missing' in read) return { none: true };
  if ('error' in read)
    return { notice: `The saved session (${store.where(SESSION_NAME)}) could not be read (${read.error}).` };
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (e) {
    return setAsideSavedSession(store, `it is not valid JSON: ${(e as Error).message}`, now);
  }
  const checked = readSavedSession(value);
  return 'error' in checked ? setAsideSavedSession(store, checked.error, now) : checked;
}

/** Moves a saved session that cannot be resumed aside; the notice says why and where it is. */
export function setAsideSavedSession(
  store: TextStore,
  why: string,
  now: Date = new Date(),
): { notice: string; keptAt?: string } {
  const aside = asideName(SESSION_NAME, now);
  const moved = store.move(SESSION_NAME, aside);
  const kept = moved ? `it is left in place (${moved.error})` : `it is kept, untouched, as ${store.where(aside)}`;
  const notice = `The saved session cannot be resumed (${why}); ${kept}.`;
  return moved ? { notice } : { notice, keptAt: store.where(aside) };
}

/** Saves the session in progress, or forgets it (null); the failure, if it could not be done. */
export function writeSavedSession(store: TextStore, saved: SavedSession | null): StoreFailure {
  return saved ? store.write(SESSION_NAME, JSON.stringify(saved)) : store.remove(SESSION_NAME);
}

/** Saves the session in progress, or forgets it (null); a notice when it could not be done. */
export function storeSavedSession(store: TextStore, saved: SavedSession | null): string | null {
  const failed = writeSavedSession(store, saved);
  if (!failed) return null;
  return saved
    ? `The session could not be saved (${failed.error}): it will not survive closing Rehearse.`
    : `The finished session could not be cleared (${failed.error}).`;
}

/** Name a waiting session is moved to when another one starts (`rehearse play` with a scenario). */
export const PREVIOUS_SESSION_NAME = 'session.previous';

/** Before a new session starts: moves a waiting one to `session.previous`; what to tell, or null if none waited. */
export function keepPreviousSession(store: TextStore, now: Date = new Date()): string | null {
  const loaded = loadSavedSession(store, now);
  if ('none' in loaded) return null;
  if ('notice' in loaded) return loaded.notice;
  const moved = store.move(SESSION_NAME, PREVIOUS_SESSION_NAME);
  const title = loaded.saved.scenario.title ?? loaded.saved.scenario.id;
  return moved
    ? `Your interrupted session of "${title}" could not be kept aside (${moved.error}); it will be replaced.`
    : `Your interrupted session of "${title}" is kept in ${store.where(PREVIOUS_SESSION_NAME)};` +
        ' --resume will now continue this new one.';
}
