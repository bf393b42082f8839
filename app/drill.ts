/**
 * Quick drills: which `drill: true` prompts of the library to ask, and in what order. Pure —
 * the trainee's history, the clock and the seed are passed in. Prompts failed last time come
 * first, then those of the weakest competencies, then the ones practised longest ago (spaced
 * repetition). Scoring is never done here: a drilled prompt is played by the engine, starting at
 * its node (`drillScenario`).
 */
import type { Locale, Report, Scenario, Setting } from '../engine/types.ts';
import { own } from '../engine/util.ts';
import { earnableCompetencies } from '../engine/scenario-graph.ts';
import { byDate, competencyKey, sortByDate, type Attempt } from './progress.ts';

/** One prompt that can be drilled: a scenario and the id of a node with `drill: true` and a question. */
export interface DrillItem {
  scenario: Scenario;
  node: string;
}

/** Filters of the drill pool. */
export interface DrillFilter {
  setting?: Setting;
  lang?: Locale;
}

/** Key of a drilled prompt in the history: `scenario#node`. */
export function drillKey(scenario: string, node: string): string {
  return `${scenario}#${node}`;
}

/** Whether a scenario of this setting and language is in the drill pool of `filter`. */
export function inDrillFilter(s: Pick<Scenario, 'setting' | 'locale'>, filter: DrillFilter): boolean {
  return (!filter.setting || s.setting === filter.setting) && (!filter.lang || s.locale === filter.lang);
}

/** Every drillable prompt of the library matching the filter, in library order. */
export function drillPool(library: ReadonlyArray<{ scenario: Scenario }>, filter: DrillFilter = {}): DrillItem[] {
  const out: DrillItem[] = [];
  for (const { scenario } of library) {
    if (!inDrillFilter(scenario, filter)) continue;
    for (const id of Object.keys(scenario.nodes)) {
      const node = own(scenario.nodes, id);
      if (node?.drill && node.ask) out.push({ scenario, node: id });
    }
  }
  return out;
}

/** The competencies a prompt can earn points in (the engine's `earnableCompetencies`). */
export function itemCompetencies(item: DrillItem): string[] {
  const ask = own(item.scenario.nodes, item.node)?.ask;
  return ask ? [...earnableCompetencies(ask).keys()] : [];
}

/** A scenario that starts at a drilled node, so the engine plays (and scores) that prompt alone. */
export function drillScenario(item: DrillItem): Scenario {
  return { ...item.scenario, start: item.node, tests: [] };
}

/** What the history says about one prompt: failed last time, when last practised. */
export interface PromptHistory {
  failedLast: boolean;
  lastAt: string;
}

/** The latest result of each prompt, from drill attempts and from turns of whole-scenario attempts. */
export function promptHistory(attempts: readonly Attempt[]): Map<string, PromptHistory> {
  const out = new Map<string, PromptHistory>();
  for (const a of sortByDate(attempts)) {
    if (a.drill) {
      out.set(drillKey(a.scenario, a.drill.node), { failedLast: !a.passed, lastAt: a.at });
      continue;
    }
    for (const t of a.turns ?? []) out.set(drillKey(a.scenario, t.node), { failedLast: t.points <= 0, lastAt: a.at });
  }
  return out;
}

/** Mean of the last three scores of each competency, by `competencyKey` (its id in one language; a Map). */
export function competencyLevels(attempts: readonly Attempt[]): Map<string, number> {
  const scores = new Map<string, number[]>();
  for (const a of sortByDate(attempts)) {
    for (const id of Object.keys(a.competencies)) {
      const c = own(a.competencies, id);
      if (!c || c.possible <= 0) continue;
      const key = competencyKey(a.locale, id);
      const list = scores.get(key) ?? [];
      list.push(c.score);
      scores.set(key, list);
    }
  }
  const out = new Map<string, number>();
  for (const [id, list] of scores) {
    const last = list.slice(-3);
    out.set(id, last.reduce((s, x) => s + x, 0) / last.length);
  }
  return out;
}

/** Level assumed for a competency never practised: between weak and strong. */
export const UNKNOWN_LEVEL = 50;

/** Options of `selectDrill`. */
export interface SelectOptions extends DrillFilter {
  count: number;
  seed: number;
}

/**
 * A drillable prompt as the ranking sees it: its scenario's id and language, its node and the competencies it
 * can earn (the terminal's bundled library lists these without loading its scenarios).
 */
export interface DrillCandidate {
  scenario: string;
  locale: Locale;
  node: string;
  competencies: readonly string[];
}

/** The candidate of a drill item. */
export function candidateOf(item: DrillItem): DrillCandidate {
  return {
    scenario: item.scenario.id,
    locale: item.scenario.locale,
    node: item.node,
    competencies: itemCompetencies(item),
  };
}

/** The `count` candidates most needed first: failed last time, weakest competency, least recently practised. */
export function rankDrill<T extends DrillCandidate>(
  pool: readonly T[],
  attempts: readonly Attempt[],
  opts: { count: number; seed: number },
): T[] {
  const history = promptHistory(attempts);
  const levels = competencyLevels(attempts);
  const ranked = pool.map((c, i) => {
    const h = history.get(drillKey(c.scenario, c.node));
    const level = (id: string) => levels.get(competencyKey(c.locale, id)) ?? UNKNOWN_LEVEL;
    const weakness = c.competencies.length ? Math.min(...c.competencies.map(level)) : UNKNOWN_LEVEL;
    return { c, failed: h?.failedLast ? 0 : 1, weakness, lastAt: h?.lastAt ?? '', tie: mix(opts.seed, i) };
  });
  ranked.sort(
    (a, b) =>
      a.failed - b.failed || a.weakness - b.weakness || byDate({ at: a.lastAt }, { at: b.lastAt }) || a.tie - b.tie,
  );
  return ranked.slice(0, Math.max(0, opts.count)).map((r) => r.c);
}

/** The prompts of a library to drill, most needed first (`rankDrill` over its `drillPool`). */
export function selectDrill(
  library: ReadonlyArray<{ scenario: Scenario }>,
  attempts: readonly Attempt[],
  opts: SelectOptions,
): DrillItem[] {
  const pool = drillPool(library, opts).map((item) => ({ ...candidateOf(item), item }));
  return rankDrill(pool, attempts, opts).map((c) => c.item);
}

/** A deterministic pseudo-random number from a seed and an index (for fair ties). */
function mix(seed: number, i: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Per-competency averages of the engine's scores over a drill's reports, weakest first (by competency label). */
export function competencyAverages(reports: readonly Report[]): Array<{ label: string; score: number; n: number }> {
  const acc = new Map<string, { sum: number; n: number }>();
  for (const r of reports) {
    for (const id of Object.keys(r.competencies)) {
      const c = own(r.competencies, id)!;
      if (c.possible <= 0) continue;
      const a = acc.get(c.label) ?? { sum: 0, n: 0 };
      a.sum += c.score;
      a.n += 1;
      acc.set(c.label, a);
    }
  }
  return [...acc]
    .map(([label, a]) => ({ label, score: Math.round(a.sum / a.n), n: a.n }))
    .sort((x, y) => x.score - y.score);
}
