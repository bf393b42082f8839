/** The debrief: pass or not, critical errors first, the score and competency bars, the turns, takeaways and resources. */
import { useEffect, useRef } from 'react';
import type { CorrectionsLookup } from '../../app/review/corrections.ts';
import type { Report, Scenario, SessionEvent } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { criticalRule, failureLines } from '../../app/critical-summary.ts';
import { useLang } from '../i18n/lang.tsx';
import { CompetencyBars } from './competency-bars.tsx';
import { groupTurns } from './turn-groups.ts';
import { TurnReview } from './turn-review.tsx';

/** The debrief of a finished session (everything shown comes from the engine's report). */
export function DebriefScreen(props: {
  scenario: Scenario;
  report: Report;
  events: SessionEvent[];
  onTryAgain(): void;
  onNext?: () => void;
  /** Trainers' corrections of the trainee's answers (from reviews imported on "My progress"). */
  corrections?: CorrectionsLookup;
}) {
  const { scenario: s, report: r, events } = props;
  const { t } = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { turns } = groupTurns(events);
  const outcomeLabel = r.outcome === null ? t('unfinished') : (own(s.outcomes, r.outcome) ?? r.outcome);
  return (
    <section className="debrief" aria-labelledby="debrief-title">
      <h1 id="debrief-title" tabIndex={-1} ref={heading}>
        {t('debriefTitle')} — <span lang={s.locale}>{s.title}</span>
      </h1>
      <div className={`verdict ${r.passed ? 'pass' : 'fail'}`}>
        <p className="verdict-word">{r.passed ? t('passed') : t('notPassed')}</p>
        <p>
          {t('score')}: <strong className="big">{r.score}%</strong>{' '}
          <span className="muted">({t('passMark', { n: s.pass })})</span>
        </p>
        <p lang={s.locale}>{t('outcome', { label: outcomeLabel })}</p>
      </div>
      {r.criticals.length > 0 && (
        <section className="criticals" aria-labelledby="crit-title">
          <h2 id="crit-title">{t('criticalTitle')}</h2>
          <ul lang={s.locale}>
            {failureLines(r, s.locale).map((f, i) => (
              <li key={`${i}-${f.node}-${f.id}`}>
                <strong>{f.text}</strong>
                {f.kind !== 'ending' && feedbackOf(s, f.node, f.id) && <> — {feedbackOf(s, f.node, f.id)}</>}
              </li>
            ))}
          </ul>
          <p lang={s.locale} className="small">
            {criticalRule(s.locale)}
          </p>
        </section>
      )}
      <h2>{t('byCompetency')}</h2>
      <CompetencyBars competencies={r.competencies} locale={s.locale} />
      <h2>{t('turnByTurn')}</h2>
      <ol className="turns">
        {r.turns.map((turn, i) => {
          const group = turns[i] ?? {
            lines: [],
            feedback: {
              type: 'feedback',
              node: turn.node,
              answer: turn.answer,
              points: turn.points,
              late: turn.late,
              items: [],
              spans: turn.spans,
            },
          };
          const corrections = props.corrections?.(s.id, turn.node, turn.answer);
          return <TurnReview key={i} index={i} scenario={s} group={group} turn={turn} corrections={corrections} />;
        })}
      </ol>
      {s.debrief.takeaways.length > 0 && (
        <>
          <h2>{t('takeaways')}</h2>
          <ul lang={s.locale}>
            {s.debrief.takeaways.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </>
      )}
      {s.debrief.resources.length > 0 && (
        <>
          <h2>{t('resources')}</h2>
          <ul lang={s.locale} className="resources">
            {s.debrief.resources.map((x) => (
              <li key={x.label}>
                <strong>{x.label}</strong>
                {x.phone && (
                  <>
                    {' '}
                    — <a href={`tel:${x.phone.replace(/\s/g, '')}`}>{x.phone}</a>
                  </>
                )}
                {x.url && /^https?:\/\//.test(x.url) && (
                  <>
                    {' '}
                    —{' '}
                    <a href={x.url} rel="noreferrer noopener" target="_blank">
                      {x.url}
                    </a>
                  </>
                )}
                {x.description && <> — {x.description}</>}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={props.onTryAgain}>
          {t('tryAgain')}
        </button>
        {props.onNext && (
          <button type="button" onClick={props.onNext}>
            {t('nextScenario')}
          </button>
        )}
      </div>
    </section>
  );
}

function feedbackOf(s: Scenario, nodeId: string, id: string): string | undefined {
  const ask = own(s.nodes, nodeId)?.ask;
  if (!ask) return undefined;
  return ask.kind === 'free'
    ? ask.criteria.find((c) => c.id === id)?.feedback
    : ask.options.find((o) => o.id === id)?.feedback;
}
