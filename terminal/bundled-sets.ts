/** Where the commands find the shared concept sets (r2): next to the file first, then in the bundled library. */
import { dirname } from 'node:path';
import bundled from 'virtual:rehearse-concept-sets';
import { chainConceptSets, conceptSetsOf, type ConceptSetLookup } from '../engine/load/index.ts';
import { folderConceptSets } from './folder-sets.ts';

/** The bundled library's sets (compiled into the command). */
export const bundledConceptSets: ConceptSetLookup = conceptSetsOf(bundled);

/** For one run of a command: the sets a file at `path` can use — its folder's, then the bundled ones (each folder read once). */
export function conceptSetResolver(): (path: string) => ConceptSetLookup {
  const folders = new Map<string, ConceptSetLookup>();
  return (path) => {
    const dir = dirname(path);
    let local = folders.get(dir);
    if (!local) folders.set(dir, (local = folderConceptSets(dir)));
    return chainConceptSets(local, bundledConceptSets);
  };
}
