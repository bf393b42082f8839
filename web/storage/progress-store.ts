/**
 * The trainee's attempts kept in the browser, as a small zustand store over app/progress-storage.ts
 * (the same rules as the terminal): an unreadable progress is moved aside under its own key with a
 * notice, and a storage that fails to save says so; nothing is ever silently dropped.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TextStore } from '../../app/persistence.ts';
import { mergeImport, parseProgress, serializeProgress, type Attempt } from '../../app/progress.ts';
import { loadProgress, PROGRESS_NAME, saveAttempts } from '../../app/progress-storage.ts';

/** Something about the stored progress the trainee must be told, until dismissed. */
export type ProgressProblem = { kind: 'setAside'; n: number; keptAt: string } | { kind: 'storage'; reason: string };

/** The progress store's state and actions. */
export interface ProgressState {
  attempts: Attempt[];
  problem: ProgressProblem | null;
  /** Records an attempt; the notice (English) when it could not be saved, else null. */
  add(attempt: Attempt): string | null;
  /** Merges a progress file; gives how many attempts were added, or the reason it was refused. */
  importText(text: string): { added: number; setAside: number } | { error: string };
  dismissNotice(): void;
}

/** Loads the attempts from `store` and keeps them there. */
export function createProgressStore(store: TextStore): StoreApi<ProgressState> {
  const loaded = loadProgress(store);
  const problem: ProgressProblem | null = loaded.keptAt
    ? { kind: 'setAside', n: loaded.setAside ?? 0, keptAt: loaded.keptAt }
    : loaded.notice
      ? { kind: 'storage', reason: loaded.notice }
      : null;
  return createStore<ProgressState>()((set, get) => ({
    attempts: loaded.attempts,
    problem,
    add(attempt) {
      const saved = saveAttempts(store, [attempt]);
      set({
        attempts: mergeImport(get().attempts, [attempt]),
        ...(saved.notice ? { problem: { kind: 'storage', reason: saved.notice } } : {}),
      });
      return saved.notice ?? null;
    },
    importText(text) {
      const parsed = parseProgress(text);
      if (!parsed.attempts.length && parsed.setAside.length) return { error: parsed.setAside[0]!.reason };
      const before = get().attempts.length;
      const attempts = mergeImport(get().attempts, parsed.attempts);
      const failed = store.write(PROGRESS_NAME, serializeProgress(attempts));
      if (failed) return { error: failed.error };
      set({ attempts });
      return { added: attempts.length - before, setAside: parsed.setAside.length };
    },
    dismissNotice: () => set({ problem: null }),
  }));
}
