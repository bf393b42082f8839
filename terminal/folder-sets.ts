/** The shared concept sets (r2) among the .yaml files of a folder, read from disk. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { conceptSetsFromFiles } from '../engine/load/concept-set-files.ts';
import type { ConceptSetLookup } from '../engine/load/index.ts';

const MAX_BYTES = 10 * 1024 * 1024;

/** The sets of folder `dir` (none when it cannot be read), each file read once, on the first lookup. */
export function folderConceptSets(dir: string): ConceptSetLookup {
  let names: string[] = [];
  try {
    names = readdirSync(dir)
      .filter((f) => /\.ya?ml$/i.test(f))
      .sort();
  } catch {
    // an unreadable folder holds no set
  }
  return conceptSetsFromFiles(
    names.map((name) => ({
      file: join(dir, name),
      read: () => {
        try {
          const path = join(dir, name);
          return statSync(path).size > MAX_BYTES ? null : new Uint8Array(readFileSync(path));
        } catch {
          return null;
        }
      },
    })),
  );
}
