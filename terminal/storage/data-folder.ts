/**
 * The data folder as an interactive command opens it, before anything is typed: its store, the
 * temporary files of killed writers removed, and — when Rehearse cannot write there (a read-only
 * folder, a full disk) — a notice said at once rather than after the first answer.
 */
import type { TextStore } from '../../app/persistence.ts';
import { checkWritable, cleanOrphanTemps, dataDir, fileStore } from './file-store.ts';

/** An opened data folder. */
export interface DataFolder {
  dir: string;
  store: TextStore;
  /** Why nothing can be saved there, or null when it can. */
  unwritable: string | null;
}

/** Opens the data folder of `env`. */
export function openDataFolder(env: NodeJS.ProcessEnv = process.env): DataFolder {
  const dir = dataDir(env);
  const unwritable = checkWritable(dir);
  if (!unwritable) cleanOrphanTemps(dir);
  return { dir, store: fileStore(dir), unwritable };
}
