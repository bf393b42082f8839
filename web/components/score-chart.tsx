/** A small SVG line chart of scores over dated attempts (0–100 %), the dates on its axis, in the UI language. */
import { useLang } from '../i18n/lang.tsx';

const W = 320;
const H = 130;
const PAD = 26;

/** A point of the chart: when, and the score then. */
export interface ChartPoint {
  at: string;
  score: number;
}

/** The x of each point: by date when the dates differ, else evenly. */
function xs(points: readonly ChartPoint[]): number[] {
  const times = points.map((p) => Date.parse(p.at));
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const span = W - 2 * PAD;
  if (points.length <= 1) return [PAD + span / 2];
  return last > first
    ? times.map((t) => PAD + ((t - first) / (last - first)) * span)
    : points.map((_, i) => PAD + (i * span) / (points.length - 1));
}

/** The chart; its accessible name lists each date and score. */
export function ScoreChart({ title, points, small = false }: { title: string; points: ChartPoint[]; small?: boolean }) {
  const { pct, date, colon } = useLang();
  const x = xs(points);
  const y = (score: number) => H - PAD - (score / 100) * (H - 2 * PAD);
  const desc = points.map((p) => `${colon(date(p.at))} ${pct(p.score)}`).join(', ');
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure className={small ? 'chart small-chart' : 'chart'}>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={`${title}. ${desc}`}>
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line x1={PAD} x2={W - PAD / 2} y1={y(v)} y2={y(v)} className="grid" />
            <text x={2} y={y(v) + 4} className="axis">
              {v}
            </text>
          </g>
        ))}
        {first && (
          <text x={x[0]} y={H - 6} className="axis" textAnchor={points.length > 1 ? 'start' : 'middle'}>
            {date(first.at)}
          </text>
        )}
        {last && points.length > 1 && (
          <text x={x[x.length - 1]} y={H - 6} className="axis" textAnchor="end">
            {date(last.at)}
          </text>
        )}
        <polyline fill="none" className="series" points={points.map((p, i) => `${x[i]},${y(p.score)}`).join(' ')} />
        {points.map((p, i) => (
          <circle key={i} cx={x[i]} cy={y(p.score)} r={4} className="dot">
            <title>{`${date(p.at, true)} — ${pct(p.score)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
