/** What the trainee sees before starting: the situation, its content notes, exam mode, Start. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ScenarioMeta } from '../library/meta.ts';
import { useLang } from '../i18n/lang.tsx';

/** What the intro is given. */
export interface IntroProps {
  scenario: ScenarioMeta;
  onStart(exam: boolean): void;
  onBack(): void;
  error?: string | null;
  kept?: { turn: number } | undefined;
  onResume?: () => void;
  children?: ReactNode;
}

/**
 * The intro card of a scenario; `onStart` receives whether exam mode was chosen. With `kept` (a session of
 * this scenario left mid-way), it offers to resume it first; `children` (a question) comes above the buttons.
 */
export function IntroScreen({ scenario: s, onStart, onBack, error, kept, onResume, children }: IntroProps) {
  const { t } = useLang();
  const [exam, setExam] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel intro" aria-labelledby="intro-title">
      <h1 id="intro-title" tabIndex={-1} ref={heading} lang={s.locale}>
        {s.title}
      </h1>
      <p className="facts">
        <span className="tag">{t(`setting_${s.setting}`)}</span>
        <span className="tag">{t(`lang_${s.locale}`)}</span>
        {s.minutes !== undefined && <span className="tag">{t('minutes', { n: s.minutes })}</span>}
      </p>
      {s.summary && <p lang={s.locale}>{s.summary}</p>}
      <h2>{t('beforeStart')}</h2>
      <ContentNotes notes={s.content_notes} locale={s.locale} />
      <label className="check">
        <input type="checkbox" checked={exam} onChange={(e) => setExam(e.target.checked)} />
        {t('examMode')}
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {kept && <p className="notice">{t('keptSessionIntro', { n: kept.turn })}</p>}
      {children}
      <div className="actions">
        {kept && onResume && (
          <button type="button" className="primary" onClick={onResume}>
            {t('resumeHere')}
          </button>
        )}
        <button type="button" className={kept ? undefined : 'primary'} onClick={() => onStart(exam)}>
          {kept ? t('startAgain') : t('startScenario')}
        </button>
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </div>
    </section>
  );
}

/** The content notes of a scenario, before it starts. */
function ContentNotes({ notes, locale }: { notes: string[]; locale: string }) {
  const { t } = useLang();
  if (!notes.length) return <p>{t('noNotes')}</p>;
  return (
    <div className="notes-box">
      <p>{t('notesIntro')}</p>
      <ul lang={locale}>
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
