/**
 * The disagreements of the review: where trainers split, then where they agree and the engine does
 * not. Each can be added as a "yes" or "no" example of its criterion (written into the scenario file),
 * and a missed "yes" gets suggested phrases to accept; the criterion's examples are then judged again.
 */
import { useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Disagreement } from '../../app/review/analysis.ts';
import { phraseSuggestionsFor, type PhraseSuggestion } from '../../app/review/examples.ts';
import type { ReviewDesk } from '../../app/review/review-desk.ts';
import type { Scenario } from '../../engine/types.ts';
import type { ReviewT } from './use-review-text.ts';

const LISTED = 100;

type ItemProps = { d: Disagreement; desk: StoreApi<ReviewDesk>; scenario: Scenario; r: ReviewT };

function Suggestions({ d, desk, scenario, r, list, done }: ItemProps & { list: PhraseSuggestion[]; done(): void }) {
  if (list.length === 0) return <p className="small">{r('noSuggestion')}</p>;
  return (
    <ul className="suggestions">
      {list.map((s) => (
        <li key={s.phrase}>
          <span lang={scenario.locale}>
            {r('suggestion', {
              phrase: s.phrase,
              words: r.plural('words', s.words),
              also: r.plural('alsoCatches', s.alsoCatches),
            })}
          </span>{' '}
          <button type="button" onClick={() => desk.getState().acceptPhrase(d.criterion, s.phrase, s.group) && done()}>
            {r('accept')}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Item(props: ItemProps) {
  const { d, desk, scenario, r } = props;
  const [suggestions, setSuggestions] = useState<PhraseSuggestion[] | null>(null);
  const missed = !d.engineMet && d.verdicts.some((v) => v.met);
  const label = `${d.criterion} — ${d.answer.text.slice(0, 60)}`;
  const suggest = () => {
    const { review } = desk.getState();
    setSuggestions(review ? phraseSuggestionsFor(review, scenario, d.answer.id, d.criterion) : []);
  };
  const button = (text: string, run: () => unknown) => (
    <button type="button" aria-label={`${text}: ${label}`} onClick={() => void run()}>
      {text}
    </button>
  );
  return (
    <li className={`disagreement ${d.kind}`}>
      <p>
        <strong>{d.kind === 'trainers' ? r('trainersSplit') : r('engineDiffers')}</strong> · {d.criterion}{' '}
        <span className="small muted">({d.node})</span>
      </p>
      <blockquote lang={scenario.locale}>{d.answer.text}</blockquote>
      <p className="small">
        {r('engineSays')} {d.engineMet ? r('met') : r('notMet')}
        {d.verdicts.map((v) => (
          <span key={v.reviewer}>
            {' · '}
            {r('whoSays', { name: v.name })} {v.met ? r('met') : r('notMet')}
            {v.comment && <em> (“{v.comment}”)</em>}
          </span>
        ))}
      </p>
      <p className="actions">
        {button(r('addYes'), () => desk.getState().addExample(d.answer.id, d.criterion, 'yes'))}
        {button(r('addNo'), () => desk.getState().addExample(d.answer.id, d.criterion, 'no'))}
        {missed && button(r('suggest'), suggest)}
      </p>
      {suggestions && <Suggestions {...props} list={suggestions} done={() => setSuggestions(null)} />}
    </li>
  );
}

/** The list (the first hundred). */
export function DisagreementList(props: {
  disagreements: Disagreement[];
  desk: StoreApi<ReviewDesk>;
  scenario: Scenario;
  r: ReviewT;
}) {
  const { disagreements, r } = props;
  return (
    <section className="disagreements" aria-labelledby="disagreements-title">
      <h2 id="disagreements-title">{r('disagreements')}</h2>
      <p className="small muted">{r('disagreementsIntro')}</p>
      {disagreements.length === 0 ? (
        <p>{r('noDisagreement')}</p>
      ) : (
        <ul className="disagreement-list">
          {disagreements.slice(0, LISTED).map((d) => (
            <Item key={`${d.answer.id}/${d.criterion}`} d={d} {...props} />
          ))}
        </ul>
      )}
    </section>
  );
}
