/** Readers of the keys revision 2 adds: `required` reasons, `{ text, critical }` outcomes, `examples`, `use`. */
import type { Criterion, CriterionExamples } from '../types.ts';
import { msg } from '../diagnostics/message.ts';
import type { Collected } from './collect.ts';
import { LoadContext, isMap, isScalar, type Node } from './context.ts';
import { checkId, readList, readMap, readText } from './read.ts';

/** A reason: text, or `true` for the fallback; `false` is the same as no key (undefined). */
export function readReason(ctx: LoadContext, n: Node | null, what: string, fallback: string): string | undefined {
  if (n && isScalar(n) && typeof n.value === 'boolean') return n.value ? fallback : undefined;
  return readText(ctx, n, what);
}

/** One outcome: a label, or `{ text, critical }` whose ending fails the session. */
export function readOutcome(
  ctx: LoadContext,
  id: string,
  key: Node,
  n: Node | null,
): { text: string; critical?: string } {
  const what = `outcome "${id}"`;
  if (!n || !isMap(n)) return { text: readText(ctx, n, what) ?? id };
  const f = readMap(ctx, n, what, ['text', 'critical'], ['text'], key);
  const text = (f?.get('text') && readText(ctx, f.get('text')!.value, `${what}.text`)) || id;
  const cr = f?.get('critical');
  const critical = cr ? readReason(ctx, cr.value, `${what}.critical`, text) : undefined;
  return critical === undefined ? { text } : { text, critical };
}

/** Checks `required` against the rest of the criterion: positive points only, never with `critical`. */
export function checkRequired(ctx: LoadContext, c: Criterion, at: Node, what: string): void {
  if (c.required === undefined) return;
  if (c.points < 0)
    ctx.report(
      'RH013',
      at,
      msg`${what} has "required" but ${c.points} points: only a criterion that earns points can be required`,
      msg`a mistake fails the session with "critical: reason"; "required" is for what must not be left out`,
    );
  else if (c.critical !== undefined)
    ctx.report(
      'RH013',
      at,
      msg`${what} is both "critical" and "required": it would fail the session whether it matches or not`,
      msg`keep "required" for what the trainee must say, "critical" for what they must not`,
    );
}

/** `examples: { yes, no }` of a criterion; each example is kept with its position for the check. */
export function readExamples(
  ctx: LoadContext,
  n: Node | null,
  what: string,
  found: Collected,
  target: { node: string | null; criterion: Criterion },
): CriterionExamples | undefined {
  const f = readMap(ctx, n, what, ['yes', 'no']);
  if (!f) return undefined;
  if (f.size === 0) ctx.report('RH013', n, msg`${what} needs "yes" or "no": lists of whole answers`);
  const examples: CriterionExamples = { yes: [], no: [] };
  for (const kind of ['yes', 'no'] as const) {
    const e = f.get(kind);
    if (!e) continue;
    examples[kind] = readList(ctx, e.value, `${what}.${kind}`, (item, i) => {
      const text = readText(ctx, item, `${what}.${kind}[${i + 1}]`);
      if (text === undefined) return undefined;
      if (text.trim() === '') {
        ctx.report('RH013', item, msg`${what}.${kind}[${i + 1}] is empty: an example is a whole answer`);
        return undefined;
      }
      found.examples.push({ ...target, kind, text, at: item });
      return text;
    });
  }
  return examples;
}

/** `use: [set-id, …]`: the ids, each kept with its position for the resolution. */
export function readUse(ctx: LoadContext, n: Node | null, found: Collected): string[] {
  const ids: string[] = [];
  readList(ctx, n, 'use', (item, i) => {
    const id = readText(ctx, item, `use[${i + 1}]`);
    if (id === undefined || !checkId(ctx, id, item, 'concept set')) return undefined;
    if (ids.includes(id)) return undefined;
    ids.push(id);
    found.uses.push({ id, at: item });
    return id;
  });
  return ids;
}
