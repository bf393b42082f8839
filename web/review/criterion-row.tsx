/** One criterion of the answer under review: the engine's verdict, the trainer's, the flip button and a comment. */
import type { Ref } from 'react';
import type { CriterionLine } from '../../app/review/verdicts.ts';
import { signedPoints } from '../../app/score-display.ts';
import type { ReviewT } from './use-review-text.ts';

/** The row of criterion number `index` (0-based; its key is index + 1). */
export function CriterionRow(props: {
  line: CriterionLine;
  index: number;
  answerId: string;
  r: ReviewT;
  commentRef: Ref<HTMLInputElement>;
  onFlip(): void;
  onFocus(): void;
  onComment(text: string): void;
}) {
  const { line: l, index, r } = props;
  const verdict = (met: boolean) => (met ? `✓ ${r('met')}` : `✗ ${r('notMet')}`);
  return (
    <li className={`${l.met ? 'met' : 'not-met'}${l.met !== l.engine ? ' corrected' : ''}`}>
      <span className="key" aria-hidden="true">
        {index + 1}
      </span>
      <span className="crit">
        <strong>{l.criterion.id}</strong> ({signedPoints(l.criterion.points)}){' '}
        {l.criterion.feedback ?? l.criterion.match?.join(' / ')}
      </span>
      <span className="says">
        {r('engineSays')} {verdict(l.engine)} · {r('youSay')} <strong>{verdict(l.met)}</strong>
        {l.met !== l.engine && <em> — {r('changed')}</em>}
      </span>
      <button type="button" onClick={props.onFlip}>
        {r('flipKey', { key: index + 1 })}
      </button>
      <input
        type="text"
        key={`${props.answerId}-${l.criterion.id}`}
        ref={props.commentRef}
        aria-label={r('comment', { id: l.criterion.id })}
        defaultValue={l.comment}
        maxLength={5000}
        onFocus={props.onFocus}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === 'Escape') (e.target as HTMLInputElement).blur();
        }}
        onBlur={(e) => e.target.value.trim() !== l.comment && props.onComment(e.target.value)}
      />
    </li>
  );
}
