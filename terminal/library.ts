/** The bundled scenario library, compiled at build time (never parses YAML at start). */
import type { CompiledScenario } from '../engine/compile.ts';

/** Loads the compiled library (a lazily imported chunk of the CLI bundle). */
export async function loadLibrary(): Promise<CompiledScenario[]> {
  return (await import('virtual:rehearse-library')).default;
}
