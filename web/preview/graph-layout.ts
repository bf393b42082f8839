/** A layered layout of a scenario's graph: BFS depth from the start gives the column. Pure, for the SVG. */
import { exits } from '../../engine/scenario-graph.ts';
import type { Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';

/** A placed node: its kind is what it does (a free-text or choice prompt, an end, or a step that only routes). */
export interface GraphNode {
  id: string;
  col: number;
  row: number;
  kind: 'free' | 'choice' | 'end' | 'step';
  start: boolean;
  reachable: boolean;
}

/** A placed edge between two node ids, with the conditions of its routes and the options that take it. */
export interface GraphEdge {
  from: string;
  to: string;
  /** The `when` of each conditional route from `from` to `to` (an unconditional one adds nothing). */
  conditions: string[];
  /** The ids of the choice options that go this way. */
  options: string[];
}

/** The edges leaving a node, one per target, with their conditions and options. */
function edgesOf(node: Scenario['nodes'][string]): GraphEdge[] {
  const byTarget = new Map<string, GraphEdge>();
  const edge = (to: string) => {
    let e = byTarget.get(to);
    if (!e) byTarget.set(to, (e = { from: node.id, to, conditions: [], options: [] }));
    return e;
  };
  const ask = node.ask;
  const routes = [...(ask?.kind === 'free' ? ask.next : []), ...(node.next ?? [])];
  if (ask?.kind === 'choice') for (const o of ask.options) edge(o.goto).options.push(o.id);
  if (node.goto) edge(node.goto);
  for (const r of routes) {
    const e = edge(r.goto);
    if (r.when) e.conditions.push(r.when.src);
  }
  return [...byTarget.values()];
}

/** Columns by BFS depth from `start`; nodes that cannot be reached go in a last column. */
export function layoutGraph(s: Scenario): { nodes: GraphNode[]; edges: GraphEdge[]; cols: number; rows: number } {
  const depth = new Map<string, number>([[s.start, 0]]);
  const queue = [s.start];
  while (queue.length) {
    const id = queue.shift()!;
    const node = own(s.nodes, id);
    if (!node) continue;
    for (const to of exits(node)) {
      if (!depth.has(to) && own(s.nodes, to)) {
        depth.set(to, depth.get(id)! + 1);
        queue.push(to);
      }
    }
  }
  const maxDepth = Math.max(0, ...depth.values());
  const ids = Object.keys(s.nodes);
  const order = [...depth.keys(), ...ids.filter((id) => !depth.has(id))];
  const rowsPerCol = new Map<number, number>();
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const id of order) {
    const node = own(s.nodes, id);
    if (!node) continue;
    const reachable = depth.has(id);
    const col = reachable ? depth.get(id)! : maxDepth + 1;
    const row = rowsPerCol.get(col) ?? 0;
    rowsPerCol.set(col, row + 1);
    const kind = node.end !== undefined ? 'end' : (node.ask?.kind ?? 'step');
    nodes.push({ id, col, row, kind, start: id === s.start, reachable });
    for (const e of edgesOf(node)) if (own(s.nodes, e.to)) edges.push(e);
  }
  return { nodes, edges, cols: Math.max(0, ...nodes.map((n) => n.col)) + 1, rows: Math.max(1, ...rowsPerCol.values()) };
}
