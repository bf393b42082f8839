/** The web app: header (navigation, language, pause / leave), routes, and the stores wired to the browser storage. */
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { scenarioBests } from '../app/progress.ts';
import type { TextStore } from '../app/persistence.ts';
import type { SessionStore } from '../app/session-store.ts';
import type { StoreApi } from 'zustand/vanilla';
import { ErrorBoundary } from './components/error-boundary.tsx';
import { Header } from './components/header.tsx';
import { later } from './components/later.tsx';
import { LibraryScreen } from './components/library-screen.tsx';
import { PlayRoute } from './components/play-route.tsx';
import { StorageNotices } from './components/storage-notices.tsx';
import { initialLang, LangProvider, useLang } from './i18n/lang.tsx';
import type { LibraryEntry } from './library/meta.ts';
import { browserStore } from './storage/browser-store.ts';
import { createProgressStore, type ProgressState } from './storage/progress-store.ts';
import { LrsWaiting } from './lrs/lrs-status.tsx';
import { useLrs } from './lrs/use-lrs.ts';
import { useHashRoute, type Route } from './use-hash-route.ts';
import { usePersistedSession } from './use-persisted-session.ts';
import { useSessionShelf, type SessionShelf } from './use-session-shelf.ts';

/** The sessions left mid-way, above the library: loaded when there is one. */
const InProgress = later(() => import('./components/in-progress.tsx').then((m) => m.InProgress));
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
  /** Where everything is kept, when not `storage` alone (main.tsx: progress in IndexedDB). */
  texts?: TextStore;
}

/** The whole app. */
export function App(props: AppProps) {
  return (
    <LangProvider initial={initialLang(props.storage, props.navigatorLang)} storage={props.storage}>
      <Shell {...props} />
    </LangProvider>
  );
}

function Shell({ library, storage, texts }: AppProps) {
  const { t } = useLang();
  const [route, go] = useHashRoute();
  const [textStore] = useState(() => texts ?? browserStore(storage));
  const [progress] = useState(() => createProgressStore(textStore));
  const { session, alerts, dismiss, tell } = usePersistedSession(textStore, progress);
  const shelf = useSessionShelf(textStore, session, (p) => tell(p.kind === 'notKept' ? p : { kind: 'unreadable' }));
  const [paused, setPaused] = useState(false);
  const lrs = useLrs(textStore, session, library);
  const navigate = useFocusingNavigate(go);
  const wide = route.name === 'preview' || route.name === 'review';
  const play = (id: string) => navigate({ name: 'play', id });
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('skipToMain')}
      </a>
      <Header route={route} go={navigate} onLeave={() => navigate({ name: 'library' })} onPause={setPaused} />
      <main id="main" tabIndex={-1} className={wide ? 'wide' : undefined}>
        <StorageNotices progress={progress} alerts={alerts} dismiss={dismiss} />
        <LrsWaiting link={lrs.link} />
        {route.name === 'library' && (
          <LibraryRoute library={library} progress={progress} session={session} shelf={shelf} onOpen={play} />
        )}
        {route.name === 'play' && (
          <PlayRoute
            key={route.id}
            id={route.id}
            library={library}
            session={session}
            shelf={shelf}
            go={navigate}
            paused={paused}
            keep={textStore}
          />
        )}
        {route.name === 'progress' && (
          <Lazy>
            <ProgressScreen store={progress} textStore={textStore} library={library} onPlay={play} />
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

/** The library, with the sessions in progress above it and the best scores on its cards. */
function LibraryRoute(props: {
  library: LibraryEntry[];
  progress: StoreApi<ProgressState>;
  session: StoreApi<SessionStore>;
  shelf: SessionShelf;
  onOpen(id: string): void;
}) {
  const attempts = useStore(props.progress, (s) => s.attempts);
  const best = useMemo(() => scenarioBests(attempts), [attempts]);
  const playing = useStore(props.session, (s) => (s.state && !s.ended ? s.scenario?.id : undefined));
  const kept = props.shelf.kept;
  const inProgress = useMemo(() => new Set([...kept.map((k) => k.id), ...(playing ? [playing] : [])]), [kept, playing]);
  return (
    <>
      {inProgress.size > 0 && <InProgress session={props.session} shelf={props.shelf} onResume={props.onOpen} />}
      <LibraryScreen scenarios={props.library} best={best} inProgress={inProgress} onOpen={props.onOpen} />
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
