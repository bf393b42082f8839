/**
 * Progress over time, from the attempts of app/progress.ts: one trend per scenario, competency trends, attempts
 * grouped by scenario. Apart from progress.ts so that the web app's first load does not carry it.
 */
import type { Locale } from '../engine/types.ts';
import { own, record } from '../engine/util.ts';
import { competencyKey, sortByDate, wholeScenarioAttempts, type Attempt } from './progress.ts';

/** Whole-scenario attempts grouped by scenario (in order of first attempt), oldest first within each. */
export function attemptsByScenario(
  attempts: readonly Attempt[],
): Array<{ id: string; title: string; list: Attempt[] }> {
  const groups = new Map<string, { id: string; title: string; list: Attempt[] }>();
  for (const a of sortByDate(wholeScenarioAttempts(attempts))) {
    const g = groups.get(a.scenario) ?? { id: a.scenario, title: a.title, list: [] };
    g.list.push(a);
    groups.set(a.scenario, g);
  }
  return [...groups.values()];
}

/** One point of a competency's history. */
export interface HistoryPoint {
  at: string;
  score: number;
  scenario: string;
}

/** Scores over time per competency (`competencyKey`), whole-scenario attempts only, oldest first (no prototype). */
export function competencyTrends(
  attempts: readonly Attempt[],
): Record<string, { label: string; locale: Locale; points: HistoryPoint[] }> {
  const out = record<{ label: string; locale: Locale; points: HistoryPoint[] }>();
  for (const a of sortByDate(wholeScenarioAttempts(attempts))) {
    for (const id of Object.keys(a.competencies)) {
      const c = own(a.competencies, id);
      if (!c || c.possible <= 0) continue;
      const key = competencyKey(a.locale, id);
      const entry = own(out, key) ?? (out[key] = { label: c.label, locale: a.locale, points: [] });
      entry.label = c.label;
      entry.points.push({ at: a.at, score: c.score, scenario: a.scenario });
    }
  }
  return out;
}

/** One scenario's history: its overall score at each dated attempt, and each of its competencies within it only. */
export interface ScenarioTrend {
  id: string;
  title: string;
  locale: Locale;
  points: Array<HistoryPoint & { attempt: string }>;
  competencies: Array<{ id: string; label: string; points: HistoryPoint[] }>;
}

/**
 * One trend per scenario (whole-scenario attempts, oldest first): a scenario id is one language, so a line
 * never joins two scenarios or two languages, and a competency's label is the scenario's own.
 */
export function scenarioTrends(attempts: readonly Attempt[]): ScenarioTrend[] {
  return attemptsByScenario(attempts).map((g) => {
    const last = g.list[g.list.length - 1]!;
    const competencies = new Map<string, { id: string; label: string; points: HistoryPoint[] }>();
    for (const a of g.list)
      for (const id of Object.keys(a.competencies)) {
        const c = own(a.competencies, id);
        if (!c || c.possible <= 0) continue;
        const entry = competencies.get(id) ?? { id, label: c.label, points: [] };
        entry.label = c.label;
        entry.points.push({ at: a.at, score: c.score, scenario: a.scenario });
        competencies.set(id, entry);
      }
    return {
      id: g.id,
      title: last.title,
      locale: last.locale,
      points: g.list.map((a) => ({ at: a.at, score: a.score, scenario: a.scenario, attempt: a.id })),
      competencies: [...competencies.values()],
    };
  });
}
