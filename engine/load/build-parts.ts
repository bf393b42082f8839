/** Builders for the small parts shared by nodes: conditions, `set` blocks, routes. */
import { parseCondition } from '../condition/index.ts';
import { msg } from '../diagnostics/message.ts';
import type { Condition, Effect, Effects, Route } from '../types.ts';
import { record } from '../util.ts';
import type { Collected } from './collect.ts';
import { LoadContext, isScalar, type Node } from './context.ts';
import { readMap, readText } from './read.ts';
import { valueOffset } from './offset.ts';

/** Parses a `when`; a syntax error is reported at its exact column. */
export function readCondition(ctx: LoadContext, n: Node | null, found: Collected, what: string): Condition | undefined {
  let src: string | undefined;
  if (n && isScalar(n) && typeof n.value === 'boolean') src = String(n.value);
  else src = readText(ctx, n, what);
  if (src === undefined) return undefined;
  const parsed = parseCondition(src);
  if (!parsed.ok) {
    ctx.report(
      'RH030',
      (n && valueOffset(ctx.text, n, parsed.offset)) ?? n,
      msg`${what}: ${parsed.text}`,
      msg`in "${src}"`,
    );
    return undefined;
  }
  const cond = { src, expr: parsed.expr };
  found.conds.push({ cond, at: n });
  return cond;
}

/** Reads a `set` block: `"+N"`/`"-N"` add to a number, anything else replaces. */
export function readSet(ctx: LoadContext, n: Node | null, found: Collected, what: string): Effects | undefined {
  const fields = readMap(ctx, n, what, null);
  if (!fields) return undefined;
  const effects = record<Effect>();
  const keys = new Map<string, Node>();
  const values = new Map<string, Node | null>();
  for (const [name, { key, value }] of fields) {
    keys.set(name, key);
    values.set(name, value);
    if (!value || !isScalar(value) || value.value === null || typeof value.value === 'object') {
      ctx.report('RH012', value ?? key, msg`${what}.${name} must be a number, true/false, text, or "+N" / "-N"`);
      continue;
    }
    const v = value.value as string | number | boolean;
    const m = typeof v === 'string' ? /^([+-])\s*(\d+(?:\.\d+)?)$/.exec(v.trim()) : null;
    effects[name] = m ? { op: 'add', n: Number(m[2]) * (m[1] === '-' ? -1 : 1) } : { op: 'set', value: v };
  }
  found.sets.push({ effects, keys, values });
  return effects;
}

/** Reads a list of routes; the last must have no `when`. */
export function readRoutes(ctx: LoadContext, n: Node | null, found: Collected, what: string): Route[] {
  const routes: Route[] = [];
  const seq = n as { items?: unknown[] } | null;
  if (!n || !Array.isArray(seq?.items)) {
    ctx.report('RH012', n, msg`${what} must be a list of routes like "- goto: node"`);
    return routes;
  }
  const items = seq.items;
  if (items.length === 0) ctx.report('RH013', n, msg`${what} needs at least one route`);
  items.forEach((raw, i) => {
    const item = ctx.deref(raw);
    const f = readMap(ctx, item, `${what}[${i + 1}]`, ['when', 'set', 'goto'], ['goto']);
    if (!f) return;
    const route: Route = { goto: '' };
    const g = f.get('goto');
    if (g) {
      const target = readText(ctx, g.value, `${what}[${i + 1}].goto`);
      if (target !== undefined) {
        route.goto = target;
        found.refs.push({ kind: 'node', id: target, at: g.value, what: 'goto' });
      }
    }
    const w = f.get('when');
    if (w) {
      const c = readCondition(ctx, w.value, found, `${what}[${i + 1}].when`);
      if (c) route.when = c;
      if (i === items.length - 1)
        ctx.report(
          'RH041',
          w.key,
          msg`the last route of ${what} has a "when": when it does not hold, the session has nowhere to go`,
          msg`add a last route with only "goto"`,
        );
    }
    const s = f.get('set');
    if (s) {
      const e = readSet(ctx, s.value, found, `${what}[${i + 1}].set`);
      if (e) route.set = e;
    }
    routes.push(route);
  });
  return routes;
}
