/** Where the commands find the shared concept sets (r2): next to the file first, then in the bundled library. */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chainConceptSets, conceptSetsOf, type ConceptSetLookup } from '../engine/load/index.ts';
import { folderConceptSets } from './folder-sets.ts';

/**
 * The bundled library's sets: compiled into the command (`virtual:rehearse-concept-sets`), or, when
 * run from a source checkout without a build (`npx tsx terminal/cli.ts …`), read from scenarios/.
 */
async function bundledConceptSets(): Promise<ConceptSetLookup> {
  try {
    return conceptSetsOf((await import('virtual:rehearse-concept-sets')).default);
  } catch {
    return folderConceptSets(fileURLToPath(new URL('../scenarios/', import.meta.url)));
  }
}

/** For one run of a command: the sets a file at `path` can use — its folder's, then the bundled ones. */
export async function conceptSetResolver(): Promise<(path: string) => ConceptSetLookup> {
  const bundled = await bundledConceptSets();
  const folders = new Map<string, ConceptSetLookup>();
  return (path) => {
    const dir = dirname(path);
    let local = folders.get(dir);
    if (!local) folders.set(dir, (local = folderConceptSets(dir)));
    return chainConceptSets(local, bundled);
  };
}
