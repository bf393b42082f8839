/**
 * A session saved mid-way, and the one rule that says whether a saved value can be resumed, used
 * by the store's `resume`, the browser and the terminal alike. A saved session that cannot be
 * read or resumed is moved aside (never deleted) and the trainee is told where it went.
 * The browser keeps one saved session (`session`); the terminal keeps one per scenario
 * (`session.<scenario id>`), so two plays in two terminals never share one.
 */
import { restoreState, type SessionState } from '../engine/session/core.ts';
import type { Locale, Scenario } from '../engine/types.ts';
import { asideName, type StoreFailure, type TextStore } from './persistence.ts';
import { storageWords } from './storage-words.ts';

/** Version of a saved session; another version is refused. */
export const SAVED_SESSION_VERSION = 1;

/** Name of the saved session in a store that keeps one (rehearse.session in the browser; old terminals). */
export const SESSION_NAME = 'session';

/** Name an older terminal moved a waiting session to; still listed, so that it can be resumed. */
export const PREVIOUS_SESSION_NAME = 'session.previous';

/** Name of one scenario's saved session in a store that keeps one per scenario (the terminal): `session.<id>`. */
export function sessionNameOf(scenarioId: string): string {
  return `${SESSION_NAME}.${scenarioId.replace(/[^a-z0-9-]/g, '_')}`;
}

/** A session saved mid-way (plain JSON), enough to resume exactly where it was. */
export interface SavedSession {
  v: typeof SAVED_SESSION_VERSION;
  scenario: Scenario;
  state: SessionState;
  exam: boolean;
  /** Set once the session has ended: when, which is also the id of its attempt (recorded once, even after a crash). */
  endedAt?: string;
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
  const saved: SavedSession = {
    v: SAVED_SESSION_VERSION,
    scenario: scenario as unknown as Scenario,
    state: restored.state,
    exam: value.exam === true,
  };
  if (typeof value.endedAt === 'string' && restored.state.ended) saved.endedAt = value.endedAt;
  return { saved };
}

/** What loading the saved session gives: one to resume, none, or a notice saying where a bad one was kept. */
export type LoadedSession = { saved: SavedSession } | { none: true } | { notice: string; keptAt?: string };

/** Where a saved session is kept in its store, and the language of the notices. */
export interface SessionOptions {
  name?: string;
  locale?: Locale;
}

/** Loads the saved session (`name`, else `session`); an unreadable one is moved aside with a notice. */
export function loadSavedSession(store: TextStore, now: Date = new Date(), o: SessionOptions = {}): LoadedSession {
  const name = o.name ?? SESSION_NAME;
  const read = store.read(name);
  if ('missing' in read) return { none: true };
  if ('error' in read) return { notice: storageWords(o.locale).sessionUnreadable(store.where(name), read.error) };
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (e) {
    return setAsideSavedSession(store, `it is not valid JSON: ${(e as Error).message}`, now, o);
  }
  const checked = readSavedSession(value);
  return 'error' in checked ? setAsideSavedSession(store, checked.error, now, o) : checked;
}

/** Moves a saved session that cannot be resumed aside; the notice says why and where it is. */
export function setAsideSavedSession(
  store: TextStore,
  why: string,
  now: Date = new Date(),
  o: SessionOptions = {},
): { notice: string; keptAt?: string } {
  const w = storageWords(o.locale);
  const name = o.name ?? SESSION_NAME;
  const aside = asideName(name, now);
  const moved = store.move(name, aside);
  const notice = w.sessionAside(why, moved ? w.leftInPlace(moved.error) : w.keptAs(store.where(aside)));
  return moved ? { notice } : { notice, keptAt: store.where(aside) };
}

/** Saves the session in progress under `name`, or forgets it (null); the failure, if it could not be done. */
export function writeSavedSession(store: TextStore, saved: SavedSession | null, o: SessionOptions = {}): StoreFailure {
  const name = o.name ?? SESSION_NAME;
  return saved ? store.write(name, JSON.stringify(saved)) : store.remove(name);
}

/** Saves the session in progress under `name`, or forgets it (null); a notice when it could not be done. */
export function storeSavedSession(store: TextStore, saved: SavedSession | null, o: SessionOptions = {}): string | null {
  const failed = writeSavedSession(store, saved, o);
  if (!failed) return null;
  const w = storageWords(o.locale);
  return saved ? w.sessionNotSaved(failed.error) : w.sessionNotCleared(failed.error);
}

/** One saved session waiting to be resumed, and the name it is kept under. */
export interface WaitingSession {
  name: string;
  saved: SavedSession;
}

/**
 * Every saved session of a store that lists its names (the terminal), oldest name first; one that
 * cannot be resumed is moved aside and told. A session kept under an older terminal's name
 * (`session`, `session.previous`) is moved to its scenario's name when that one is free.
 */
export function waitingSessions(
  store: TextStore,
  now: Date = new Date(),
  locale?: Locale,
): { sessions: WaitingSession[]; notices: string[] } {
  const names = (store.list?.(SESSION_NAME) ?? []).filter(
    (n) => n === SESSION_NAME || /^session\.[a-z0-9_-]+$/.test(n),
  );
  const sessions: WaitingSession[] = [];
  const notices: string[] = [];
  const taken = new Set(names);
  for (const name of names) {
    const loaded = loadSavedSession(store, now, { name, locale });
    if ('notice' in loaded) notices.push(loaded.notice);
    if (!('saved' in loaded)) continue;
    const own = sessionNameOf(loaded.saved.scenario.id);
    const legacy = name === SESSION_NAME || name === PREVIOUS_SESSION_NAME;
    if (legacy && !taken.has(own) && !store.move(name, own)) {
      taken.add(own);
      sessions.push({ name: own, saved: loaded.saved });
    } else sessions.push({ name, saved: loaded.saved });
  }
  return { sessions, notices };
}
