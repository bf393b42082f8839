/**
 * The trainee's attempts kept in the browser, as a small zustand store over app/progress-storage.ts
 * (the same rules as the terminal): an unreadable progress is moved aside under its own key with a
 * notice, and a storage that fails to save says so; nothing is ever silently dropped. What went wrong
 * is kept as data, for the screens to say in the trainee's language.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TextStore } from '../../app/persistence.ts';
import { mergeImport, parseProgress, serializeProgress, type Attempt, type SetAside } from '../../app/progress.ts';
import { loadProgress, PROGRESS_NAME, saveAttempts } from '../../app/progress-storage.ts';

/** Something about the stored progress the trainee must be told, until dismissed. */
export type ProgressAlert =
  | { kind: 'setAside'; n: number; keptAt: string }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'notSaved'; reason: string; full: boolean };

/** Why a file was not imported at all. */
export type ImportRefusal =
  | { code: 'empty' }
  | { code: 'binary' }
  | { code: 'json'; message: string }
  | { code: 'notProgress' }
  | { code: 'noneReadable'; setAside: SetAside[] }
  | { code: 'notKept'; reason: string; full: boolean };

/** What importing a file did: attempts added, attempts already there, records set aside (and why). */
export type ImportResult = { added: number; already: number; setAside: SetAside[] } | { refused: ImportRefusal };

/** The progress store's state and actions. */
export interface ProgressState {
  attempts: Attempt[];
  problem: ProgressAlert | null;
  /** Records an attempt (kept in memory even when the storage refuses it, with an alert). */
  add(attempt: Attempt): void;
  /** Merges a progress file. */
  importText(text: string): ImportResult;
  dismissNotice(): void;
}

/** A text that is not text: a NUL, or bytes that are not UTF-8 near the start (an image renamed .json). */
const looksBinary = (text: string) => text.includes('\u0000') || text.slice(0, 512).includes('\uFFFD');

/** Loads the attempts from `store` and keeps them there. */
export function createProgressStore(store: TextStore): StoreApi<ProgressState> {
  const loaded = loadProgress(store);
  const problem: ProgressAlert | null = loaded.keptAt
    ? { kind: 'setAside', n: loaded.setAside ?? 0, keptAt: loaded.keptAt }
    : loaded.notice
      ? { kind: 'unreadable', reason: loaded.readError ?? loaded.notice }
      : null;
  return createStore<ProgressState>()((set, get) => ({
    attempts: loaded.attempts,
    problem,
    add(attempt) {
      const saved = saveAttempts(store, [attempt]);
      const failed = saved.notSaved;
      set({
        attempts: mergeImport(get().attempts, [attempt]),
        ...(failed ? { problem: { kind: 'notSaved', reason: failed.error, full: failed.full === true } } : {}),
      });
    },
    importText(text) {
      if (text.trim() === '') return { refused: { code: 'empty' } };
      if (looksBinary(text)) return { refused: { code: 'binary' } };
      const parsed = parseProgress(text);
      const whole = parsed.setAside.find((x) => x.index === undefined);
      if (whole) return { refused: whole.why.code === 'json' ? whole.why : { code: 'notProgress' } };
      if (!parsed.attempts.length && parsed.setAside.length)
        return { refused: { code: 'noneReadable', setAside: parsed.setAside } };
      const before = get().attempts.length;
      const attempts = mergeImport(get().attempts, parsed.attempts);
      const failed = store.write(PROGRESS_NAME, serializeProgress(attempts));
      if (failed) return { refused: { code: 'notKept', reason: failed.error, full: failed.full === true } };
      set({ attempts });
      const added = attempts.length - before;
      return { added, already: parsed.attempts.length - added, setAside: parsed.setAside };
    },
    dismissNotice: () => set({ problem: null }),
  }));
}
