/** The debrief of a kept attempt: its answers played again by the engine, for the "My progress" screen. */
import { play } from '../engine/testing.ts';
import type { Report, Scenario } from '../engine/types.ts';
import type { Attempt } from './progress.ts';

/**
 * The report of an attempt at a whole scenario, replayed from its answers (the engine gives the same
 * report for the same scenario version); null for a drill result, or when the answers no longer fit.
 */
export function attemptReport(scenario: Scenario, attempt: Attempt): Report | null {
  if (attempt.drill || attempt.scenario !== scenario.id || !Array.isArray(attempt.turns)) return null;
  const answers: string[] = [];
  for (const t of attempt.turns as unknown[]) {
    const turn = t as { answer?: unknown } | null;
    if (!turn || typeof turn.answer !== 'string') return null;
    answers.push(turn.answer);
  }
  const { report, error } = play(scenario, answers);
  return error || !report.turns.length ? null : report;
}
