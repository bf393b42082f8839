/** A short list of the debrief's turns (prompt, points, critical or not), each a link to the turn below. */
import { signedPoints } from '../../app/score-display.ts';
import type { Report, Scenario } from '../../engine/types.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';
import { goToTurn } from './debrief-verdict.tsx';
import { choiceAsk, freeAsk } from './scenario-lookup.ts';

const SHORT = 70;

/** The summary of the turns; `critical` holds the 1-based turns where a critical error happened. */
export function TurnsAtAGlance({
  scenario: s,
  report: r,
  critical,
}: {
  scenario: Scenario;
  report: Report;
  critical: Set<number>;
}) {
  const { t, tp } = useAfterPlayText();
  if (r.turns.length < 2) return null;
  return (
    <nav aria-labelledby="glance-title" className="glance no-print">
      <h2 id="glance-title">{t('turnsAtAGlance')}</h2>
      <ol>
        {r.turns.map((turn, i) => {
          const prompt = freeAsk(s, turn.node)?.prompt ?? choiceAsk(s, turn.node)?.prompt ?? '';
          const short = prompt.length > SHORT ? `${prompt.slice(0, SHORT - 1).trimEnd()}…` : prompt;
          return (
            <li key={i} className={critical.has(i + 1) ? 'critical-turn' : undefined}>
              <button type="button" className="text-link" onClick={() => goToTurn(i + 1)}>
                {t('turnLabel', { n: i + 1 })}
              </button>{' '}
              <span lang={s.locale}>{short}</span>{' '}
              <span className={turn.points < 0 ? 'pts lost' : 'pts'}>
                {tp('points', turn.points, { n: signedPoints(turn.points) })}
              </span>
              {critical.has(i + 1) && <strong className="critical"> · {t('criticalHere')}</strong>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
