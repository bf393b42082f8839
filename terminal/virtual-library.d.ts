/** The bundled scenario library, compiled at build time by library-plugin.ts. */
declare module 'virtual:rehearse-library' {
  import type { CompiledScenario } from '../engine/compile.ts';
  const library: CompiledScenario[];
  export default library;
}
