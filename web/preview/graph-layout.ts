/** A layered layout of a scenario's graph: BFS depth from the start gives the column. Pure, for the SVG. */
import { exits } from '../../engine/scenario-graph.ts';
import type { Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';

/** A placed node. */
export interface GraphNode {
  id: string;
  col: number;
  row: number;
  kind: 'start' | 'ask' | 'end' | 'step';
  reachable: boolean;
}

/** A placed edge between two node ids. */
export interface GraphEdge {
  from: string;
  to: string;
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
    const kind = id === s.start ? 'start' : node.end !== undefined ? 'end' : node.ask ? 'ask' : 'step';
    nodes.push({ id, col, row, kind, reachable });
    for (const to of exits(node)) if (own(s.nodes, to)) edges.push({ from: id, to });
  }
  return { nodes, edges, cols: Math.max(0, ...nodes.map((n) => n.col)) + 1, rows: Math.max(1, ...rowsPerCol.values()) };
}
