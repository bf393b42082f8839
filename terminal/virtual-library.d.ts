/** The bundled library, compiled at build time by library-plugin.ts: an index, each scenario loaded on demand. */
declare module 'virtual:rehearse-library' {
  import type { LibraryIndexEntry } from './library.ts';
  const library: LibraryIndexEntry[];
  export default library;
}
