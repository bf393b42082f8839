/** One scenario in the library: title, setting, language, minutes, competencies, content notes, best score. */
import type { ScenarioMeta } from '../library/meta.ts';
import { useLang } from '../i18n/lang.tsx';

/** A library card; the title is the link that opens the scenario. */
export function ScenarioCard({
  scenario: s,
  best,
  inProgress = false,
  onOpen,
}: {
  scenario: ScenarioMeta;
  best: number | undefined;
  /** A session of it was left mid-way. */
  inProgress?: boolean;
  onOpen(): void;
}) {
  const { t, colon } = useLang();
  return (
    <article className={`card setting-${s.setting}`} aria-labelledby={`card-${s.id}`}>
      <h2 id={`card-${s.id}`}>
        <a
          href={`#/play/${encodeURIComponent(s.id)}`}
          onClick={(e) => {
            e.preventDefault();
            onOpen();
          }}
        >
          {s.title}
        </a>
      </h2>
      <p className="facts">
        <span className="tag">{t(`setting_${s.setting}`)}</span>
        <span className="tag" lang={s.locale}>
          {t(`lang_${s.locale}`)}
        </span>
        {s.minutes !== undefined && <span className="tag">{t('minutes', { n: s.minutes })}</span>}
        {inProgress && <span className="tag in-progress">{t('inProgressTag')}</span>}
        <span className={best === undefined ? 'best muted' : 'best'}>
          {best === undefined ? t('notTried') : t('best', { n: best })}
        </span>
      </p>
      {s.summary && (
        <p lang={s.locale} className="summary">
          {s.summary}
        </p>
      )}
      <p className="small">
        <strong>{colon(t('competencies'))}</strong> <span lang={s.locale}>{s.competencies.join(' · ')}</span>
      </p>
      {s.content_notes.length > 0 && (
        <p className="small notes">
          <strong>{colon(t('contentNotes'))}</strong> <span lang={s.locale}>{s.content_notes.join(', ')}</span>
        </p>
      )}
    </article>
  );
}
