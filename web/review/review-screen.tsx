/**
 * The trainer review (#/review, loaded on demand): open a scenario file and trainees' progress exports,
 * review the answers prompt by prompt, see the agreement figures and the disagreements, add answers
 * as examples, and export the review and the edited scenario file. Kept in the TextStore as it goes.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { TextStore } from '../../app/persistence.ts';
import { analyseReview } from '../../app/review/analysis.ts';
import { serializeReview } from '../../app/review/format.ts';
import { createReviewDesk } from '../../app/review/review-desk.ts';
import { downloadText } from '../download.ts';
import { AnswerPanel } from './answer-panel.tsx';
import { DeskNotices } from './desk-notices.tsx';
import { DisagreementList } from './disagreement-list.tsx';
import { FiguresPanel } from './figures-panel.tsx';
import { LoadPanel } from './load-panel.tsx';
import { useReviewText } from './use-review-text.ts';

/** The review screen. */
export default function ReviewScreen({ store }: { store: TextStore }) {
  const r = useReviewText();
  const desk = useMemo(() => createReviewDesk(store), [store]);
  const scenario = useStore(desk, (s) => s.scenario);
  const review = useStore(desk, (s) => s.review);
  const notices = useStore(desk, (s) => s.notices);
  const examples = useStore(desk, (s) => s.examples);
  const source = useStore(desk, (s) => s.source);
  const file = useStore(desk, (s) => s.file);
  const me = useStore(desk, (s) => s.me);
  const analysis = useMemo(() => (review && scenario ? analyseReview(review, scenario) : null), [review, scenario]);
  return (
    <section className="review" aria-labelledby="review-title">
      <h1 id="review-title">{r('title')}</h1>
      <p className="muted">{r('intro')}</p>
      <LoadPanel desk={desk} r={r} />
      <DeskNotices notices={notices} r={r} />
      {examples && scenario && (
        <section className="example-checks" aria-labelledby="examples-title">
          <h2 id="examples-title">{r('examplesOf', { id: examples.criterion })}</h2>
          <ul lang={scenario.locale}>
            {examples.results.map((e, i) => (
              <li key={i} className={e.ok ? 'ok' : 'error'}>
                {e.ok ? '✓' : '✗'} {e.kind}: “{e.text}” — {e.ok ? r('exampleOk') : r('exampleBad')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!scenario ? <p>{r('noScenario')}</p> : <AnswerPanel desk={desk} r={r} />}
      {review && scenario && (
        <p className="actions">
          <button
            type="button"
            disabled={review.answers.length === 0}
            onClick={() =>
              downloadText(
                `review-${scenario.id}-${me.name || me.id}.json`.replace(/[^\w.@-]+/g, '_'),
                serializeReview(review),
              )
            }
          >
            {r('exportReview')}
          </button>
          <button type="button" onClick={() => source !== null && downloadText(file, source, 'text/yaml')}>
            {r('saveScenario')}
          </button>
        </p>
      )}
      {analysis && <FiguresPanel analysis={analysis} r={r} />}
      {analysis && scenario && analysis.reviewed > 0 && (
        <DisagreementList disagreements={analysis.disagreements} desk={desk} scenario={scenario} r={r} />
      )}
    </section>
  );
}
