/**
 * The progress charts: one per scenario (its overall score over dated attempts), the UI language's scenarios
 * first, each with its own competencies folded inside (never joined across scenarios or languages).
 */
import type { Attempt } from '../../app/progress.ts';
import { scenarioTrends } from '../../app/progress-trends.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';
import { useLang } from '../i18n/lang.tsx';
import { languageFirst } from '../library/order.ts';
import { ScoreChart } from './score-chart.tsx';

/** The charts of the attempts. */
export function ProgressTrends({ attempts }: { attempts: readonly Attempt[] }) {
  const { pct, lang } = useLang();
  const { t, tp } = useAfterPlayText();
  const trends = languageFirst(scenarioTrends(attempts), lang);
  if (!trends.length) return null;
  return (
    <>
      <h2>{t('scenarioTrends')}</h2>
      <ul className="charts">
        {trends.map((s) => {
          const scores = s.points.map((p) => p.score);
          return (
            <li key={s.id} className="chart trend">
              <h3 lang={s.locale}>{s.title}</h3>
              <p className="small muted">
                {tp('trendCaption', scores.length, {
                  last: pct(scores[scores.length - 1]!),
                  best: pct(Math.max(...scores)),
                })}
              </p>
              <ScoreChart title={t('chartOverall', { title: s.title })} points={s.points} />
              {s.competencies.length > 0 && (
                <details>
                  <summary>{t('byCompetencyHere')}</summary>
                  {s.competencies.map((c) => (
                    <ScoreChart key={c.id} small title={c.label} points={c.points} />
                  ))}
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
