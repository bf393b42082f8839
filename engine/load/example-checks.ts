/** RH068: every example of a criterion (or of a shared concept) judged where it is written; a misbehaving one warns. */
import { judgeExample, type ExampleResult } from '../examples.ts';
import type { Scenario } from '../types.ts';
import { own } from '../util.ts';
import type { Collected } from './collect.ts';
import type { LoadContext } from './context.ts';

/** Judges the collected examples against `scenario` (for a set: its shell); warns on misbehaving ones, returns all. */
export function checkExamples(ctx: LoadContext, scenario: Scenario, found: Collected): ExampleResult[] {
  const out: ExampleResult[] = [];
  for (const e of found.examples) {
    const ask = e.node === null ? undefined : own(scenario.nodes, e.node)?.ask;
    const others = ask?.kind === 'free' ? ask.criteria.filter((c) => c !== e.criterion) : [];
    const verdict = judgeExample(scenario, e.criterion, others, e.kind, e.text);
    const pos = ctx.lc.linePos(e.at?.range?.[0] ?? 0);
    out.push({
      node: e.node,
      criterion: e.criterion.id,
      kind: e.kind,
      text: e.text,
      ...verdict,
      line: pos.line,
      column: pos.col,
    });
    if (!verdict.ok) ctx.report('RH068', e.at, verdict.detail?.message ?? verdict.message, verdict.detail?.hint);
  }
  return out;
}
