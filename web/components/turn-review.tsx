/** A turn of the debrief: what was said, the highlighted answer, each criterion, the model answer, other answers. */
import { criterionLabel } from '../../app/criterion-label.ts';
import type { Correction } from '../../app/review/corrections.ts';
import { signedPoints } from '../../app/score-display.ts';
import type { ChoiceAsk, Criterion, FreeAsk, Scenario, Turn } from '../../engine/types.ts';
import { formatters } from '../i18n/format.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';
import { useLang } from '../i18n/lang.tsx';
import { HighlightedAnswer } from './highlighted-answer.tsx';
import { choiceAsk, freeAsk, pointsIn } from './scenario-lookup.ts';
import type { TurnGroup } from './turn-groups.ts';

const signed = signedPoints;

/** The review of one answered prompt; its heading is `#turn-N`, the target of the debrief's links. */
export function TurnReview({
  scenario: s,
  group,
  turn,
  index,
  critical = false,
  corrections = [],
}: {
  scenario: Scenario;
  group: TurnGroup;
  turn: Turn;
  index: number;
  /** A critical error happened at this turn. */
  critical?: boolean;
  /** A trainer's corrections of this answer, from a review the trainee imported. */
  corrections?: Correction[];
}) {
  const { t, tp } = useAfterPlayText();
  const free = freeAsk(s, turn.node);
  const choice = choiceAsk(s, turn.node);
  const prompt = group.prompt?.prompt ?? free?.prompt ?? choice?.prompt;
  return (
    <li className={critical ? 'turn critical-turn' : 'turn'}>
      <h3 id={`turn-${index + 1}`} tabIndex={-1}>
        {index + 1}. {prompt && <span lang={s.locale}>{prompt}</span>}{' '}
        <span className={turn.points < 0 ? 'pts lost' : 'pts'}>
          {tp('points', turn.points, { n: signed(turn.points) })}
        </span>
        {critical && <strong className="critical"> · {t('criticalHere')}</strong>}
      </h3>
      {group.lines.length > 0 && (
        <ul className="said" lang={s.locale}>
          {group.lines.map((l, i) => (
            <li key={i}>
              {l.who !== 'narrator' && <strong>{formatters(s.locale).colon(l.name)} </strong>}
              {l.text}
            </li>
          ))}
        </ul>
      )}
      {free && <FreeTurn scenario={s} ask={free} turn={turn} group={group} corrections={corrections} />}
      {choice && <ChoiceTurn scenario={s} ask={choice} turn={turn} />}
    </li>
  );
}

function FreeTurn(props: {
  scenario: Scenario;
  ask: FreeAsk;
  turn: Turn;
  group: TurnGroup;
  corrections: Correction[];
}) {
  const { scenario: s, ask, turn, group, corrections } = props;
  const { colon } = useLang();
  const { t } = useAfterPlayText();
  const stuffed = group.feedback.stuffed;
  return (
    <>
      <p className="line mine">
        <span className="who">{t('you')}</span>
        <HighlightedAnswer text={turn.answer} spans={turn.spans} pointsOf={pointsIn(s, turn.node)} lang={s.locale} />
      </p>
      {turn.stuffed && <p className="stuffed">{stuffed ? t(`stuffed_${stuffed}`) : t('stuffedTurn')}</p>}
      <h4>{t('criteriaTitle')}</h4>
      <ul className="criteria">
        {ask.criteria
          .filter((c) => turn.matched.includes(c.id) || c.points > 0 || corrections.some((x) => x.criterion === c.id))
          .map((c) => (
            <CriterionLine key={c.id} scenario={s} criterion={c} turn={turn} corrections={corrections} />
          ))}
      </ul>
      {ask.model && (
        <p className="model">
          <strong>{colon(t('modelAnswer'))}</strong> <span lang={s.locale}>{ask.model}</span>
        </p>
      )}
    </>
  );
}

function CriterionLine(props: { scenario: Scenario; criterion: Criterion; turn: Turn; corrections: Correction[] }) {
  const { scenario: s, criterion: c, turn, corrections } = props;
  const { quoted } = useLang();
  const { t } = useAfterPlayText();
  const hit = turn.matched.includes(c.id);
  const label = criterionLabel(s, c);
  return (
    <li className={hit ? (c.points > 0 ? 'earned' : 'lost') : c.required ? 'missed required' : 'missed'}>
      <span className="pts">{hit ? signed(c.points) : `${t('notEarned')} (${signed(c.points)})`}</span>{' '}
      {hit && c.points < 0 && <span className="penalty-tag">{t('penalty')}</span>}{' '}
      {!hit && c.required && <span className="required-tag">{t('requiredTag')}</span>}{' '}
      {c.critical && hit && (
        <strong className="critical" lang={s.locale}>
          {c.critical}.{' '}
        </strong>
      )}
      {c.feedback ? (
        <span lang={s.locale}>{c.feedback}</span>
      ) : (
        t('criterionLabel', { competency: label.competency, words: quoted(label.words) })
      )}
      {corrections
        .filter((x) => x.criterion === c.id)
        .map((x, i) => (
          <span key={i} className="trainer-verdict">
            {' '}
            {t('trainerVerdict', { name: x.reviewer, verdict: x.met ? t('trainerMet') : t('trainerNotMet') })}
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
}

function ChoiceTurn({ scenario: s, ask, turn }: { scenario: Scenario; ask: ChoiceAsk; turn: Turn }) {
  const { t } = useAfterPlayText();
  return (
    <>
      {ask.options
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
        {ask.options
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
  );
}
