/**
 * r2: what fails a session besides a critical mistake — a required criterion left out of an
 * answered prompt, and an ending whose outcome is critical — and at which turn each critical
 * error of a report happened (the one rule every screen uses to say "(turn 7)").
 */
import type { CriticalError, Report, Scenario } from '../types.ts';
import { own } from '../util.ts';
import type { Feedback } from './feedback.ts';
import type { SessionState } from './state.ts';

/** The required criteria of a free prompt that this answer did not match, as `criticals` entries. */
export function missedRequired(scenario: Scenario, fb: Feedback): CriticalError[] {
  const ask = own(scenario.nodes, fb.node)?.ask;
  if (ask?.kind !== 'free') return [];
  const out: CriticalError[] = [];
  for (const c of ask.criteria)
    if (c.required !== undefined && !fb.items.some((i) => i.id === c.id))
      out.push({ node: fb.node, id: c.id, reason: c.required, missed: true });
  return out;
}

/** The `criticals` entry of an ended session whose outcome is critical, else null. */
export function criticalEnding(scenario: Scenario, state: SessionState): CriticalError | null {
  if (!state.ended || state.outcome === null) return null;
  const reason = own(scenario.criticalOutcomes, state.outcome);
  if (reason === undefined) return null;
  let node = state.path[state.np - 1] ?? '';
  for (let i = state.ne - 1; i >= 0; i--) {
    const e = state.events[i]!;
    if (e.type === 'ended') {
      node = e.node;
      break;
    }
  }
  return { node, outcome: state.outcome, reason };
}

/**
 * The turn (1-based, as `report.turns`) at which each critical error happened, in the order of
 * `report.criticals`; null for a critical ending, which comes after the last turn. Criticals are
 * listed turn by turn, so each is found at the first turn from the previous one that explains it.
 */
export function criticalTurns(report: Report): Array<number | null> {
  let from = 0;
  return report.criticals.map((c) => {
    if (!('id' in c)) return null;
    for (let i = from; i < report.turns.length; i++) {
      const t = report.turns[i]!;
      if (t.node !== c.node) continue;
      const here = c.missed ? !t.matched.includes(c.id) : t.matched.includes(c.id) || t.answer === c.id;
      if (!here) continue;
      from = i;
      return i + 1;
    }
    return null;
  });
}
