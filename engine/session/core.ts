/**
 * Sessions without the text analysis: `start` / `step` (pure), the `transcript` to resume a screen, the
 * `currentPrompt`, the `report`, and `restoreState`. A typed answer needs answer.ts loaded (index.ts does
 * it); the web app imports this module and loads answer.ts after the first prompt.
 */
import type { PromptEvent, Scenario, SessionEvent } from '../types.ts';
import { checkState, type SessionState } from './state.ts';

export { start, step, type StepResult } from './step.ts';
export { report, criticalId } from './report.ts';
export { criticalTurns, missedRequired } from './critical.ts';
export { score, roundPercent } from './scoring.ts';
export { MAX_AUTO_STEPS } from './advance.ts';
export { STATE_VERSION, checkState, type SessionState } from './state.ts';

/** Every event emitted so far, in order (what a screen shows when it resumes). Throws on a state that is not one. */
export function transcript(state: SessionState): SessionEvent[] {
  if (!state || !Array.isArray(state.events) || !Number.isInteger(state.ne)) throw new TypeError('not a session state');
  return state.events.slice(0, state.ne);
}

/** The prompt event the session waits at, or null when it has ended. */
export function currentPrompt(scenario: Scenario, state: SessionState): PromptEvent | null {
  if (checkState(scenario, state) || state.ended) return null;
  const last = state.events[state.ne - 1];
  return last?.type === 'prompt' ? last : null;
}

const EVENT_TYPES = new Set(['line', 'prompt', 'feedback', 'ended']);

/** Loads a saved state (e.g. from JSON.parse) for a scenario: the state, or a clear error. Never throws. */
export function restoreState(scenario: Scenario, value: unknown): { state: SessionState } | { error: string } {
  const bad = checkState(scenario, value);
  if (bad) return { error: bad };
  const s = value as SessionState;
  for (let i = 0; i < s.ne; i++) {
    const e = s.events[i] as { type?: unknown; node?: unknown } | null;
    if (!e || typeof e !== 'object' || !EVENT_TYPES.has(String(e.type)) || typeof e.node !== 'string')
      return { error: `the session state is malformed (event ${i + 1})` };
    if (e.type === 'feedback' && !Array.isArray((e as { items?: unknown }).items))
      return { error: `the session state is malformed (event ${i + 1})` };
  }
  for (let i = 0; i < s.np; i++)
    if (typeof s.path[i] !== 'string') return { error: `the session state is malformed (path entry ${i + 1})` };
  if (s.ended && s.events[s.ne - 1]?.type !== 'ended')
    return { error: 'the session state is malformed (ended without an end)' };
  if (!s.ended && s.events[s.ne - 1]?.type !== 'prompt')
    return { error: 'the session state is malformed (not waiting at a prompt)' };
  return { state: s };
}
