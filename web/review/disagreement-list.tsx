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

function Item({
  d,
  desk,
  scenario,
  r,
}: {
  d: Disagreement;
  desk: StoreApi<ReviewDesk>;
  scenario: Scenario;
  r: ReviewT;
}) {
  const [suggestions, setSuggestions] = useState<PhraseSuggestion[] | null>(null);
  const missed = !d.engineMet && d.verdicts.some((v) => v.met);
  const label = `${d.criterion} — ${d.answer.text.slice(0, 60)}`;
  return (
    <li className={`disagreement ${d.kind}`}>
      <p>
        <strong>{d.kind === 'trainers' ? r('trainersSplit') : r('engineDiffers')}</strong> · {d.criterion}{' '}
        <span className="small muted">({d.node})</span>
      </p>
      <blockquote lang={scenario.locale}>{d.answer.text}</blockquote>
      <p className="small">
        {r('engineSays')}: {d.engineMet ? r('met') : r('notMet')}
        {d.verdicts.map((v) => (
          <span key={v.reviewer}>
            {' · '}
            {v.name}: {v.met ? r('met') : r('notMet')}
            {v.comment && <em> (“{v.comment}”)</em>}
          </span>
        ))}
      </p>
      <p className="actions">
        <button
          type="button"
          aria-label={`${r('addYes')}: ${label}`}
          onClick={() => desk.getState().addExample(d.answer.id, d.criterion, 'yes')}
        >
          {r('addYes')}
        </button>
        <button
          type="button"
          aria-label={`${r('addNo')}: ${label}`}
          onClick={() => desk.getState().addExample(d.answer.id, d.criterion, 'no')}
        >
          {r('addNo')}
        </button>
        {missed && (
          <button
            type="button"
            aria-label={`${r('suggest')}: ${label}`}
            onClick={() => {
              const { review } = desk.getState();
              setSuggestions(review ? phraseSuggestionsFor(review, scenario, d.answer.id, d.criterion) : []);
            }}
          >
            {r('suggest')}
          </button>
        )}
      </p>
      {suggestions && suggestions.length === 0 && <p className="small">{r('noSuggestion')}</p>}
      {suggestions && suggestions.length > 0 && (
        <ul className="suggestions">
          {suggestions.map((s) => (
            <li key={s.phrase}>
              <span lang={scenario.locale}>
                {r('suggestion', { phrase: s.phrase, words: s.words, also: s.alsoCatches })}
              </span>{' '}
              <button
                type="button"
                onClick={() => {
                  if (desk.getState().acceptPhrase(d.criterion, s.phrase, s.group)) setSuggestions(null);
                }}
              >
                {r('accept')}
              </button>
            </li>
          ))}
        </ul>
      )}
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
