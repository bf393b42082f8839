/** An answer with the words that earned points (or lost them) highlighted, from the engine's spans. */
import type { Spans } from '../../engine/types.ts';
import { segments } from '../../app/highlight.ts';

/** The answer text with <mark> around the matched words; the text is always rendered as text. */
export function HighlightedAnswer({
  text,
  spans,
  pointsOf,
  lang,
}: {
  text: string;
  spans: Spans;
  pointsOf(id: string): number;
  lang?: string;
}) {
  return (
    <span className="answer-text" lang={lang}>
      {segments(text, spans, pointsOf).map((seg, i) =>
        seg.kind ? (
          <mark
            key={i}
            className={seg.kind}
            title={seg.ids.map((id) => `${id} (${pointsOf(id) > 0 ? '+' : ''}${pointsOf(id)})`).join(', ')}
          >
            {seg.text}
          </mark>
        ) : (
          <span key={i}>{seg.text}</span>
        ),
      )}
    </span>
  );
}
