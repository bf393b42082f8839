/**
 * The frame of the play screen, by setting: a call (who calls), a chat, a classroom, a report desk, parents. It
 * shows no clock: the one timer of the screen is the countdown of a timed prompt (countdown.tsx).
 */
import type { Character, Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { formatters } from '../i18n/format.ts';
import { useLang } from '../i18n/lang.tsx';

function people(s: Scenario): Array<[string, Character]> {
  return Object.keys(s.characters)
    .filter((id) => id !== 'narrator')
    .map((id) => [id, own(s.characters, id)!] as [string, Character])
    .filter(([, c]) => c !== undefined);
}

/** The main other person: a caller / parent when a role says so, else the first character. */
function counterpart(s: Scenario): Character | undefined {
  const all = people(s).map(([, c]) => c);
  return all.find((c) => /caller|parent|appelant|parent|mère|père|mother|father/i.test(c.role ?? '')) ?? all[0];
}

/** The header of the play screen for the scenario's setting, and a classroom's pupils; `speaking`: the last speaker. */
export function SettingFrame({ scenario: s, speaking }: { scenario: Scenario; speaking?: string }) {
  const { t } = useLang();
  const other = counterpart(s);
  const name = other ? `${other.name}${other.age !== undefined ? `, ${t('age', { n: other.age })}` : ''}` : '';
  return (
    <>
      <FrameHeader scenario={s} name={name} />
      {s.setting === 'classroom' && <PupilsBar scenario={s} speaking={speaking} />}
    </>
  );
}

/**
 * The pupils of a classroom, the one speaking lit up: a strip kept in view under the app's header while the
 * conversation scrolls, so the trainee sees who speaks without scrolling back up.
 */
function PupilsBar({ scenario: s, speaking }: { scenario: Scenario; speaking?: string }) {
  const { t } = useLang();
  return (
    <div className="pupils-bar">
      <h2 className="small-heading">{t('pupils')}</h2>
      <ul className="pupils" lang={s.locale}>
        {people(s).map(([id, c]) => (
          <li key={id} className={id === speaking ? 'pupil speaking' : 'pupil'}>
            <span className="avatar" aria-hidden="true">
              {c.name.slice(0, 1)}
            </span>
            {c.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The frame's header: the setting, the title, who is on the call or chat, the case file of a report desk. */
function FrameHeader({ scenario: s, name }: { scenario: Scenario; name: string }) {
  const { t } = useLang();
  return (
    <header className={`frame frame-${s.setting}`}>
      <p className="frame-kind">{t(`setting_${s.setting}`)}</p>
      <h1 lang={s.locale}>{s.title}</h1>
      {(s.setting === 'call' || s.setting === 'parents') && (
        <p className="call-bar">
          <span aria-hidden="true" className="call-dot" /> <span lang={s.locale}>{t('callWith', { name })}</span>
        </p>
      )}
      {s.setting === 'chat' && (
        <p className="call-bar" lang={s.locale}>
          {t('chatWith', { name })}
        </p>
      )}
      {s.setting === 'report' && (
        <details className="case-file" open>
          <summary>{t('caseFile')}</summary>
          {s.summary && <p lang={s.locale}>{s.summary}</p>}
          <ul lang={s.locale}>
            {people(s).map(([id, c]) => (
              <li key={id}>
                <strong>{c.name}</strong>
                {c.age !== undefined ? `, ${t('age', { n: c.age })}` : ''}
                {c.role ? ` — ${c.role}` : ''}
                {c.description ? `${formatters(s.locale).colon('')} ${c.description}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </header>
  );
}
