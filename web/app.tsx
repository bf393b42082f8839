/** The web app: header (navigation, language, pause / leave), routes, and the stores wired to the browser storage. */
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { scenarioBests } from '../app/progress.ts';
import type { SessionStore } from '../app/session-store.ts';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { Header } from './components/header.tsx';
import { LibraryScreen } from './components/library-screen.tsx';
import { Notice } from './components/notice.tsx';
import { PlayRoute } from './components/play-route.tsx';
import { initialLang, LangProvider, useLang } from './i18n/lang.tsx';
import type { LibraryEntry } from './library/meta.ts';
import { browserStore } from './storage/browser-store.ts';
import { createProgressStore, type ProgressState } from './storage/progress-store.ts';
import { LrsWaiting } from './lrs/lrs-status.tsx';
import { useLrs } from './lrs/use-lrs.ts';
import { useHashRoute, type Route } from './use-hash-route.ts';
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
  const best = useMemo(() => scenarioBests(attempts), [attempts]);
  const navigate = useFocusingNavigate(go);
  const wide = route.name === 'preview' || route.name === 'review';
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('skipToMain')}
      </a>
      <Header route={route} go={navigate} onLeave={() => navigate({ name: 'library' })} />
      <main id="main" tabIndex={-1} className={wide ? 'wide' : undefined}>
        <StorageNotices progress={progress} notices={notices} dismiss={dismiss} />
        <LrsWaiting link={lrs.link} />
        {route.name === 'library' && (
          <ResumeBanner session={session} onResume={(id) => navigate({ name: 'play', id })} />
        )}
        {route.name === 'library' && (
          <LibraryScreen scenarios={library} best={best} onOpen={(id) => navigate({ name: 'play', id })} />
        )}
        {route.name === 'play' && (
          <PlayRoute key={route.id} id={route.id} library={library} session={session} go={navigate} />
        )}
        {route.name === 'progress' && (
          <Lazy>
            <ProgressScreen
              store={progress}
              textStore={textStore}
              library={library}
              onPlay={(id) => navigate({ name: 'play', id })}
            />
          </Lazy>
        )}
        {route.name === 'preview' && (
          <Lazy guarded>
            <PreviewScreen storage={storage} />
          </Lazy>
        )}
        {route.name === 'settings' && (
          <Lazy>
            <SettingsScreen store={textStore} link={lrs.link} onSaved={lrs.reload} />
          </Lazy>
        )}
        {route.name === 'review' && (
          <Lazy guarded>
            <ReviewScreen store={textStore} />
          </Lazy>
        )}
      </main>
    </>
  );
}

/** What the browser storage could not do (records set aside, a save that failed), until dismissed. */
function StorageNotices(props: { progress: StoreApi<ProgressState>; notices: string[]; dismiss(n: string): void }) {
  const { t } = useLang();
  const problem = useStore(props.progress, (s) => s.problem);
  return (
    <>
      {problem && (
        <Notice
          text={
            problem.kind === 'setAside'
              ? t('setAsideNotice', { n: problem.n, key: problem.keptAt })
              : t('storageProblem', { detail: problem.reason })
          }
          onDismiss={() => props.progress.getState().dismissNotice()}
        />
      )}
      {props.notices.map((n) => (
        <Notice key={n} text={t('storageProblem', { detail: n })} onDismiss={() => props.dismiss(n)} />
      ))}
    </>
  );
}

/** A lazily loaded screen: a loading line while its code arrives; `guarded`, a message if it fails. */
function Lazy({ children, guarded = false }: { children: ReactNode; guarded?: boolean }) {
  const { t } = useLang();
  const body = <Suspense fallback={<p role="status">{t('loading')}</p>}>{children}</Suspense>;
  return guarded ? <ErrorBoundary message={t('screenFailed')}>{body}</ErrorBoundary> : body;
}

/** Navigation that also moves the focus to the main region (so a screen reader starts there). */
function useFocusingNavigate(go: (r: Route) => void): (r: Route) => void {
  const [focusMain, setFocusMain] = useState(0);
  useEffect(() => {
    if (focusMain) document.getElementById('main')?.focus();
  }, [focusMain]);
  return (r) => {
    go(r);
    setFocusMain((n) => n + 1);
  };
}

/** The banner offering to resume the session left mid-way, or to discard it. */
function ResumeBanner({ session, onResume }: { session: StoreApi<SessionStore>; onResume(id: string): void }) {
  const { t } = useLang();
  const current = useStore(session, (s) => (s.scenario && !s.ended ? s.scenario : null));
  if (!current) return null;
  return (
    <Notice
      text={t('resumeBanner', { title: current.title })}
      actions={[
        { label: t('resume'), primary: true, run: () => onResume(current.id) },
        { label: t('discard'), run: () => session.getState().reset() },
      ]}
    />
  );
}
