/** The feedback right after an answer: points, and what each matched criterion or chosen option says. */
import { signedPoints } from '../../app/score-display.ts';
import type { FeedbackEvent } from '../../engine/types.ts';
import { useLang } from '../i18n/lang.tsx';

type Feedback = FeedbackEvent;

/** Feedback of one answer (not shown in exam mode). */
export function FeedbackBox({ event: e, locale }: { event: Feedback; locale: string }) {
  const { t } = useLang();
  const said = e.items.filter((i) => i.feedback || i.critical);
  return (
    <div className={e.points < 0 ? 'feedback negative' : e.points > 0 ? 'feedback positive' : 'feedback'}>
      <p className="feedback-title">
        <strong>{t('feedbackTitle')}</strong> — {t('points', { n: signedPoints(e.points) })}
        {e.late && <span className="muted"> · {t('lateAnswer')}</span>}
      </p>
      {said.length === 0 && e.items.length === 0 && <p className="small">{t('noFeedback')}</p>}
      <ul lang={locale}>
        {said.map((i) => (
          <li key={i.id} className={i.points < 0 ? 'lost' : 'earned'}>
            {i.critical && <strong className="critical">{i.critical}. </strong>}
            {i.feedback}
          </li>
        ))}
      </ul>
    </div>
  );
}
