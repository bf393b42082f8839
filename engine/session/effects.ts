/** Conditions and `set` effects as a session sees them. */
import { evalCondition } from '../condition/index.ts';
import type { Condition, Effects, Value } from '../types.ts';
import { own, record } from '../util.ts';
import { marked, markKey, type SessionState } from './state.ts';

/** Whether a `when` holds now (no condition always holds). */
export function holds(s: SessionState, when: Condition | undefined): boolean {
  if (!when) return true;
  return evalCondition(when.expr, {
    vars: s.vars,
    late: s.late,
    matched: (id: string) => marked(s, markKey('m:', id)),
    chose: (id: string) => marked(s, markKey('c:', id)),
    visited: (id: string) => marked(s, markKey('v:', id)),
  });
}

/** Applies a `set` block: "+N"/"-N" add to a number, anything else replaces. Copies `vars` first (states share it until then). */
export function applyEffects(s: SessionState, set: Effects | undefined): void {
  if (!set) return;
  const vars = Object.assign(record<Value>(), s.vars);
  for (const name of Object.keys(set)) {
    const effect = own(set, name)!;
    const current: Value | undefined = own(vars, name);
    vars[name] = effect.op === 'add' ? (typeof current === 'number' ? current : 0) + effect.n : effect.value;
  }
  s.vars = vars;
}
