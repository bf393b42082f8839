/** Text drawings for the terminal: score bars (████░░) and trend sparklines (▁▂▃▄▅▆▇█). */
import { scoreBand } from '../../app/score-display.ts';

const BAND_COLOR = { good: 'green', mid: 'yellow', low: 'red' } as const;

/** The colour of a score's bar (its band, app/score-display.ts). */
export function bandColor(score: number): 'green' | 'yellow' | 'red' {
  return BAND_COLOR[scoreBand(score)];
}

/** A bar of `width` cells for a 0–100 score, e.g. bar(50, 6) = "███░░░". */
export function bar(score: number, width = 20): string {
  const s = Math.max(0, Math.min(100, Number.isFinite(score) ? score : 0));
  const full = Math.round((s / 100) * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

const TICKS = '▁▂▃▄▅▆▇█';

/** A sparkline of 0–100 scores, one character each, oldest first; the last `max` values only. */
export function sparkline(scores: readonly number[], max = 30): string {
  return scores
    .slice(-max)
    .map((v) => TICKS[Math.max(0, Math.min(7, Math.round((Math.max(0, Math.min(100, v)) / 100) * 7)))])
    .join('');
}

/** The direction of the last scores against the earlier ones: ↗ ↘ or →. */
export function trend(scores: readonly number[]): '↗' | '↘' | '→' {
  if (scores.length < 2) return '→';
  const last = scores[scores.length - 1]!;
  const before = scores.slice(0, -1);
  const mean = before.reduce((s, x) => s + x, 0) / before.length;
  return last > mean + 2 ? '↗' : last < mean - 2 ? '↘' : '→';
}

/**
 * Cells a row of label + bar + score may use: a bar shrinks to 5 cells, then labels are cut (60 columns).
 * `after` is the widest text after a bar (" 100", or a "not assessed" note).
 */
export function barLayout(
  columns: number,
  labels: readonly string[],
  indent = 2,
  after = 4,
): { label: number; bar: number } {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  const room = Math.max(20, columns - 1) - indent - 1 - after; // indent, space, what follows the bar
  const bar = Math.max(5, Math.min(20, room - longest));
  return { label: Math.max(8, Math.min(longest, room - bar)), bar };
}

/** A text cut to `n` characters with an ellipsis, padded to `n`: one column of a table. */
export function column(s: string, n: number): string {
  return (s.length <= n ? s : `${s.slice(0, Math.max(0, n - 1)).trimEnd()}…`).padEnd(n);
}
