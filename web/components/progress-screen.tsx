/** My progress: the attempts kept in this browser, a chart per competency, export and import as a JSON file. */
import { useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { memoryStore, type TextStore } from '../../app/persistence.ts';
import { competencyTrends, serializeProgress, type Attempt } from '../../app/progress.ts';
import { looksLikeReview } from '../../app/review/format.ts';
import { own } from '../../engine/util.ts';
import { downloadText } from '../download.ts';
import { useLang } from '../i18n/lang.tsx';
import type { LibraryEntry } from '../library/meta.ts';
import type { ProgressState } from '../storage/progress-store.ts';
import { importTrainerReview, loadCorrections } from '../storage/trainer-reviews.ts';
import { AttemptDebrief } from './attempt-debrief.tsx';
import { ScoreChart } from './score-chart.tsx';

/** The progress screen; with a library, each attempt's debrief can be opened again (with trainers' corrections). */
export function ProgressScreen({
  store,
  textStore = memoryStore(),
  library = [],
  onPlay = () => {},
}: {
  store: StoreApi<ProgressState>;
  textStore?: TextStore;
  library?: LibraryEntry[];
  onPlay?: (id: string) => void;
}) {
  const { t, lang } = useLang();
  const attempts = useStore(store, (s) => s.attempts);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [reviews, setReviews] = useState(0);
  const corrections = useMemo(() => loadCorrections(textStore), [textStore, reviews]);
  const [open, setOpen] = useState<Attempt | null>(null);
  const entryOf = (a: Attempt) => (a.drill || !a.turns?.length ? undefined : library.find((e) => e.id === a.scenario));
  const fileInput = useRef<HTMLInputElement>(null);
  const history = competencyTrends(attempts);
  const exportFile = () =>
    downloadText(`rehearse-progress-${new Date().toISOString().slice(0, 10)}.json`, serializeProgress(attempts));
  const importFile = async (file: File) => {
    const text = await file.text();
    if (fileInput.current) fileInput.current.value = '';
    if (looksLikeReview(text)) {
      const imported = importTrainerReview(textStore, text);
      setReviews((n) => n + 1);
      setMessage(
        'error' in imported
          ? { text: t('importFailed', { reason: imported.error }), error: true }
          : { text: t('reviewImported', { n: imported.corrections, a: imported.answers }), error: false },
      );
      return;
    }
    const r = store.getState().importText(text);
    setMessage(
      'error' in r
        ? { text: t('importFailed', { reason: r.error }), error: true }
        : {
            text: [t('imported', { n: r.added }), r.setAside ? t('importSkipped', { n: r.setAside }) : '']
              .join(' ')
              .trim(),
            error: false,
          },
    );
  };
  const openEntry = open ? entryOf(open) : undefined;
  if (open && openEntry)
    return (
      <AttemptDebrief
        attempt={open}
        entry={openEntry}
        corrections={corrections}
        onBack={() => setOpen(null)}
        onPlay={onPlay}
      />
    );
  return (
    <section aria-labelledby="progress-title">
      <h1 id="progress-title">{t('progressTitle')}</h1>
      <div className="actions">
        <button type="button" onClick={exportFile} disabled={attempts.length === 0}>
          {t('exportBtn')}
        </button>
        <label className="file-button">
          {t('importBtn')}
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            onChange={(e) => e.target.files?.[0] && void importFile(e.target.files[0])}
          />
        </label>
      </div>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
      {attempts.length === 0 ? (
        <p>{t('noAttempts')}</p>
      ) : (
        <>
          <div className="charts">
            {Object.keys(history).map((id) => {
              const h = own(history, id)!;
              return <ScoreChart key={id} title={t('chartTitle', { label: h.label })} points={h.points} />;
            })}
          </div>
          <h2>{t('attempts')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('scenario')}</th>
                <th scope="col">{t('score')}</th>
                <th scope="col">{t('result')}</th>
                <th scope="col">{t('debriefTitle')}</th>
              </tr>
            </thead>
            <tbody>
              {[...attempts].reverse().map((a) => (
                <tr key={a.id}>
                  <td>
                    {new Date(a.at).toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    })}
                  </td>
                  <td lang={a.locale}>{a.title}</td>
                  <td>{a.score}%</td>
                  <td>{a.passed ? t('passed') : t('notPassed')}</td>
                  <td>
                    {entryOf(a) && (
                      <button type="button" onClick={() => setOpen(a)}>
                        {t('openDebrief')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
