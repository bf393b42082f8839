/** The library: every bundled scenario with its facts and best score, filtered by setting, language and text. */
import { useMemo, useState } from 'react';
import { SETTINGS } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import type { ScenarioMeta } from '../library/meta.ts';
import { languageFirst } from '../library/order.ts';
import { useLang } from '../i18n/lang.tsx';
import { ScenarioCard } from './scenario-card.tsx';

/** True when a scenario passes the filters (text searches title, summary, competencies, tags, notes). */
export function matchesFilters(s: ScenarioMeta, setting: string, locale: string, text: string): boolean {
  if (setting && s.setting !== setting) return false;
  if (locale && s.locale !== locale) return false;
  const q = text.trim().toLowerCase();
  if (!q) return true;
  return [s.title, s.summary ?? '', ...s.competencies, ...s.tags, ...s.content_notes].some((x) =>
    x.toLowerCase().includes(q),
  );
}

/**
 * The library screen. The language filter starts at the UI language (and follows it until the trainee picks
 * one); with every language shown, the UI language comes first.
 */
export function LibraryScreen({
  scenarios,
  best,
  inProgress = new Set(),
  onOpen,
}: {
  scenarios: ScenarioMeta[];
  best: Record<string, number>;
  /** Scenarios with a session left mid-way. */
  inProgress?: ReadonlySet<string>;
  onOpen(id: string): void;
}) {
  const { t, lang } = useLang();
  const [setting, setSetting] = useState('');
  const [picked, setLocale] = useState<string | null>(null);
  const [text, setText] = useState('');
  const offered = new Set(scenarios.map((s) => s.locale));
  const locale = picked ?? (offered.has(lang) && offered.size > 1 ? lang : '');
  const shown = useMemo(
    () => languageFirst(scenarios, lang).filter((s) => matchesFilters(s, setting, locale, text)),
    [scenarios, setting, locale, text, lang],
  );
  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title">{t('libraryTitle')}</h1>
      <p className="muted">{t('libraryIntro')}</p>
      <div className="filters" role="search">
        <label>
          {t('filterSetting')}
          <select value={setting} onChange={(e) => setSetting(e.target.value)}>
            <option value="">{t('filterAll')}</option>
            {SETTINGS.map((s) => (
              <option key={s} value={s}>
                {t(`setting_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterLanguage')}
          <select value={locale} onChange={(e) => setLocale(e.target.value)}>
            <option value="">{t('filterAll')}</option>
            <option value="fr">{t('lang_fr')}</option>
            <option value="en">{t('lang_en')}</option>
          </select>
        </label>
        <label>
          {t('filterText')}
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      </div>
      {scenarios.length === 0 ? (
        <p>{t('libraryEmpty')}</p>
      ) : shown.length === 0 ? (
        <p role="status">{t('noMatch')}</p>
      ) : (
        <ul className="cards" aria-label={t('libraryTitle')}>
          {shown.map((s) => (
            <li key={s.id}>
              <ScenarioCard
                scenario={s}
                best={own(best, s.id)}
                inProgress={inProgress.has(s.id)}
                onOpen={() => onOpen(s.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
