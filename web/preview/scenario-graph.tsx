/**
 * The scenario's graph as SVG: nodes in BFS-depth columns with their kind, routes as arrows with
 * their condition (or the options that take them), the last play's path highlighted; zoom and
 * fit-to-width; marked stale when it is the last version without error.
 */
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../engine/types.ts';
import { useLang } from '../i18n/lang.tsx';
import { previewPlural, previewText } from '../i18n/preview-strings.ts';
import { layoutGraph, type GraphEdge } from './graph-layout.ts';

const NW = 140;
const NH = 38;
const CW = 210;
const RH = 58;
const M = 12;
const TOP = 48; // room for the arcs of routes going back
const LABEL = 26; // characters of a route's condition shown on the edge (all of it in its tooltip)
const ZOOMS = [0.25, 0.35, 0.5, 0.65, 0.8, 1, 1.25, 1.5, 2];

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The path of an edge between two placed boxes, and where its label goes. */
function edgeShape(a: { x: number; y: number }, b: { x: number; y: number }): { d: string; lx: number; ly: number } {
  const cx = a.x + NW / 2;
  if (b.x === a.x)
    return b.y > a.y
      ? { d: `M ${cx} ${a.y + NH} L ${cx} ${b.y}`, lx: cx + 4, ly: (a.y + NH + b.y) / 2 }
      : { d: `M ${cx} ${a.y} L ${cx} ${b.y + NH}`, lx: cx + 4, ly: (a.y + b.y + NH) / 2 };
  if (b.x < a.x)
    return {
      d: `M ${cx} ${a.y} C ${cx} ${M}, ${b.x + NW / 2} ${M}, ${b.x + NW / 2} ${b.y}`,
      lx: (cx + b.x + NW / 2) / 2,
      ly: M + 10,
    };
  const [x1, y1, x2, y2] = [a.x + NW, a.y + NH / 2, b.x, b.y + NH / 2];
  return {
    d: `M ${x1} ${y1} C ${x1 + 24} ${y1}, ${x2 - 24} ${y2}, ${x2} ${y2}`,
    lx: x1 + 6,
    ly: y1 + (y2 - y1) * 0.15 - 4,
  };
}

/** The text an edge carries: its conditions ("if trust >= 3"), else the options that take it. */
function edgeLabel(e: GraphEdge, ifWord: (cond: string) => string): string {
  if (e.conditions.length) return e.conditions.map(ifWord).join(' / ');
  return e.options.join(', ');
}

/** Zoom buttons and the level; `fit` scales the graph to the width of its box. */
function ZoomBar({ zoom, setZoom, fit }: { zoom: number; setZoom(z: number): void; fit(): void }) {
  const { lang } = useLang();
  const step = (dir: 1 | -1) => {
    const next = dir > 0 ? ZOOMS.find((z) => z > zoom + 0.001) : [...ZOOMS].reverse().find((z) => z < zoom - 0.001);
    setZoom(next ?? zoom);
  };
  return (
    <div className="graph-zoom" role="group" aria-label={previewText(lang, 'zoomLevel', { n: Math.round(zoom * 100) })}>
      <button type="button" onClick={() => step(-1)} aria-label={previewText(lang, 'zoomOut')}>
        −
      </button>
      <span className="small" aria-hidden="true">
        {Math.round(zoom * 100)}&nbsp;%
      </span>
      <button type="button" onClick={() => step(1)} aria-label={previewText(lang, 'zoomIn')}>
        +
      </button>
      <button type="button" onClick={fit}>
        {previewText(lang, 'zoomFit')}
      </button>
      <button type="button" onClick={() => setZoom(1)}>
        {previewText(lang, 'zoomReset')}
      </button>
    </div>
  );
}

/** The graph; `path` is the list of node ids of the last play; `stale` when the text now has an error. */
export const ScenarioGraph = memo(function ScenarioGraph({
  scenario,
  path,
  stale = false,
}: {
  scenario: Scenario;
  path: string[];
  stale?: boolean;
}) {
  const { t, lang } = useLang();
  const g = useMemo(() => layoutGraph(scenario), [scenario]);
  const box = useRef<HTMLDivElement>(null);
  const pos = new Map(g.nodes.map((n) => [n.id, { x: M + n.col * CW, y: TOP + n.row * RH }]));
  const onPath = new Set(path);
  const pathEdges = new Set(path.slice(1).map((to, i) => `${path[i]}→${to}`));
  const width = M * 2 + (g.cols - 1) * CW + NW;
  const height = TOP + M + (g.rows - 1) * RH + NH;
  const fitZoom = () => {
    const w = box.current?.clientWidth ?? 0;
    return w > 0 ? Math.max(0.2, Math.min(1, (w - 4) / width)) : 1;
  };
  const [zoom, setZoom] = useState(1);
  const fitted = useRef(false);
  useLayoutEffect(() => {
    if (fitted.current) return;
    fitted.current = true;
    setZoom(fitZoom()); // first drawn fitted to the width (once): the trainer zooms from there
  });
  const kind = (k: (typeof g.nodes)[number]) =>
    [k.start ? previewText(lang, 'kind_start') : '', previewText(lang, `kind_${k.kind}`)].filter(Boolean).join(' · ');
  const label =
    `${t('graph')}: ${previewPlural(lang, 'graphNodes', g.nodes.length)}, ${previewPlural(lang, 'graphRoutes', g.edges.length)}` +
    (path.length ? `; ${previewText(lang, 'graphPath', { path: path.join(' → ') })}` : '');
  return (
    <figure className={`graph${stale ? ' stale' : ''}`}>
      {stale && <p className="graph-stale">{previewText(lang, 'graphStale')}</p>}
      <ZoomBar zoom={zoom} setZoom={setZoom} fit={() => setZoom(fitZoom())} />
      <div className="graph-scroll" ref={box} tabIndex={0} role="region" aria-label={t('graph')}>
        <svg
          width={Math.round(width * zoom)}
          height={Math.round(height * zoom)}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-label={lang === 'fr' ? label.replace(/: /, '\u00a0: ') : label}
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
            const { d, lx, ly } = edgeShape(pos.get(e.from)!, pos.get(e.to)!);
            const text = edgeLabel(e, (cond) => previewText(lang, 'whenLabel', { cond }));
            return (
              <g key={i} className={e.conditions.length ? 'route conditional' : 'route'}>
                <path
                  d={d}
                  className={pathEdges.has(`${e.from}→${e.to}`) ? 'edge on-path' : 'edge'}
                  markerEnd="url(#arrow)"
                />
                {text && (
                  <text x={lx} y={ly} className="edge-label">
                    {cut(text, LABEL)}
                    <title>{text}</title>
                  </text>
                )}
              </g>
            );
          })}
          {g.nodes.map((n) => {
            const p = pos.get(n.id)!;
            return (
              <g
                key={n.id}
                transform={`translate(${p.x},${p.y})`}
                className={`gnode ${n.kind}${n.start ? ' start' : ''}${onPath.has(n.id) ? ' on-path' : ''}${n.reachable ? '' : ' unreachable'}`}
              >
                <rect width={NW} height={NH} rx={n.kind === 'end' ? 16 : 4} />
                <text x={NW / 2} y={15} textAnchor="middle">
                  {cut(n.id, 20)}
                </text>
                <text x={NW / 2} y={30} textAnchor="middle" className="gkind">
                  {n.reachable ? kind(n) : `${kind(n)} · ${previewText(lang, 'kind_unreachable')}`}
                </text>
                <title>{`${n.id} (${kind(n)})`}</title>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="small muted">{previewText(lang, 'graphLegend')}</figcaption>
    </figure>
  );
});
