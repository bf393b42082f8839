/** The player's side of an LMS: open the session, record each step and the end, and close it. */
import type { SessionState } from '../../engine/session/core.ts';
import type { Scenario } from '../../engine/types.ts';

/** What opening the session gave: the saved resume text (or null), the learner's name, or why there is no LMS. */
export interface LmsBegin {
  resume: string | null;
  learner?: string;
  problem?: string;
}

/** One LMS standard's run-time, as the player uses it. */
export interface LmsAdapter {
  begin(): Promise<LmsBegin>;
  /** Records the state after a step; `replayed` is how many answered prompts the LMS already holds (after a resume). */
  record(scenario: Scenario, state: SessionState, hash: string): Promise<void>;
  /** Tells the LMS how many answered prompts it already holds (after a resume). */
  resumed(scenario: Scenario, state: SessionState, hash: string): Promise<void>;
  /** Closes the session (the learner leaves); safe to call twice. */
  exit(): Promise<void>;
}
