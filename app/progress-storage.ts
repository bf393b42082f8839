/**
 * The trainee's progress kept through a TextStore (the same rules in the browser and the
 * terminal): a text that cannot be read as a whole is moved aside untouched and the readable
 * records kept; nothing is written over a text that could not be read or moved aside, so a
 * failing disk or a full browser storage never costs the trainee the attempts already saved.
 */
import { asideName, type StoreFailure, type TextStore } from './persistence.ts';
import { parseProgress, serializeProgress, type Attempt } from './progress.ts';

/** Name of the progress text in a store (progress.json in the terminal, rehearse.progress in the browser). */
export const PROGRESS_NAME = 'progress';

/** What loading the progress gives: the readable attempts and, when something went wrong, what to tell. */
export interface LoadedProgress {
  attempts: Attempt[];
  /** Shown to the trainee: records set aside, or a storage that failed. */
  notice?: string;
  /** How many records could not be read (0 or absent: none). */
  setAside?: number;
  /** Where the unreadable original was kept, untouched. */
  keptAt?: string;
  /** The stored progress could not be read or set aside: nothing may be written over it. */
  unsafe?: true;
  /** Why the stored progress could not be read (the medium's words). */
  readError?: string;
  /** saveAttempts: why the attempts could not be written (`full`: the storage is full). */
  notSaved?: NonNullable<StoreFailure>;
}

/** Loads the progress; a missing one is no progress; a bad one is moved aside and its good records kept. */
export function loadProgress(store: TextStore, now: Date = new Date()): LoadedProgress {
  const read = store.read(PROGRESS_NAME);
  if ('missing' in read) return { attempts: [] };
  if ('error' in read) {
    const notice = `Your progress (${store.where(PROGRESS_NAME)}) could not be read (${read.error}).`;
    return { attempts: [], notice, unsafe: true, readError: read.error };
  }
  const parsed = parseProgress(read.text);
  if (!parsed.setAside.length) return { attempts: parsed.attempts };
  const aside = asideName(PROGRESS_NAME, now);
  const setAside = parsed.setAside.length;
  const moved = store.move(PROGRESS_NAME, aside);
  if (moved) {
    const notice = `${parsed.notice} It could not be set aside (${moved.error}), so nothing new is saved over it.`;
    return { attempts: parsed.attempts, notice, setAside, unsafe: true };
  }
  const keptAt = store.where(aside);
  const written = parsed.attempts.length ? store.write(PROGRESS_NAME, serializeProgress(parsed.attempts)) : null;
  const reason = parsed.setAside[0]?.reason ?? 'unreadable';
  const n = parsed.attempts.length;
  const notice = n
    ? `Some of your saved progress could not be read (${reason}). The original is kept, untouched, as ${keptAt};` +
      ` the ${n} readable attempt(s) still count.`
    : `Your saved progress could not be read (${reason}). It is kept, untouched, as ${keptAt}; starting afresh.`;
  const failed = written ? ` The readable attempts could not be written back (${written.error}).` : '';
  return { attempts: parsed.attempts, notice: notice + failed, setAside, keptAt };
}

/** Adds attempts to the progress (re-read just before writing, so that another writer is not undone). */
export function saveAttempts(store: TextStore, added: Attempt[], now: Date = new Date()): LoadedProgress {
  const loaded = loadProgress(store, now);
  const seen = new Set(loaded.attempts.map((a) => a.id));
  const attempts = [...loaded.attempts, ...added.filter((a) => !seen.has(a.id))];
  const notSaved = (why: string) =>
    `${loaded.notice ? `${loaded.notice} ` : ''}This attempt could not be saved (${why}).`;
  if (loaded.unsafe) {
    const why = 'the stored progress must not be overwritten';
    return { ...loaded, attempts, notice: notSaved(why), notSaved: { error: why } };
  }
  const failed = store.write(PROGRESS_NAME, serializeProgress(attempts));
  return failed ? { ...loaded, attempts, notice: notSaved(failed.error), notSaved: failed } : { ...loaded, attempts };
}
