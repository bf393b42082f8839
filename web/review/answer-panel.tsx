/**
 * The answer under review: its prompt, the answer with the engine's highlights, and per criterion
 * the engine's verdict and the trainer's, to agree with or flip, with a comment. Keyboard-only:
 * Enter / A agree and go on, 1–9 flip, C comment, J / K next / previous answer, ] / [ prompts.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { engineReading } from '../../app/review/answers.ts';
import type { ReviewDesk } from '../../app/review/review-desk.ts';
import { answerAt, verdictsOf } from '../../app/review/verdicts.ts';
import { HighlightedAnswer } from '../components/highlighted-answer.tsx';
import { pointsIn } from '../components/scenario-lookup.ts';
import type { ReviewT } from './use-review-text.ts';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
const NOT_TYPED = new Set(['file', 'checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color']);
/** True when keys go into a text field (so they are not review keys). */
const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement &&
  (t.isContentEditable ||
    ['TEXTAREA', 'SELECT'].includes(t.tagName) ||
    (t instanceof HTMLInputElement && !NOT_TYPED.has(t.type)));

/** Keys of the review: returns true when the key was one. */
function handleKey(
  e: KeyboardEvent,
  desk: ReviewDesk,
  count: number,
  onComment: () => void,
  flip: (i: number) => void,
) {
  if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return false;
  const key = e.key.toLowerCase();
  if (key === 'enter' && e.target instanceof HTMLElement && ['BUTTON', 'A'].includes(e.target.tagName)) return false;
  if (key === 'enter' || key === 'a') desk.agree();
  else if (/^[1-9]$/.test(key) && Number(key) <= count) flip(Number(key) - 1);
  else if (key === 'c') onComment();
  else if (key === 'j') desk.move(1);
  else if (key === 'k') desk.move(-1);
  else if (key === ']') desk.movePrompt(1);
  else if (key === '[') desk.movePrompt(-1);
  else return false;
  return true;
}

/** The answer panel. */
export function AnswerPanel({ desk, r }: { desk: StoreApi<ReviewDesk>; r: ReviewT }) {
  const { review, scenario, groups, place, me } = useStore(desk);
  const answer = answerAt(groups, place);
  const [selected, setSelected] = useState(0);
  const comments = useRef<Array<HTMLInputElement | null>>([]);
  const panel = useRef<HTMLElement>(null);
  const answerKey = answer?.id;
  useEffect(() => {
    // Keyboard flow: each new answer takes the focus, so Enter agrees and the digits flip.
    if (answerKey && !typing(document.activeElement)) panel.current?.focus({ preventScroll: true });
  }, [answerKey]);
  const reading = useMemo(
    () => (scenario && answer ? engineReading(scenario, answer.node, answer.text) : null),
    [scenario, answer],
  );
  const verdicts = review && scenario && answer ? verdictsOf(review, scenario, me.id, answer) : null;
  const count = verdicts?.lines.length ?? 0;
  const flip = (i: number) => {
    const line = verdicts?.lines[i];
    if (!line) return;
    setSelected(i);
    desk.getState().change({ flip: line.criterion.id });
    panel.current?.focus({ preventScroll: true });
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (handleKey(e, desk.getState(), count, () => comments.current[selected]?.focus(), flip)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  if (!scenario || !answer || !verdicts || !place) return <p>{r('noAnswers')}</p>;
  const g = groups.findIndex((x) => x.node === place.node);
  const group = groups[g]!;
  const mine = review?.reviewers.find((x) => x.id === me.id);
  const done = mine ? Object.keys(mine.verdicts).length : 0;
  return (
    <section className="answer-panel" aria-labelledby="answer-title" tabIndex={-1} ref={panel}>
      <p className="small muted">
        {r('prompt', { n: g + 1, of: groups.length })} · {r('answer', { n: place.index + 1, of: group.answers.length })}{' '}
        · {r('reviewedCount', { n: done, of: review!.answers.length })}
      </p>
      <h2 id="answer-title" lang={scenario.locale}>
        {group.prompt ?? group.node}
      </h2>
      <p className="line mine review-answer">
        <HighlightedAnswer
          text={answer.text}
          spans={reading?.spans ?? {}}
          pointsOf={pointsIn(scenario, answer.node)}
          lang={scenario.locale}
        />
      </p>
      <p className="small muted">
        {verdicts.reviewed ? r('reviewed') : r('notReviewed')} {r('source', { n: answer.from.length })}
      </p>
      <ol className="verdicts" lang={scenario.locale}>
        {verdicts.lines.map((l, i) => (
          <li key={l.criterion.id} className={`${l.met ? 'met' : 'not-met'}${l.met !== l.engine ? ' corrected' : ''}`}>
            <span className="key" aria-hidden="true">
              {i + 1}
            </span>
            <span className="crit">
              <strong>{l.criterion.id}</strong> ({signed(l.criterion.points)}){' '}
              {l.criterion.feedback ?? l.criterion.match?.join(' / ')}
            </span>
            <span className="says">
              {r('engineSays')}: {l.engine ? `✓ ${r('met')}` : `✗ ${r('notMet')}`} · {r('youSay')}:{' '}
              <strong>{l.met ? `✓ ${r('met')}` : `✗ ${r('notMet')}`}</strong>
              {l.met !== l.engine && <em> — {r('changed')}</em>}
            </span>
            <button type="button" onClick={() => flip(i)}>
              {r('flipKey', { key: i + 1 })}
            </button>
            <input
              type="text"
              key={`${answer.id}-${l.criterion.id}`}
              ref={(el) => {
                comments.current[i] = el;
              }}
              aria-label={r('comment', { id: l.criterion.id })}
              defaultValue={l.comment}
              maxLength={5000}
              onFocus={() => setSelected(i)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === 'Escape') (e.target as HTMLInputElement).blur();
              }}
              onBlur={(e) => {
                if (e.target.value.trim() !== l.comment)
                  desk.getState().change({ comment: l.criterion.id, text: e.target.value });
              }}
            />
          </li>
        ))}
      </ol>
      <p className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            desk.getState().agree();
            panel.current?.focus({ preventScroll: true });
          }}
        >
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
