/**
 * The trainer review (#/review, loaded on demand): open a scenario file and trainees' progress exports,
 * review the answers prompt by prompt, see the agreement figures and the disagreements, add answers
 * as examples, and export the review and the edited scenario file. Kept in the TextStore as it goes.
 */
import { useEffect, useMemo, useRef } from 'react';
import sets from 'virtual:rehearse-concept-sets';
import { useStore } from 'zustand';
import type { TextStore } from '../../app/persistence.ts';
import { analyseReview } from '../../app/review/analysis.ts';
import { createReviewDesk } from '../../app/review/review-desk.ts';
import { conceptSetsOf } from '../../engine/load/index.ts';
import { AnswerPanel } from './answer-panel.tsx';
import { DeskNotices } from './desk-notices.tsx';
import { DisagreementList } from './disagreement-list.tsx';
import { ExportBar } from './export-bar.tsx';
import { FiguresPanel } from './figures-panel.tsx';
import { LoadPanel } from './load-panel.tsx';
import { useReviewText } from './use-review-text.ts';

/** The bundled library's shared concept sets: what a scenario's `use:` finds here, as in the preview. */
const conceptSets = conceptSetsOf(sets);

/** The review screen. */
export default function ReviewScreen({ store }: { store: TextStore }) {
  const r = useReviewText();
  const desk = useMemo(
    () => createReviewDesk(store, { loadOptions: { conceptSets }, fetch: (url, init) => window.fetch(url, init) }),
    [store],
  );
  const scenario = useStore(desk, (s) => s.scenario);
  const review = useStore(desk, (s) => s.review);
  const notices = useStore(desk, (s) => s.notices);
  const examples = useStore(desk, (s) => s.examples);
  const examplesTitle = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // An example or a phrase was just added (from the list below): show the judged examples.
    if (examples) examplesTitle.current?.focus();
  }, [examples]);
  const analysis = useMemo(() => (review && scenario ? analyseReview(review, scenario) : null), [review, scenario]);
  return (
    <section className="review" aria-labelledby="review-title">
      <h1 id="review-title">{r('title')}</h1>
      <p className="muted">{r('intro')}</p>
      <LoadPanel desk={desk} r={r} />
      <DeskNotices notices={notices} r={r} />
      {examples && scenario && (
        <section className="example-checks" aria-labelledby="examples-title">
          <h2 id="examples-title" tabIndex={-1} ref={examplesTitle}>
            {r('examplesOf', { id: examples.criterion })}
          </h2>
          <ul lang={scenario.locale}>
            {examples.results.map((e, i) => (
              <li key={i} className={e.ok ? 'ok' : 'error'}>
                {e.ok ? '✓' : '✗'} {e.kind}: “{e.text}” — {e.ok ? r('exampleOk') : `${r('exampleBad')}: ${e.message}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!scenario ? <p>{r('noScenario')}</p> : <AnswerPanel desk={desk} r={r} />}
      {scenario && <ExportBar desk={desk} r={r} />}
      {analysis && <FiguresPanel analysis={analysis} r={r} />}
      {analysis && scenario && analysis.reviewed > 0 && (
        <DisagreementList disagreements={analysis.disagreements} desk={desk} scenario={scenario} r={r} />
      )}
    </section>
  );
}
