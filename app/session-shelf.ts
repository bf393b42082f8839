/**
 * Sessions left mid-way and kept for later, one per scenario, beside the one being played (`session`):
 * each under `session.kept.<scenario id>`, listed in `sessions.kept`. Starting another scenario keeps the
 * current one here instead of throwing it away; resuming takes it back. A kept session that cannot be
 * resumed any more is moved aside (never deleted), as the saved session is.
 */
import type { Locale } from '../engine/types.ts';
import { transcript } from '../engine/session/core.ts';
import { asideName, type StoreFailure, type TextStore } from './persistence.ts';
import { readSavedSession, type SavedSession } from './saved-session.ts';

/** Name of the list of kept sessions. */
export const SHELF_NAME = 'sessions.kept';

/** Name of the kept session of a scenario. */
export const keptName = (id: string) => `session.kept.${id}`;

/** What the library shows of a kept session. */
export interface KeptSession {
  id: string;
  title: string;
  locale: Locale;
  /** The turn it waits at (1-based: answers given + 1). */
  turn: number;
  /** When it was kept (ISO 8601). */
  at: string;
}

const isKept = (x: unknown): x is KeptSession => {
  const k = x as Partial<KeptSession> | null;
  return !!k && typeof k.id === 'string' && typeof k.title === 'string' && typeof k.turn === 'number';
};

/** The kept sessions, most recent first (an unreadable list is no list: the sessions themselves are untouched). */
export function keptSessions(store: TextStore): KeptSession[] {
  const read = store.read(SHELF_NAME);
  if (!('text' in read)) return [];
  try {
    const list = JSON.parse(read.text) as unknown;
    return Array.isArray(list) ? list.filter(isKept) : [];
  } catch {
    return [];
  }
}

function writeList(store: TextStore, list: KeptSession[]): StoreFailure {
  return list.length ? store.write(SHELF_NAME, JSON.stringify(list)) : store.remove(SHELF_NAME);
}

/** The turn a session waits at. */
export function turnOf(saved: SavedSession): number {
  return transcript(saved.state).filter((e) => e.type === 'feedback').length + 1;
}

/** Keeps a session for later (replacing the one kept for the same scenario); the failure, if it could not. */
export function keepSession(store: TextStore, saved: SavedSession, now: Date = new Date()): StoreFailure {
  const { id, title, locale } = saved.scenario;
  const failed = store.write(keptName(id), JSON.stringify(saved));
  if (failed) return failed;
  const entry: KeptSession = { id, title, locale, turn: turnOf(saved), at: now.toISOString() };
  return writeList(store, [entry, ...keptSessions(store).filter((k) => k.id !== id)]);
}

/** Forgets the session kept for a scenario. */
export function forgetKept(store: TextStore, id: string): StoreFailure {
  const removed = store.remove(keptName(id));
  return (
    removed ??
    writeList(
      store,
      keptSessions(store).filter((k) => k.id !== id),
    )
  );
}

/** Takes the kept session of a scenario back (it leaves the shelf), or says why it cannot be resumed. */
export function takeKept(
  store: TextStore,
  id: string,
  now: Date = new Date(),
): { saved: SavedSession } | { notice: string } | { none: true } {
  const read = store.read(keptName(id));
  if ('missing' in read) {
    writeList(
      store,
      keptSessions(store).filter((k) => k.id !== id),
    );
    return { none: true };
  }
  if ('error' in read) return { notice: `The kept session could not be read (${read.error}).` };
  let checked: ReturnType<typeof readSavedSession>;
  try {
    checked = readSavedSession(JSON.parse(read.text));
  } catch (e) {
    checked = { error: `it is not valid JSON: ${(e as Error).message}` };
  }
  if ('error' in checked) {
    const aside = asideName(keptName(id), now);
    const moved = store.move(keptName(id), aside);
    writeList(
      store,
      keptSessions(store).filter((k) => k.id !== id),
    );
    const kept = moved ? `it is left in place (${moved.error})` : `it is kept, untouched, as ${store.where(aside)}`;
    return { notice: `The kept session cannot be resumed (${checked.error}); ${kept}.` };
  }
  forgetKept(store, id);
  return checked;
}
