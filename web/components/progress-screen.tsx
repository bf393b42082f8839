/** My progress: the attempts kept in this browser, a chart per competency, export and import as a JSON file. */
import { useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { competencyTrends, serializeProgress } from '../../app/progress.ts';
import { own } from '../../engine/util.ts';
import { useLang } from '../i18n/lang.tsx';
import type { ProgressState } from '../storage/progress-store.ts';
import { ScoreChart } from './score-chart.tsx';

/** The progress screen. */
export function ProgressScreen({ store }: { store: StoreApi<ProgressState> }) {
  const { t, lang } = useLang();
  const attempts = useStore(store, (s) => s.attempts);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const history = competencyTrends(attempts);
  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([serializeProgress(attempts)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `rehearse-progress-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importFile = async (file: File) => {
    const r = store.getState().importText(await file.text());
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
    if (fileInput.current) fileInput.current.value = '';
  };
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
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
