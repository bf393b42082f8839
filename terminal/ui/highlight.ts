/** Splits an answer into plain and matched pieces, from the engine's report spans. */
import { segments } from '../../app/highlight.ts';
import type { Spans } from '../../engine/types.ts';

/** A piece of an answer; `hit` is true when it matched a criterion. */
export interface Piece {
  text: string;
  hit: boolean;
}

/** The answer cut at the matched character ranges (touching or overlapping matches form one piece). */
export function highlightPieces(answer: string, spans: Spans | undefined): Piece[] {
  const out: Piece[] = [];
  for (const seg of segments(answer, spans ?? {}, () => 1)) {
    const hit = seg.kind !== undefined;
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += seg.text;
    else out.push({ text: seg.text, hit });
  }
  return out.length ? out : [{ text: answer, hit: false }];
}
