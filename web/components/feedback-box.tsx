/**
 * The feedback right after an answer: the points, then one line per matched criterion or chosen option with
 * its own points — a penalty in its own colour, sign and word — and why a keyword-stuffed answer earned nothing.
 */
import { criterionLabel } from '../../app/criterion-label.ts';
import { signedPoints } from '../../app/score-display.ts';
import type { FeedbackEvent, Scenario } from '../../engine/types.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';
import { useLang } from '../i18n/lang.tsx';
import { criterion } from './scenario-lookup.ts';

type Item = FeedbackEvent['items'][number];

/** Feedback of one answer (not shown in exam mode). */
export function FeedbackBox({ event: e, scenario: s }: { event: FeedbackEvent; scenario: Scenario }) {
  const { t, tp } = useAfterPlayText();
  const shown = e.items.filter((i) => i.feedback || i.critical || i.points !== 0 || i.withheld);
  return (
    <div className={e.points < 0 ? 'feedback negative' : e.points > 0 ? 'feedback positive' : 'feedback'}>
      <p className="feedback-title">
        <strong>{t('feedbackTitle')}</strong> — {tp('points', e.points, { n: signedPoints(e.points) })}
        {e.late && <span className="muted"> · {t('lateAnswer')}</span>}
      </p>
      {e.stuffed && <p className="stuffed">{t(`stuffed_${e.stuffed}`)}</p>}
      {shown.length === 0 && <p className="small">{t('noFeedback')}</p>}
      <ul className="feedback-items">
        {shown.map((i) => (
          <FeedbackLine key={i.id} item={i} scenario={s} node={e.node} />
        ))}
      </ul>
    </div>
  );
}

/** One line: points with their sign, "Penalty" on a loss, the critical reason, the trainer's words or a label. */
function FeedbackLine({ item: i, scenario: s, node }: { item: Item; scenario: Scenario; node: string }) {
  const { quoted } = useLang();
  const { t } = useAfterPlayText();
  const kind = i.points < 0 ? 'lost' : i.withheld ? 'withheld' : 'earned';
  const c = criterion(s, node, i.id);
  const label = c && !i.feedback ? criterionLabel(s, c) : null;
  return (
    <li className={kind}>
      <span className="pts">{signedPoints(i.points)}</span>{' '}
      {kind === 'lost' && <span className="penalty-tag">{t('penalty')}</span>}
      {i.withheld !== undefined && (
        <span className="muted small">({t('withheld', { n: signedPoints(i.withheld) })})</span>
      )}{' '}
      <span lang={s.locale}>
        {i.critical && <strong className="critical">{i.critical}. </strong>}
        {i.feedback}
      </span>
      {label &&
        (label.words.length
          ? t('criterionLabel', { competency: label.competency, words: quoted(label.words) })
          : t('criterionLabelShort', { competency: label.competency }))}
    </li>
  );
}
