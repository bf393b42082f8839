/** What the library screen knows of a scenario before it is opened (the full scenario loads on demand). */
import type { Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';

/** The facts of a scenario shown in the library. */
export interface ScenarioMeta {
  id: string;
  title: string;
  locale: Scenario['locale'];
  setting: Scenario['setting'];
  summary?: string;
  minutes?: number;
  content_notes: string[];
  tags: string[];
  /** Competency labels, in order. */
  competencies: string[];
}

/** A library entry: its facts, and how to get the whole scenario. */
export interface LibraryEntry extends ScenarioMeta {
  load(): Promise<Scenario>;
  /** The content hash of the scenario's source (the bundled library has it; xAPI statements carry it). */
  hash?: string;
}

/** The library facts of a checked scenario. */
export function scenarioMeta(s: Scenario): ScenarioMeta {
  const m: ScenarioMeta = {
    id: s.id,
    title: s.title,
    locale: s.locale,
    setting: s.setting,
    content_notes: s.content_notes,
    tags: s.tags,
    competencies: Object.keys(s.competencies).map((id) => own(s.competencies, id)?.label ?? id),
  };
  if (s.summary !== undefined) m.summary = s.summary;
  if (s.minutes !== undefined) m.minutes = s.minutes;
  return m;
}

/** A library entry for a scenario already in memory (tests, the preview). */
export function entryOf(s: Scenario): LibraryEntry {
  return { ...scenarioMeta(s), load: async () => s };
}
