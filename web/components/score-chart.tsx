/** A small SVG line chart of one competency's scores over time (0–100 %). */
import type { HistoryPoint } from '../../app/progress.ts';

const W = 320;
const H = 120;
const PAD = 24;

/** The chart; its accessible name lists the scores in order. */
export function ScoreChart({ title, points }: { title: string; points: HistoryPoint[] }) {
  const x = (i: number) => PAD + (points.length <= 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (score: number) => H - PAD - (score / 100) * (H - 2 * PAD);
  const desc = points.map((p) => `${p.at.slice(0, 10)}: ${p.score}%`).join(', ');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={`${title}. ${desc}`}>
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={PAD} x2={W - PAD / 2} y1={y(v)} y2={y(v)} className="grid" />
            <text x={2} y={y(v) + 4} className="axis">
              {v}
            </text>
          </g>
        ))}
        <polyline fill="none" className="series" points={points.map((p, i) => `${x(i)},${y(p.score)}`).join(' ')} />
        {points.map((p, i) => (
          <circle key={i} cx={x(i)} cy={y(p.score)} r={4} className="dot">
            <title>{`${p.at.slice(0, 16).replace('T', ' ')} — ${p.scenario}: ${p.score}%`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
