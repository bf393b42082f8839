/**
 * Which statements a session owes since the last time it was looked at: a cursor (what was already
 * queued for this attempt) and the session's state give the new statements, in order. Pure; each
 * screen keeps the cursor beside the session and calls this after every step.
 */
import { criticalTurns, report as engineReport, transcript, type SessionState } from '../../engine/session/core.ts';
import type { CriticalError, Report, Scenario } from '../../engine/types.ts';
import {
  answeredStatement,
  criticalStatement,
  endStatements,
  startStatement,
  type AttemptRef,
  type FeedbackEvent,
  type StatementOptions,
} from './statements.ts';
import type { Statement } from './types.ts';

/** Version of a tracking cursor; another one starts a fresh attempt. */
export const CURSOR_VERSION = 1;

/** What was already turned into statements for one attempt (plain JSON, saved with the session). */
export interface TrackCursor extends AttemptRef {
  v: 1;
  scenario: string;
  /** Answered prompts already sent. */
  turns: number;
  ended: boolean;
}

/** True when the cursor belongs to this session (same scenario, same seed). */
export function cursorFits(cursor: TrackCursor | null | undefined, state: SessionState): cursor is TrackCursor {
  return !!cursor && cursor.v === CURSOR_VERSION && cursor.scenario === state.scenario && cursor.seed === state.seed;
}

/** The critical errors of each answered prompt (by the engine's criticalTurns), and those of the ending. */
export function criticalsByTurn(report: Report): { turns: CriticalError[][]; rest: CriticalError[] } {
  const turns: CriticalError[][] = report.turns.map(() => []);
  const rest: CriticalError[] = [];
  criticalTurns(report).forEach((turn, i) => {
    const c = report.criticals[i]!;
    if (turn === null) rest.push(c);
    else turns[turn - 1]!.push(c);
  });
  return { turns, rest };
}

/**
 * The statements owed by `state` beyond `cursor` (a new attempt when the cursor does not fit),
 * and the cursor to keep. `contentHash` is the scenario source's hash (engine/compile.ts).
 */
export function trackStatements(
  scenario: Scenario,
  state: SessionState,
  contentHash: string,
  opts: StatementOptions,
  cursor: TrackCursor | null | undefined,
): { statements: Statement[]; cursor: TrackCursor } {
  const out: Statement[] = [];
  let c: TrackCursor;
  if (cursorFits(cursor, state)) c = { ...cursor };
  else {
    c = {
      v: CURSOR_VERSION,
      scenario: state.scenario,
      seed: state.seed,
      registration: opts.cmi5?.registration ?? opts.uuid(),
      contentHash,
      startedAt: opts.now(),
      turns: 0,
      ended: false,
    };
    out.push(startStatement(scenario, c, opts));
  }
  const rep = engineReport(scenario, state);
  const feedback = transcript(state).filter((e): e is FeedbackEvent => e.type === 'feedback');
  const byTurn = criticalsByTurn(rep);
  for (let k = c.turns; k < feedback.length; k++) {
    const here = byTurn.turns[k]!;
    out.push(answeredStatement(scenario, c, opts, feedback[k]!, rep.turns[k]!, here.length > 0));
    for (const x of here) out.push(criticalStatement(scenario, c, opts, x));
  }
  c.turns = Math.max(c.turns, feedback.length);
  if (state.ended && !c.ended) {
    for (const x of byTurn.rest) out.push(criticalStatement(scenario, c, opts, x));
    out.push(...endStatements(scenario, c, opts, rep));
    c.ended = true;
  }
  return { statements: out, cursor: c };
}
