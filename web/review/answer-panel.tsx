/**
 * The answer under review: its prompt, the answer with the engine's highlights, and per criterion
 * the engine's verdict and the trainer's, to agree with or flip, with a comment. Keyboard-only
 * (use-review-keys.ts); each new answer takes the focus, so Enter agrees and the digits flip.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { engineReading } from '../../app/review/answers.ts';
import type { ReviewAnswer } from '../../app/review/format.ts';
import type { ReviewDesk } from '../../app/review/review-desk.ts';
import { answerAt, verdictsOf } from '../../app/review/verdicts.ts';
import { HighlightedAnswer } from '../components/highlighted-answer.tsx';
import { pointsIn } from '../components/scenario-lookup.ts';
import { CriterionRow } from './criterion-row.tsx';
import { typing, useReviewKeys } from './use-review-keys.ts';
import type { ReviewT } from './use-review-text.ts';

function Position({ desk, r }: { desk: StoreApi<ReviewDesk>; r: ReviewT }) {
  const { review, groups, place, me } = useStore(desk);
  const g = groups.findIndex((x) => x.node === place?.node);
  const mine = review?.reviewers.find((x) => x.id === me.id);
  const done = mine ? Object.keys(mine.verdicts).length : 0;
  return (
    <p className="small muted">
      {r('prompt', { n: g + 1, of: groups.length })} ·{' '}
      {r('answer', { n: (place?.index ?? 0) + 1, of: groups[g]?.answers.length ?? 0 })} ·{' '}
      {r.plural('reviewedCount', review?.answers.length ?? 0, { done })}
    </p>
  );
}

/** The prompt, the answer with the engine's highlights, and whether this trainer judged it. */
function AnswerText(props: { desk: StoreApi<ReviewDesk>; answer: ReviewAnswer; reviewed: boolean; r: ReviewT }) {
  const { answer, r } = props;
  const scenario = useStore(props.desk, (s) => s.scenario)!;
  const groups = useStore(props.desk, (s) => s.groups);
  const reading = useMemo(() => engineReading(scenario, answer.node, answer.text), [scenario, answer]);
  return (
    <>
      <h2 id="answer-title" lang={scenario.locale}>
        {groups.find((x) => x.node === answer.node)?.prompt ?? answer.node}
      </h2>
      <p className="line mine review-answer">
        <HighlightedAnswer
          text={answer.text}
          spans={reading.spans}
          pointsOf={pointsIn(scenario, answer.node)}
          lang={scenario.locale}
        />
      </p>
      <p className="small muted">
        {props.reviewed ? r('reviewed') : r('notReviewed')} {r.plural('source', answer.from.length)}
      </p>
    </>
  );
}

/** The answer panel. */
export function AnswerPanel({ desk, r }: { desk: StoreApi<ReviewDesk>; r: ReviewT }) {
  const { review, scenario, groups, place, me } = useStore(desk);
  const answer = answerAt(groups, place);
  const [selected, setSelected] = useState(0);
  const comments = useRef<Array<HTMLInputElement | null>>([]);
  const panel = useRef<HTMLElement>(null);
  const focusPanel = () => panel.current?.focus({ preventScroll: true });
  useEffect(() => {
    if (answer?.id && !typing(document.activeElement)) focusPanel();
  }, [answer?.id]);
  const verdicts = review && scenario && answer ? verdictsOf(review, scenario, me.id, answer) : null;
  const flip = (i: number) => {
    const line = verdicts?.lines[i];
    if (!line) return;
    setSelected(i);
    desk.getState().change({ flip: line.criterion.id });
    focusPanel();
  };
  useReviewKeys(desk, { count: verdicts?.lines.length ?? 0, flip, comment: () => comments.current[selected]?.focus() });
  if (!scenario || !answer || !verdicts) return <p>{r('noAnswers')}</p>;
  return (
    <section className="answer-panel" aria-labelledby="answer-title" tabIndex={-1} ref={panel}>
      <Position desk={desk} r={r} />
      <AnswerText desk={desk} answer={answer} reviewed={verdicts.reviewed} r={r} />
      <ol className="verdicts" lang={scenario.locale}>
        {verdicts.lines.map((l, i) => (
          <CriterionRow
            key={l.criterion.id}
            line={l}
            index={i}
            answerId={answer.id}
            r={r}
            commentRef={(el) => void (comments.current[i] = el)}
            onFlip={() => flip(i)}
            onFocus={() => setSelected(i)}
            onComment={(text) => desk.getState().change({ comment: l.criterion.id, text })}
          />
        ))}
      </ol>
      <p className="actions">
        <button type="button" className="primary" onClick={() => (desk.getState().agree(), focusPanel())}>
          {r('agree')}
        </button>
        <button type="button" onClick={() => desk.getState().move(-1)}>
          {r('previous')}
        </button>
        <button type="button" onClick={() => desk.getState().move(1)}>
          {r('next')}
        </button>
      </p>
      <p className="small muted">{r('keys')}</p>
    </section>
  );
}
