/**
 * The bundled scenario library, compiled at build time (never parses YAML at start). Its index is small; each
 * scenario is its own chunk, parsed only when it is played, so a drill's start reads only the scenarios it asks.
 */
import type { CompiledScenario } from '../engine/compile.ts';
import { inDrillFilter, type DrillCandidate, type DrillFilter } from '../app/drill.ts';
import type { Scenario } from '../engine/types.ts';

/** What the index knows of a bundled scenario before it is loaded: its facts, its drillable prompts, how to load it. */
export interface LibraryIndexEntry extends Pick<Scenario, 'id' | 'title' | 'locale' | 'setting' | 'minutes'> {
  hash: string;
  file: string;
  /** Its `drill: true` prompts, in node order, with the competencies each can earn (app/drill.ts). */
  drills: Array<{ node: string; competencies: string[] }>;
  load(): Promise<CompiledScenario>;
}

/** The index of the bundled library (a lazily imported chunk of the CLI bundle). */
export async function libraryIndex(): Promise<LibraryIndexEntry[]> {
  return (await import('virtual:rehearse-library')).default;
}

/** The drillable prompts of the index that match `filter`, in library order, each with its entry. */
export function drillCandidates(
  index: readonly LibraryIndexEntry[],
  filter: DrillFilter,
): Array<DrillCandidate & { entry: LibraryIndexEntry }> {
  return index
    .filter((e) => inDrillFilter(e, filter))
    .flatMap((entry) => entry.drills.map((d) => ({ ...d, scenario: entry.id, locale: entry.locale, entry })));
}
