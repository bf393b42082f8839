/** Splits an answer into plain and matched pieces, from the engine's report spans. */
import type { Spans } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';

/** A piece of an answer; `hit` is true when it matched a criterion. */
export interface Piece {
  text: string;
  hit: boolean;
}

/** The answer cut at the matched character ranges (overlapping ranges merged). */
export function highlightPieces(answer: string, spans: Spans | undefined): Piece[] {
  const ranges: Array<[number, number]> = [];
  for (const id of spans ? Object.keys(spans) : []) {
    for (const r of own(spans, id) ?? []) {
      const a = Math.max(0, Math.min(answer.length, r[0]));
      const b = Math.max(a, Math.min(answer.length, r[1]));
      if (b > a) ranges.push([a, b]);
    }
  }
  ranges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const out: Piece[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) out.push({ text: answer.slice(at, a), hit: false });
    out.push({ text: answer.slice(a, b), hit: true });
    at = b;
  }
  if (at < answer.length || out.length === 0) out.push({ text: answer.slice(at), hit: false });
  return out;
}
