/**
 * My progress: one chart per scenario, the attempts (the UI language's first; each debrief can be opened
 * again), export and import as a JSON file, with messages in the UI language.
 */
import { useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { memoryStore, type TextStore } from '../../app/persistence.ts';
import { serializeProgress, type Attempt } from '../../app/progress.ts';
import { looksLikeReview } from '../../app/review/format.ts';
import { downloadText } from '../download.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';
import { useLang } from '../i18n/lang.tsx';
import type { LibraryEntry } from '../library/meta.ts';
import type { ProgressState } from '../storage/progress-store.ts';
import { importTrainerReview, loadCorrections } from '../storage/trainer-reviews.ts';
import { AttemptDebrief } from './attempt-debrief.tsx';
import { AttemptsTable } from './attempts-table.tsx';
import { importMessage, type ImportMessage } from './import-message.ts';
import { ProgressTrends } from './progress-trends.tsx';

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
  const words = { ...useLang(), ...useAfterPlayText() };
  const { t } = words;
  const attempts = useStore(store, (s) => s.attempts);
  const [message, setMessage] = useState<ImportMessage | null>(null);
  const [reviews, setReviews] = useState(0);
  const corrections = useMemo(() => loadCorrections(textStore), [textStore, reviews]);
  const [open, setOpen] = useState<Attempt | null>(null);
  const entryOf = (a: Attempt) => (a.drill || !a.turns?.length ? undefined : library.find((e) => e.id === a.scenario));
  const fileInput = useRef<HTMLInputElement>(null);
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
          ? { text: t('importFailed', { reason: imported.error }), setAside: [], error: true }
          : {
              text: words.tp('reviewImported', imported.corrections, { a: imported.answers }),
              setAside: [],
              error: false,
            },
      );
      return;
    }
    setMessage(importMessage(words, store.getState().importText(text), text));
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
        <div role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'ok'}>
          <p>{message.text}</p>
          {message.setAside.length > 0 && (
            <ul className="setaside-list">
              {message.setAside.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {attempts.length === 0 ? (
        <p>{t('noAttempts')}</p>
      ) : (
        <>
          <ProgressTrends attempts={attempts} />
          <AttemptsTable attempts={attempts} canOpen={(a) => entryOf(a) !== undefined} onOpen={setOpen} />
        </>
      )}
    </section>
  );
}
