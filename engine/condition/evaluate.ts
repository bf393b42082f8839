/** Evaluates a parsed `when` condition against a session's state. */
import type { Expr, Value } from '../types.ts';

/** What a condition can read. */
export interface ConditionEnv {
  vars: Record<string, Value>;
  late: boolean;
  matched(id: string): boolean;
  chose(id: string): boolean;
  visited(id: string): boolean;
}

function value(e: Expr, env: ConditionEnv): Value {
  switch (e.k) {
    case 'lit':
      return e.value;
    case 'var':
      return Object.prototype.hasOwnProperty.call(env.vars, e.name) ? env.vars[e.name]! : false;
    case 'late':
      return env.late;
    case 'call':
      return env[e.fn](e.arg);
    case 'not':
      return !truthy(value(e.e, env));
    case 'and':
      return truthy(value(e.a, env)) && truthy(value(e.b, env));
    case 'or':
      return truthy(value(e.a, env)) || truthy(value(e.b, env));
    case 'cmp': {
      const a = value(e.a, env);
      const b = value(e.b, env);
      switch (e.op) {
        case '==':
          return a === b;
        case '!=':
          return a !== b;
        case '<':
          return a < b;
        case '<=':
          return a <= b;
        case '>':
          return a > b;
        default:
          return a >= b;
      }
    }
  }
}

/** A value used as a condition: false, 0 and "" are false. */
function truthy(v: Value): boolean {
  return v !== false && v !== 0 && v !== '';
}

/** Whether a parsed condition holds. */
export function evalCondition(expr: Expr, env: ConditionEnv): boolean {
  return truthy(value(expr, env));
}
