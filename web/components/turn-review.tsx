/** One turn of the debrief: what was said, the answer with its highlighted words, what each criterion says, the model answer, the path not taken. */
import type { Correction } from '../../app/review/corrections.ts';
import { signedPoints } from '../../app/score-display.ts';
import type { Scenario, Turn } from '../../engine/types.ts';
import { useLang } from '../i18n/lang.tsx';
import { HighlightedAnswer } from './highlighted-answer.tsx';
import { choiceAsk, freeAsk, pointsIn } from './scenario-lookup.ts';
import type { TurnGroup } from './turn-groups.ts';

const signed = signedPoints;

/** The review of one answered prompt. */
export function TurnReview({
  scenario: s,
  group,
  turn,
  index,
  corrections = [],
}: {
  scenario: Scenario;
  group: TurnGroup;
  turn: Turn;
  index: number;
  /** A trainer's corrections of this answer, from a review the trainee imported. */
  corrections?: Correction[];
}) {
  const { t } = useLang();
  const free = freeAsk(s, turn.node);
  const choice = choiceAsk(s, turn.node);
  const prompt = group.prompt?.prompt ?? free?.prompt ?? choice?.prompt;
  return (
    <li className="turn">
      <h3>
        {index + 1}. {prompt && <span lang={s.locale}>{prompt}</span>}{' '}
        <span className={turn.points < 0 ? 'pts lost' : 'pts'}>{t('points', { n: signed(turn.points) })}</span>
      </h3>
      {group.lines.length > 0 && (
        <ul className="said" lang={s.locale}>
          {group.lines.map((l, i) => (
            <li key={i}>
              {l.who !== 'narrator' && <strong>{l.name}: </strong>}
              {l.text}
            </li>
          ))}
        </ul>
      )}
      {free && (
        <>
          <p className="line mine">
            <span className="who">{t('you')}</span>
            <HighlightedAnswer
              text={turn.answer}
              spans={turn.spans}
              pointsOf={pointsIn(s, turn.node)}
              lang={s.locale}
            />
          </p>
          <h4>{t('criteriaTitle')}</h4>
          <ul className="criteria" lang={s.locale}>
            {free.criteria
              .filter(
                (c) => turn.matched.includes(c.id) || c.points > 0 || corrections.some((x) => x.criterion === c.id),
              )
              .map((c) => {
                const hit = turn.matched.includes(c.id);
                return (
                  <li key={c.id} className={hit ? (c.points > 0 ? 'earned' : 'lost') : 'missed'}>
                    <span className="pts">{hit ? signed(c.points) : `${t('notEarned')} (${signed(c.points)})`}</span>{' '}
                    {c.critical && hit && <strong className="critical">{c.critical}. </strong>}
                    {c.feedback ?? c.match?.join(' / ') ?? c.all?.map((g) => g.join(' / ')).join(' + ')}
                    {corrections
                      .filter((x) => x.criterion === c.id)
                      .map((x, i) => (
                        <span key={i} className="trainer-verdict">
                          {' '}
                          {t('trainerVerdict', {
                            name: x.reviewer,
                            verdict: x.met ? t('trainerMet') : t('trainerNotMet'),
                          })}
                          {x.comment && (
                            <>
                              {' '}
                              — “<span lang={s.locale}>{x.comment}</span>”
                            </>
                          )}
                        </span>
                      ))}
                  </li>
                );
              })}
          </ul>
          {free.model && (
            <p className="model">
              <strong>{t('modelAnswer')}:</strong> <span lang={s.locale}>{free.model}</span>
            </p>
          )}
        </>
      )}
      {choice && (
        <>
          {choice.options
            .filter((o) => o.id === turn.answer)
            .map((o) => (
              <p key={o.id} className={`line mine ${(o.points ?? 0) < 0 ? 'lost' : ''}`}>
                <span className="who">{t('youChose')}</span>
                <span lang={s.locale}>
                  {o.text} {o.points !== undefined && `(${signed(o.points)})`}
                  {o.critical && <strong className="critical"> {o.critical}.</strong>} {o.feedback}
                </span>
              </p>
            ))}
          <h4>{t('otherOptions')}</h4>
          <ul className="criteria" lang={s.locale}>
            {choice.options
              .filter((o) => o.id !== turn.answer)
              .map((o) => (
                <li key={o.id} className={(o.points ?? 0) > 0 ? 'missed' : (o.points ?? 0) < 0 ? 'avoided' : ''}>
                  {o.text}{' '}
                  {o.points !== undefined && (
                    <span className={o.points < 0 ? 'pts lost' : 'pts'}>({signed(o.points)})</span>
                  )}{' '}
                  {o.feedback}
                </li>
              ))}
          </ul>
        </>
      )}
    </li>
  );
}
