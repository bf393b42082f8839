/** The web app: header (navigation, language, pause / leave), routes, and the stores wired to the browser storage. */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { scenarioBests } from '../app/progress.ts';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { Header } from './components/header.tsx';
import { LibraryScreen } from './components/library-screen.tsx';
import { Notice } from './components/notice.tsx';
import { PlayRoute } from './components/play-route.tsx';
import { initialLang, LangProvider, useLang } from './i18n/lang.tsx';
import type { LibraryEntry } from './library/meta.ts';
import { browserStore } from './storage/browser-store.ts';
import { createProgressStore } from './storage/progress-store.ts';
import { LrsStatus } from './lrs/lrs-status.tsx';
import { useLrs } from './lrs/use-lrs.ts';
import { useHashRoute } from './use-hash-route.ts';
import { usePersistedSession } from './use-persisted-session.ts';

const PreviewScreen = lazy(() => import('./preview/preview-screen.tsx'));
const ReviewScreen = lazy(() => import('./review/review-screen.tsx'));
const SettingsScreen = lazy(() => import('./lrs/settings-screen.tsx'));
const ProgressScreen = lazy(() =>
  import('./components/progress-screen.tsx').then((m) => ({ default: m.ProgressScreen })),
);

/** What the app is given: the library, the storage (null: nothing kept), the browser language. */
export interface AppProps {
  library: LibraryEntry[];
  storage: Storage | null;
  navigatorLang?: string;
}

/** The whole app. */
export function App(props: AppProps) {
  return (
    <LangProvider initial={initialLang(props.storage, props.navigatorLang)} storage={props.storage}>
      <Shell {...props} />
    </LangProvider>
  );
}

function Shell({ library, storage }: AppProps) {
  const { t } = useLang();
  const [route, go] = useHashRoute();
  const [textStore] = useState(() => browserStore(storage));
  const [progress] = useState(() => createProgressStore(textStore));
  const { session, notices, dismiss } = usePersistedSession(textStore, progress);
  const lrs = useLrs(textStore, session, library);
  const attempts = useStore(progress, (s) => s.attempts);
  const problem = useStore(progress, (s) => s.problem);
  const best = useMemo(() => scenarioBests(attempts), [attempts]);
  const current = useStore(session, (s) => (s.scenario && !s.ended ? s.scenario : null));
  const [focusMain, setFocusMain] = useState(0);
  const navigate: typeof go = (r) => {
    go(r);
    setFocusMain((n) => n + 1);
  };
  useEffect(() => {
    if (focusMain) document.getElementById('main')?.focus();
  }, [focusMain]);
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('skipToMain')}
      </a>
      <Header route={route} go={navigate} onLeave={() => navigate({ name: 'library' })} />
      <main
        id="main"
        tabIndex={-1}
        className={route.name === 'preview' || route.name === 'review' ? 'wide' : undefined}
      >
        {problem && (
          <Notice
            text={
              problem.kind === 'setAside'
                ? t('setAsideNotice', { n: problem.n, key: problem.keptAt })
                : t('storageProblem', { detail: problem.reason })
            }
            onDismiss={() => progress.getState().dismissNotice()}
          />
        )}
        {lrs.link?.status && (lrs.link.status.waiting > 0 || lrs.link.status.storageError) && (
          <LrsStatus status={lrs.link.status} host={lrs.link.host} />
        )}
        {notices.map((n) => (
          <Notice key={n} text={t('storageProblem', { detail: n })} onDismiss={() => dismiss(n)} />
        ))}
        {route.name === 'library' && current && (
          <Notice
            text={t('resumeBanner', { title: current.title })}
            actions={[
              { label: t('resume'), primary: true, run: () => navigate({ name: 'play', id: current.id }) },
              { label: t('discard'), run: () => session.getState().reset() },
            ]}
          />
        )}
        {route.name === 'library' && (
          <LibraryScreen scenarios={library} best={best} onOpen={(id) => navigate({ name: 'play', id })} />
        )}
        {route.name === 'play' && (
          <PlayRoute key={route.id} id={route.id} library={library} session={session} go={navigate} />
        )}
        {route.name === 'progress' && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <ProgressScreen
              store={progress}
              textStore={textStore}
              library={library}
              onPlay={(id) => navigate({ name: 'play', id })}
            />
          </Suspense>
        )}
        {route.name === 'preview' && (
          <ErrorBoundary message={t('screenFailed')}>
            <Suspense fallback={<p role="status">{t('loading')}</p>}>
              <PreviewScreen storage={storage} />
            </Suspense>
          </ErrorBoundary>
        )}
        {route.name === 'settings' && (
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <SettingsScreen store={textStore} link={lrs.link} onSaved={lrs.reload} />
          </Suspense>
        )}
        {route.name === 'review' && (
          <ErrorBoundary message={t('screenFailed')}>
            <Suspense fallback={<p role="status">{t('loading')}</p>}>
              <ReviewScreen store={textStore} />
            </Suspense>
          </ErrorBoundary>
        )}
      </main>
    </>
  );
}
