/** Graph checks: nodes that cannot be reached, nodes that cannot reach an end, unearnable competencies. */
import { earnableCompetencies, exits } from '../scenario-graph.ts';
import { msg } from '../diagnostics/message.ts';
import type { Scenario } from '../types.ts';
import { has } from '../util.ts';
import type { Collected } from './collect.ts';
import { LoadContext, isMap, isScalar, type Node } from './context.ts';

/** Warns on unreachable nodes; errors on nodes from which no end can be reached. */
export function checkGraph(ctx: LoadContext, s: Scenario, found: Collected): void {
  const ids = Object.keys(s.nodes);
  if (!has(s.nodes, s.start)) return;
  const reached = new Set<string>([s.start]);
  const stack = [s.start];
  const back = new Map<string, string[]>();
  for (const id of ids)
    for (const t of exits(s.nodes[id]!)) {
      if (!has(s.nodes, t)) continue;
      let l = back.get(t);
      if (!l) back.set(t, (l = []));
      l.push(id);
    }
  while (stack.length) {
    const id = stack.pop()!;
    for (const t of exits(s.nodes[id]!))
      if (has(s.nodes, t) && !reached.has(t)) {
        reached.add(t);
        stack.push(t);
      }
  }
  const ending = new Set<string>(ids.filter((id) => s.nodes[id]!.end !== undefined));
  const queue = [...ending];
  while (queue.length) {
    const id = queue.pop()!;
    for (const p of back.get(id) ?? [])
      if (!ending.has(p)) {
        ending.add(p);
        queue.push(p);
      }
  }
  for (const id of ids) {
    const n = s.nodes[id]!;
    if (!reached.has(id))
      ctx.report(
        'RH042',
        found.nodeKeys.get(id),
        msg`node "${id}" cannot be reached from start "${s.start}"`,
        msg`route to it with goto, or remove it`,
      );
    else if (!ending.has(id) && exits(n).length > 0 && exits(n).every((t) => has(s.nodes, t))) {
      // no exit at all is RH040 already
      ctx.report(
        'RH043',
        found.nodeKeys.get(id),
        msg`from node "${id}" no path leads to an end: a session that gets here can never finish`,
        msg`route one of its exits towards a node with "end: …"`,
      );
    }
  }
}

/** Warns on declared competencies that no criterion or option can earn points in. */
export function checkCompetencies(ctx: LoadContext, s: Scenario, root: Node | null): void {
  const earnable = new Set<string>();
  for (const n of Object.values(s.nodes))
    if (n.ask) for (const id of earnableCompetencies(n.ask).keys()) earnable.add(id);
  const comps =
    root && isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'competencies')?.value : null;
  for (const id of Object.keys(s.competencies)) {
    if (earnable.has(id)) continue;
    const key =
      comps && isMap(comps)
        ? (comps.items.find((p) => isScalar(p.key) && String(p.key.value) === id)?.key as Node | undefined)
        : undefined;
    ctx.report(
      'RH044',
      key ?? null,
      msg`no criterion or option can earn points in competency "${id}"`,
      msg`give it a criterion or option with positive points, or remove it`,
    );
  }
}
