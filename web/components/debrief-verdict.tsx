/**
 * The top of the debrief: passed or not and why (a critical error fails whatever the score), the score
 * against the pass mark, the story's ending said apart from the verdict, and each critical error with a
 * link to the turn where it happened.
 */
import { criticalRule, failureLines } from '../../app/critical-summary.ts';
import type { Report, Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';
import { useLang } from '../i18n/lang.tsx';

/** Moves to the turn `n` of the debrief (its heading takes the focus, so a screen reader reads it). */
export function goToTurn(n: number): void {
  const heading = document.getElementById(`turn-${n}`);
  heading?.scrollIntoView?.({ block: 'start' });
  heading?.focus();
}

/** The verdict box. */
export function DebriefVerdict({ scenario: s, report: r }: { scenario: Scenario; report: Report }) {
  const { pct, colon, quoted } = useLang();
  const { t, tp } = useAfterPlayText();
  const ending = r.outcome === null ? null : (own(s.outcomes, r.outcome) ?? r.outcome);
  const criticalEnding = r.outcome !== null && own(s.criticalOutcomes, r.outcome) !== undefined;
  return (
    <div className={`verdict ${r.passed ? 'pass' : 'fail'}`}>
      <p className="verdict-word">{r.passed ? t('passed') : t('notPassed')}</p>
      {!r.passed && (
        <p className="verdict-why">
          {r.criticals.length > 0 ? tp('verdictCritical', r.criticals.length) : t('verdictLow')}
        </p>
      )}
      <p>
        {colon(t('score'))} <strong className="big">{pct(r.score)}</strong>{' '}
        <span className="muted">({t('passMark', { n: s.pass })})</span>
      </p>
      {ending === null ? (
        <p>{t('unfinished')}</p>
      ) : (
        <p>
          {colon(t('storyEnding'))} <span lang={s.locale}>{quoted([ending])}</span>
          {!r.passed && !criticalEnding && <span className="story-note small"> {t('storyNotVerdict')}</span>}
        </p>
      )}
    </div>
  );
}

/** The critical errors, each with its reason, the trainer's feedback and a link to its turn. */
export function DebriefCriticals({ scenario: s, report: r }: { scenario: Scenario; report: Report }) {
  const { t } = useAfterPlayText();
  if (r.criticals.length === 0) return null;
  return (
    <section className="criticals" aria-labelledby="crit-title">
      <h2 id="crit-title">{t('criticalTitle')}</h2>
      <ul>
        {failureLines(r, s.locale).map((f, i) => (
          <li key={`${i}-${f.node}-${f.id}`}>
            <strong lang={s.locale}>{f.text}</strong>
            {f.kind !== 'ending' && feedbackOf(s, f.node, f.id) && (
              <span lang={s.locale}> — {feedbackOf(s, f.node, f.id)}</span>
            )}
            {f.turn !== null && (
              <>
                {' '}
                <button type="button" className="text-link" onClick={() => goToTurn(f.turn!)}>
                  {t('goToTurn', { n: f.turn })}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <p lang={s.locale} className="small">
        {criticalRule(s.locale)}
      </p>
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
