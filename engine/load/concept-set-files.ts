/** A concept-set lookup over the files of a folder (r2): the sets among them, found by their `id`, read once. */
import type { ConceptSetLookup, FoundConceptSet } from './concept-sets.ts';
import { loadFile } from './index.ts';

/** A file the caller can read: its name (as shown in messages) and its bytes, or null when unreadable. */
export interface SetFile {
  file: string;
  read(): string | Uint8Array | null;
}

/** A quick look at the text before parsing: a set says `kind: concepts` at the top level. */
const SAYS_CONCEPTS = /^kind:[ \t]*["']?concepts["']?[ \t]*(#.*)?$/m;

/**
 * The sets among `files` (each read once, on the first lookup). A set with errors is found too,
 * with `set: null`, so a scenario that uses it is told so (RH063). When two files give the same
 * id, the first one wins.
 */
export function conceptSetsFromFiles(files: readonly SetFile[]): ConceptSetLookup {
  let byId: Map<string, FoundConceptSet> | null = null;
  const index = () => {
    if (byId) return byId;
    byId = new Map();
    for (const f of files) {
      const bytes = f.read();
      if (bytes === null) continue;
      const text = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
      if (!SAYS_CONCEPTS.test(text)) continue;
      const r = loadFile(bytes, f.file, { shallow: true });
      const id = r.conceptSet?.id ?? /^id:[ \t]*["']?([a-z0-9-]+)/m.exec(text)?.[1];
      if (r.kind !== 'concepts' || !id || byId.has(id)) continue;
      const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
      byId.set(id, { set: r.conceptSet, file: f.file, errors });
    }
    return byId;
  };
  return { find: (id) => index().get(id), ids: () => [...index().keys()] };
}
