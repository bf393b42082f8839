/** The trainee's library, split per scenario by web/build/catalog-plugin.ts. */
declare module 'virtual:rehearse-catalog' {
  import type { LibraryEntry } from './meta.ts';
  const catalog: Array<LibraryEntry & { hash: string }>;
  export default catalog;
}
