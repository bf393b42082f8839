/**
 * The trainee's progress kept through a TextStore (the same rules in the browser and the
 * terminal): a text that cannot be read as a whole is moved aside untouched and the readable
 * records kept (a cut file's complete records too); records of a newer version stay as they are;
 * nothing is written over a text that could not be read or moved aside, so a failing disk or a full
 * browser storage never costs the trainee the attempts already saved. Adding attempts reads and
 * replaces the progress through `updateText`, so two drills at once never lose one.
 */
import type { Locale } from '../engine/types.ts';
import { asideName, updateText, type StoreFailure, type TextRead, type TextStore } from './persistence.ts';
import { parseProgress, serializeProgress, type Attempt } from './progress.ts';
import { storageWords } from './storage-words.ts';

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
  /** Records of a newer version of Rehearse, kept as they are and written back with the others. */
  kept?: unknown[];
  /** Set by `saveAttempts` when the attempts could not be saved: why (`full`: the storage is full). */
  notSaved?: NonNullable<StoreFailure>;
}

/** Options of loading and saving: the clock, and the language of the notices. */
export interface ProgressOptions {
  now?: Date;
  locale?: Locale;
}

const optionsOf = (o: Date | ProgressOptions | undefined): ProgressOptions =>
  o instanceof Date ? { now: o } : (o ?? {});

/** Loads the progress; a missing one is no progress; a bad one is moved aside and its good records kept. */
export function loadProgress(store: TextStore, options?: Date | ProgressOptions): LoadedProgress {
  const loaded = readProgress(store, store.read(PROGRESS_NAME), optionsOf(options));
  if (!loaded.keptAt || !loaded.attempts.length) return loaded;
  const written = store.write(PROGRESS_NAME, serializeProgress(loaded.attempts, loaded.kept));
  const w = storageWords(optionsOf(options).locale);
  return written ? { ...loaded, notice: `${loaded.notice ?? ''}${w.notWrittenBack(written.error)}` } : loaded;
}

/** What a read of the progress holds; a text with unreadable records is moved aside (not written back here). */
function readProgress(store: TextStore, read: TextRead, o: ProgressOptions): LoadedProgress {
  const w = storageWords(o.locale);
  if ('missing' in read) return { attempts: [] };
  if ('error' in read)
    return {
      attempts: [],
      notice: w.unreadable(store.where(PROGRESS_NAME), read.error),
      unsafe: true,
      readError: read.error,
    };
  const parsed = parseProgress(read.text);
  const newer = parsed.setAside.filter((x) => x.newer);
  const bad = parsed.setAside.length - newer.length;
  const kept = newer.map((x) => x.raw);
  const newerNotice = newer.length ? w.newerRecords(newer.length) : undefined;
  if (parsed.newerFile !== undefined) {
    const notice = w.newerFile(store.where(PROGRESS_NAME), parsed.newerFile);
    return { attempts: parsed.attempts, notice, unsafe: true, kept };
  }
  if (!bad) return { attempts: parsed.attempts, ...(kept.length ? { kept, notice: newerNotice } : {}) };
  const aside = asideName(PROGRESS_NAME, o.now ?? new Date());
  const reason = parsed.setAside.find((x) => !x.newer)?.reason ?? 'unreadable';
  const moved = store.move(PROGRESS_NAME, aside);
  if (moved) {
    const notice = `${w.unreadable(store.where(PROGRESS_NAME), reason)}${w.notSetAside(moved.error)}`;
    return { attempts: parsed.attempts, notice, setAside: bad, unsafe: true, kept };
  }
  const keptAt = store.where(aside);
  const n = parsed.attempts.length;
  const notice = n ? w.someUnreadable(reason, keptAt, n) : w.allUnreadable(reason, keptAt);
  return {
    attempts: parsed.attempts,
    notice: newerNotice ? `${notice} ${newerNotice}` : notice,
    setAside: bad,
    keptAt,
    kept,
  };
}

/** Adds attempts to the progress: read and replaced with no other writer in between (`updateText`). */
export function saveAttempts(store: TextStore, added: Attempt[], options?: Date | ProgressOptions): LoadedProgress {
  const o = optionsOf(options);
  const w = storageWords(o.locale);
  let result: LoadedProgress = { attempts: [] };
  const failed = updateText(store, PROGRESS_NAME, (read) => {
    const loaded = readProgress(store, read, o);
    const seen = new Set(loaded.attempts.map((a) => a.id));
    const attempts = [...loaded.attempts, ...added.filter((a) => !seen.has(a.id))];
    result = { ...loaded, attempts };
    if (loaded.unsafe) return null;
    return serializeProgress(attempts, loaded.kept);
  });
  const notSaved = (why: string) => `${result.notice ? `${result.notice} ` : ''}${w.notSaved(why)}`;
  if (failed) return { ...result, notice: notSaved(failed.error), notSaved: failed };
  if (result.unsafe)
    return { ...result, notice: notSaved(w.mustNotOverwrite), notSaved: { error: w.mustNotOverwrite } };
  // Told once: a file set aside during this save; records of a newer version were told when it was loaded.
  if (!result.keptAt) delete result.notice;
  return result;
}
