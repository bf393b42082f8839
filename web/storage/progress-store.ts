/**
 * The trainee's attempts kept in the browser (localStorage), as a small zustand store. Corrupt
 * records are moved aside under their own key with a notice; nothing is ever silently dropped.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { mergeImport, parseProgress, serializeProgress, type Attempt, type SetAside } from '../../app/progress.ts';

/** Key of the attempts in localStorage. */
export const PROGRESS_KEY = 'rehearse.progress';
/** Key where unreadable records are kept. */
export const SET_ASIDE_KEY = 'rehearse.progress.setAside';

/** The progress store's state and actions. */
export interface ProgressState {
  attempts: Attempt[];
  /** How many records were set aside at load (0 when none), until dismissed. */
  setAsideCount: number;
  add(attempt: Attempt): void;
  /** Merges a progress file; gives how many attempts were added, or the reason it was refused. */
  importText(text: string): { added: number; setAside: number } | { error: string };
  dismissNotice(): void;
}

function keepAside(storage: Storage | null, items: SetAside[]): void {
  if (!storage || !items.length) return;
  let previous: unknown[] = [];
  try {
    const parsed: unknown = JSON.parse(storage.getItem(SET_ASIDE_KEY) ?? '[]');
    if (Array.isArray(parsed)) previous = parsed;
  } catch {
    previous = [];
  }
  storage.setItem(
    SET_ASIDE_KEY,
    JSON.stringify([...previous, ...items.map((s) => ({ ...s, at: new Date().toISOString() }))]),
  );
}

/** Loads the attempts from `storage` (null: memory only) and keeps them there. */
export function createProgressStore(storage: Storage | null): StoreApi<ProgressState> {
  const loaded = parseProgress(storage?.getItem(PROGRESS_KEY) ?? '');
  if (loaded.setAside.length) {
    keepAside(storage, loaded.setAside);
    storage?.setItem(PROGRESS_KEY, serializeProgress(loaded.attempts));
  }
  const save = (attempts: Attempt[]) => storage?.setItem(PROGRESS_KEY, serializeProgress(attempts));
  return createStore<ProgressState>()((set, get) => ({
    attempts: loaded.attempts,
    setAsideCount: loaded.setAside.length,
    add(attempt) {
      const attempts = mergeImport(get().attempts, [attempt]);
      save(attempts);
      set({ attempts });
    },
    importText(text) {
      const parsed = parseProgress(text);
      if (!parsed.attempts.length && parsed.setAside.length) return { error: parsed.setAside[0]!.reason };
      const before = get().attempts.length;
      const attempts = mergeImport(get().attempts, parsed.attempts);
      save(attempts);
      set({ attempts });
      return { added: attempts.length - before, setAside: parsed.setAside.length };
    },
    dismissNotice: () => set({ setAsideCount: 0 }),
  }));
}
