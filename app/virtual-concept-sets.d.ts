/** The bundled library's shared concept sets (r2), compiled at build time by library-plugin.ts. */
declare module 'virtual:rehearse-concept-sets' {
  import type { ConceptSet } from '../engine/types.ts';
  const sets: ConceptSet[];
  export default sets;
}
