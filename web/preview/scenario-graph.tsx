/** The scenario's graph as SVG: nodes in BFS-depth columns, routes as arrows, the last play's path highlighted. */
import { memo, useMemo } from 'react';
import type { Scenario } from '../../engine/types.ts';
import { useLang } from '../i18n/lang.tsx';
import { layoutGraph } from './graph-layout.ts';

const NW = 128;
const NH = 30;
const CW = 176;
const RH = 46;
const M = 12;
const TOP = 48; // room for the arcs of routes going back

/** The graph; `path` is the list of node ids of the last play. */
export const ScenarioGraph = memo(function ScenarioGraph({ scenario, path }: { scenario: Scenario; path: string[] }) {
  const { t } = useLang();
  const g = useMemo(() => layoutGraph(scenario), [scenario]);
  const pos = new Map(g.nodes.map((n) => [n.id, { x: M + n.col * CW, y: TOP + n.row * RH }]));
  const onPath = new Set(path);
  const pathEdges = new Set(path.slice(1).map((to, i) => `${path[i]}→${to}`));
  const width = M * 2 + (g.cols - 1) * CW + NW;
  const height = TOP + M + (g.rows - 1) * RH + NH;
  return (
    <figure className="graph">
      <div className="graph-scroll">
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={`${t('graph')}: ${g.nodes.length} nodes, ${g.edges.length} routes${path.length ? `; path ${path.join(' → ')}` : ''}`}
        >
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="8"
              markerHeight="8"
              markerUnits="userSpaceOnUse"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" className="arrow-head" />
            </marker>
          </defs>
          {g.edges.map((e, i) => {
            const a = pos.get(e.from)!;
            const b = pos.get(e.to)!;
            const x1 = a.x + NW;
            const y1 = a.y + NH / 2;
            const x2 = b.x;
            const y2 = b.y + NH / 2;
            const cx = a.x + NW / 2;
            const d =
              b.x === a.x // same column: straight down (or up) between the boxes
                ? b.y > a.y
                  ? `M ${cx} ${a.y + NH} L ${cx} ${b.y}`
                  : `M ${cx} ${a.y} L ${cx} ${b.y + NH}`
                : b.x < a.x // back to an earlier column: an arc over the top
                  ? `M ${a.x + NW / 2} ${a.y} C ${a.x + NW / 2} ${M}, ${b.x + NW / 2} ${M}, ${b.x + NW / 2} ${b.y}`
                  : `M ${x1} ${y1} C ${x1 + 24} ${y1}, ${x2 - 24} ${y2}, ${x2} ${y2}`;
            return (
              <path
                key={i}
                d={d}
                className={pathEdges.has(`${e.from}→${e.to}`) ? 'edge on-path' : 'edge'}
                markerEnd="url(#arrow)"
              />
            );
          })}
          {g.nodes.map((n) => {
            const p = pos.get(n.id)!;
            return (
              <g
                key={n.id}
                transform={`translate(${p.x},${p.y})`}
                className={`gnode ${n.kind}${onPath.has(n.id) ? ' on-path' : ''}${n.reachable ? '' : ' unreachable'}`}
              >
                <rect width={NW} height={NH} rx={n.kind === 'end' ? 14 : 4} />
                <text x={NW / 2} y={NH / 2 + 4} textAnchor="middle">
                  {n.id.length > 18 ? `${n.id.slice(0, 17)}…` : n.id}
                </text>
                <title>{n.id}</title>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="small muted">{t('graphLegend')}</figcaption>
    </figure>
  );
});
