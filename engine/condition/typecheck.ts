/** Static checks of a parsed condition: unknown names and comparisons of different types. */
import { msg, type MessageRef } from '../diagnostics/message.ts';
import type { Expr } from '../types.ts';

/** What the checker knows of a scenario when it types a condition. */
export interface TypeContext {
  varType(name: string): 'number' | 'boolean' | 'string' | undefined;
  hasCriterion(id: string): boolean;
  hasOption(id: string): boolean;
  hasNode(id: string): boolean;
}

/** A problem found in a condition, with the code to report. */
export interface TypeProblem {
  code: 'RH023' | 'RH025' | 'RH020' | 'RH031';
  message: MessageRef;
  name?: string;
}

type T = 'number' | 'boolean' | 'string' | 'unknown';

/** The type of a condition, collecting problems; `unknown` where a name is not declared. */
export function conditionType(e: Expr, ctx: TypeContext, problems: TypeProblem[]): T {
  switch (e.k) {
    case 'lit':
      return typeof e.value as T;
    case 'late':
      return 'boolean';
    case 'var': {
      const t = ctx.varType(e.name);
      if (!t)
        problems.push({
          code: 'RH023',
          message: msg`unknown variable "${e.name}" (declare it under \`state\`)`,
          name: e.name,
        });
      return t ?? 'unknown';
    }
    case 'call': {
      const ok =
        e.fn === 'matched' ? ctx.hasCriterion(e.arg) : e.fn === 'chose' ? ctx.hasOption(e.arg) : ctx.hasNode(e.arg);
      if (!ok) {
        const what = e.fn === 'matched' ? msg`criterion` : e.fn === 'chose' ? msg`option` : msg`node`;
        const other = e.fn === 'matched' ? ctx.hasOption(e.arg) : e.fn === 'chose' ? ctx.hasCriterion(e.arg) : false;
        const instead =
          e.fn === 'matched'
            ? msg`an option, not a criterion: use chose(${e.arg})`
            : msg`a criterion, not an option: use matched(${e.arg})`;
        const message = other
          ? msg`${e.fn}(${e.arg}): "${e.arg}" is ${instead}`
          : msg`${e.fn}(${e.arg}): there is no ${what} "${e.arg}"`;
        problems.push({ code: e.fn === 'visited' ? 'RH020' : 'RH025', message, name: e.arg });
      }
      return 'boolean';
    }
    case 'not':
      conditionType(e.e, ctx, problems);
      return 'boolean';
    case 'and':
    case 'or':
      conditionType(e.a, ctx, problems);
      conditionType(e.b, ctx, problems);
      return 'boolean';
    case 'cmp': {
      const a = conditionType(e.a, ctx, problems);
      const b = conditionType(e.b, ctx, problems);
      if (a !== 'unknown' && b !== 'unknown') {
        if (a !== b) problems.push({ code: 'RH031', message: msg`"${e.op}" compares a ${a} with a ${b}` });
        else if (a !== 'number' && !['==', '!='].includes(e.op))
          problems.push({ code: 'RH031', message: msg`"${e.op}" needs numbers, not ${a}s` });
      }
      return 'boolean';
    }
  }
}
