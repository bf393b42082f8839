/** The contract's scoring: possible / earned per competency over the answered prompts. */
import type { CompetencyResult, Rec, Scenario } from '../types.ts';
import { own, record } from '../util.ts';
import type { Feedback } from './feedback.ts';
import { earnableCompetencies } from '../scenario-graph.ts';

/** Rounds a percentage half up, ignoring floating-point dust (70.49999999 → 71 when it is 70.5). */
export function roundPercent(x: number): number {
  return Math.round(x + 1e-9);
}

/** Points possible per competency for one answered prompt. */
export function possibleAt(scenario: Scenario, node: string): Map<string, number> {
  const ask = own(scenario.nodes, node)?.ask;
  return ask ? earnableCompetencies(ask) : new Map();
}

/** Per-competency results and the overall score for these answered prompts. */
export function score(
  scenario: Scenario,
  answered: Feedback[],
): { competencies: Rec<CompetencyResult>; score: number } {
  const earned = new Map<string, number>();
  const possible = new Map<string, number>();
  for (const fb of answered) {
    for (const [c, p] of possibleAt(scenario, fb.node)) possible.set(c, (possible.get(c) ?? 0) + p);
    for (const i of fb.items)
      if (i.competency !== undefined) earned.set(i.competency, (earned.get(i.competency) ?? 0) + i.points);
  }
  const competencies = record<CompetencyResult>();
  let weighted = 0;
  let weights = 0;
  for (const id of Object.keys(scenario.competencies)) {
    const comp = own(scenario.competencies, id)!;
    const e = earned.get(id) ?? 0;
    const p = possible.get(id) ?? 0;
    const ratio = p > 0 ? Math.min(1, Math.max(0, e / p)) : 0;
    if (p <= 0) continue; // a competency its answered prompts could not earn is absent, not 0 (contract, Scoring)
    weighted += comp.weight * ratio;
    weights += comp.weight;
    competencies[id] = { label: comp.label, score: roundPercent(100 * ratio), earned: e, possible: p };
  }
  return { competencies, score: weights > 0 ? roundPercent((100 * weighted) / weights) : 0 };
}
