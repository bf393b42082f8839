/**
 * What a scenario's nodes lead to and can earn: the one definition the checker (engine/load/graph.ts),
 * the scoring (engine/session/scoring.ts), the drill (app/drill.ts) and the preview's graph use.
 */
import type { ChoiceAsk, FreeAsk, ScenarioNode } from './types.ts';

/** The node ids a node can go to next, in order (prompt routes, options, goto, next), without repeats. */
export function exits(node: ScenarioNode): string[] {
  const out: string[] = [];
  const ask = node.ask;
  if (ask?.kind === 'free') for (const r of ask.next) out.push(r.goto);
  if (ask?.kind === 'choice') for (const o of ask.options) out.push(o.goto);
  if (node.goto) out.push(node.goto);
  for (const r of node.next ?? []) out.push(r.goto);
  return [...new Set(out)];
}

/**
 * The points a prompt can earn per competency: every positive criterion of a free prompt adds up,
 * a choice earns at most its best positive option (the contract's "possible").
 */
export function earnableCompetencies(ask: FreeAsk | ChoiceAsk): Map<string, number> {
  const out = new Map<string, number>();
  if (ask.kind === 'free') {
    for (const c of ask.criteria) if (c.points > 0) out.set(c.competency, (out.get(c.competency) ?? 0) + c.points);
    return out;
  }
  for (const o of ask.options)
    if (o.competency !== undefined && (o.points ?? 0) > 0)
      out.set(o.competency, Math.max(out.get(o.competency) ?? 0, o.points!));
  return out;
}
