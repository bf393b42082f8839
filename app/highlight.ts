/** Cutting an answer at the engine's match spans, for both screens to highlight. */
import type { Spans } from '../engine/types.ts';
import { own } from '../engine/util.ts';

/** A piece of the answer: plain, or covered by criteria that earned (+) or lost (-) points. */
export interface Segment {
  text: string;
  kind?: 'earned' | 'lost';
  ids: string[];
}

/** Cuts `text` into segments by the spans; `pointsOf` gives a criterion's points (negative: lost). */
export function segments(text: string, spans: Spans, pointsOf: (id: string) => number): Segment[] {
  const cuts = new Set([0, text.length]);
  const ranges: Array<{ s: number; e: number; id: string; lost: boolean }> = [];
  for (const id of Object.keys(spans)) {
    for (const [s, e] of own(spans, id) ?? []) {
      const a = Math.max(0, Math.min(text.length, s));
      const b = Math.max(a, Math.min(text.length, e));
      if (b > a) {
        ranges.push({ s: a, e: b, id, lost: pointsOf(id) < 0 });
        cuts.add(a).add(b);
      }
    }
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const cover = ranges.filter((r) => r.s <= a && r.e >= b);
    const kind = cover.length === 0 ? undefined : cover.some((r) => r.lost) ? 'lost' : 'earned';
    const seg: Segment = { text: text.slice(a, b), ids: cover.map((r) => r.id) };
    if (kind) seg.kind = kind;
    const prev = out[out.length - 1];
    if (prev && prev.kind === seg.kind && prev.ids.join() === seg.ids.join()) prev.text += seg.text;
    else out.push(seg);
  }
  return out;
}
