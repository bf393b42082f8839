/** One bar per competency, from the report (the score is the engine's, never computed here). */
import { scoreBand } from '../../app/score-display.ts';
import type { CompetencyResult, Rec } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';
import { useLang } from '../i18n/lang.tsx';

/**
 * The bars; each is a labelled meter with its score in words too. Mistakes may take a competency below zero
 * (the score stays 0 %): the points read « 0 sur 5 points, 5 points perdus en erreurs », not « −5 sur 5 ».
 */
export function CompetencyBars({ competencies, locale }: { competencies: Rec<CompetencyResult>; locale: string }) {
  const { pct } = useLang();
  const { tp } = useAfterPlayText();
  const ids = Object.keys(competencies).filter((id) => (own(competencies, id)?.possible ?? 0) > 0);
  return (
    <ul className="bars">
      {ids.map((id) => {
        const c = own(competencies, id)!;
        return (
          <li key={id}>
            <span className="bar-label" lang={locale} id={`bar-${id}`}>
              {c.label}
            </span>
            <span
              role="meter"
              aria-labelledby={`bar-${id}`}
              aria-valuenow={c.score}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuetext={pct(c.score)}
              className="bar"
            >
              <span className={`fill ${scoreBand(c.score)}`} style={{ width: `${c.score}%` }} />
            </span>
            <span className="bar-value">
              {pct(c.score)}{' '}
              <span className="muted small">
                ({tp('barPoints', c.possible, { earned: Math.max(0, c.earned), possible: c.possible })}
                {c.earned < 0 ? `, ${tp('barLost', -c.earned, { lost: -c.earned })}` : ''})
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
