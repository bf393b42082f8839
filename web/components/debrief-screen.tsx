/** The debrief: pass or not and why, the score and competency bars, the turns, takeaways and resources; printable. */
import { useEffect, useRef } from 'react';
import type { CorrectionsLookup } from '../../app/review/corrections.ts';
import { criticalTurns } from '../../engine/session/core.ts';
import type { Report, Scenario, SessionEvent } from '../../engine/types.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';
import { useLang } from '../i18n/lang.tsx';
import { CompetencyBars } from './competency-bars.tsx';
import { DebriefCriticals, DebriefVerdict } from './debrief-verdict.tsx';
import { DebriefResources } from './debrief-resources.tsx';
import { TurnsAtAGlance } from './turns-at-a-glance.tsx';
import { groupTurns, type TurnGroup } from './turn-groups.ts';
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
  const { date } = useLang();
  const { t } = useAfterPlayText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { turns } = groupTurns(events);
  const critical = new Set(criticalTurns(r).filter((n): n is number => n !== null));
  return (
    <section className="debrief" aria-labelledby="debrief-title">
      <h1 id="debrief-title" tabIndex={-1} ref={heading}>
        {t('debriefTitle')} — <span lang={s.locale}>{s.title}</span>
      </h1>
      <p className="print-only small">{date(new Date().toISOString(), true)}</p>
      <DebriefVerdict scenario={s} report={r} />
      <DebriefCriticals scenario={s} report={r} />
      <h2>{t('byCompetency')}</h2>
      <CompetencyBars competencies={r.competencies} locale={s.locale} />
      <TurnsAtAGlance scenario={s} report={r} critical={critical} />
      <h2>{t('turnByTurn')}</h2>
      <ol className="turns">
        {r.turns.map((turn, i) => (
          <TurnReview
            key={i}
            index={i}
            scenario={s}
            group={turns[i] ?? bareGroup(turn)}
            turn={turn}
            critical={critical.has(i + 1)}
            corrections={props.corrections?.(s.id, turn.node, turn.answer)}
          />
        ))}
      </ol>
      <DebriefResources scenario={s} />
      <div className="actions no-print">
        <button type="button" className="primary" onClick={props.onTryAgain}>
          {t('tryAgain')}
        </button>
        {props.onNext && (
          <button type="button" onClick={props.onNext}>
            {t('nextScenario')}
          </button>
        )}
        <button type="button" onClick={() => window.print()}>
          {t('printDebrief')}
        </button>
      </div>
    </section>
  );
}

/** A turn's group when the events are not at hand (a kept attempt): its feedback rebuilt from the report. */
function bareGroup(turn: Report['turns'][number]): TurnGroup {
  return {
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
}
