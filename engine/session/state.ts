/**
 * The session state: plain JSON with a format version. Its logs (events, path) are append-only
 * arrays with a length of their own (`ne`, `np`): a step appends in place when nothing was appended
 * after this state, and copies otherwise, so a step costs O(1) however long the session, and an
 * older state still reads exactly what it held (purity as seen from outside).
 */
import type { Scenario, SessionEvent, Value } from '../types.ts';
import { own, record } from '../util.ts';

/** Version of the session state format. */
export const STATE_VERSION = 1;

/** Where a session is: plain JSON, saved and resumed as is. */
export interface SessionState {
  v: 1;
  /** Id of the scenario being played. */
  scenario: string;
  seed: number;
  /** PRNG state (mulberry32), advanced when a variant or a shuffle is drawn. */
  rng: number;
  /** The node whose prompt the session waits at; null once ended. */
  at: string | null;
  ended: boolean;
  outcome: string | null;
  /** Whether the last answer was late (read by `late` in conditions until the next answer). */
  late: boolean;
  vars: Record<string, Value>;
  /** Every event emitted; only the first `ne` belong to this state. */
  events: SessionEvent[];
  ne: number;
  /** Node ids entered, in order; only the first `np` belong to this state. */
  path: string[];
  np: number;
  /** First time something happened: `m:<criterion>` / `c:<option>` → event index, `v:<node>` → path index. */
  marks: Record<string, number>;
}

const isCount = (n: unknown, max: number): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) <= max;

/** A clear message when `s` is not a usable state for this scenario, else null (O(1)). */
export function checkState(scenario: Scenario, s: unknown): string | null {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return 'the session state is not an object';
  const st = s as Partial<SessionState>;
  if (st.v !== STATE_VERSION)
    return `the session state has format version ${JSON.stringify(st.v ?? null)}; this version of Rehearse reads version ${STATE_VERSION}`;
  if (st.scenario !== scenario.id)
    return `the session state belongs to scenario "${String(st.scenario)}", not "${scenario.id}"`;
  if (!Array.isArray(st.events) || !isCount(st.ne, st.events.length)) return 'the session state is malformed (events)';
  if (!Array.isArray(st.path) || !isCount(st.np, st.path.length)) return 'the session state is malformed (path)';
  if (typeof st.vars !== 'object' || st.vars === null || typeof st.marks !== 'object' || st.marks === null)
    return 'the session state is malformed (vars)';
  if (typeof st.rng !== 'number' || typeof st.ended !== 'boolean' || typeof st.late !== 'boolean')
    return 'the session state is malformed';
  if (st.at !== null && (typeof st.at !== 'string' || !own(scenario.nodes, st.at)?.ask))
    return `the session state waits at "${String(st.at)}", which is not a prompt of this scenario`;
  if (st.at === null && !st.ended) return 'the session state waits at no prompt and has not ended';
  return null;
}

/** True when a mark was made within what `s` holds. */
export function marked(s: SessionState, key: string): boolean {
  const at = own(s.marks, key);
  return at !== undefined && markHeld(s, key, at);
}

/** True when a mark at `at` under `key` is within what `s` holds (`v:` counts path entries, others events). */
function markHeld(s: SessionState, key: string, at: number): boolean {
  return key.charCodeAt(0) === 118 && key.charCodeAt(1) === 58 ? at < s.np : at < s.ne; // "v:"
}

/** A new state to build a step on: same content; logs shared when they can be appended in place. */
export function fork(s: SessionState): SessionState {
  const inPlace =
    s.events.length === s.ne &&
    s.path.length === s.np &&
    !Object.isFrozen(s.events) &&
    !Object.isFrozen(s.path) &&
    !Object.isFrozen(s.marks);
  let marks = s.marks;
  if (!inPlace) {
    marks = record<number>();
    for (const k of Object.keys(s.marks)) {
      const at = s.marks[k]!;
      if (markHeld(s, k, at)) marks[k] = at;
    }
  }
  return {
    // vars is shared: applyEffects replaces it with a copy before any change.
    v: s.v,
    scenario: s.scenario,
    seed: s.seed,
    rng: s.rng,
    at: s.at,
    ended: s.ended,
    outcome: s.outcome,
    late: s.late,
    vars: s.vars,
    events: inPlace ? s.events : s.events.slice(0, s.ne),
    ne: s.ne,
    path: inPlace ? s.path : s.path.slice(0, s.np),
    np: s.np,
    marks,
  };
}

/** Appends an event to a forked state. */
export function pushEvent(s: SessionState, e: SessionEvent, out: SessionEvent[]): number {
  s.events.push(e);
  out.push(e);
  return s.ne++;
}

/** The mark keys made so far, per kind and id: one string each, its hash computed once (marks look it up). */
const markKeys = { 'v:': new Map<string, string>(), 'm:': new Map<string, string>(), 'c:': new Map<string, string>() };
const MARK_KEYS_LIMIT = 10_000;

/** The mark key for a kind (`v:`, `m:`, `c:`) and an id. */
export function markKey(kind: 'v:' | 'm:' | 'c:', id: string): string {
  const keys = markKeys[kind];
  let key = keys.get(id);
  if (key === undefined) {
    if (keys.size >= MARK_KEYS_LIMIT) keys.clear();
    keys.set(id, (key = kind + id));
  }
  return key;
}

/** Records that something happened now (`m:`/`c:` at the last event, `v:` at the last path entry). */
export function mark(s: SessionState, key: string, index: number): void {
  if (!marked(s, key)) s.marks[key] = index;
}
