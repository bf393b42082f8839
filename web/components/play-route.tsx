/**
 * The #/play/ID route: the intro with content notes (or the session of this scenario kept for later), then
 * the play screen, then the debrief. Starting while another scenario is in progress asks first.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { TextStore } from '../../app/persistence.ts';
import type { SessionStore } from '../../app/session-store.ts';
import type { Scenario } from '../../engine/types.ts';
import { useLang } from '../i18n/lang.tsx';
import type { LibraryEntry } from '../library/meta.ts';
import { nextInLanguage } from '../library/order.ts';
import type { Route } from '../use-hash-route.ts';
import type { SessionShelf } from '../use-session-shelf.ts';
import { IntroScreen } from './intro-screen.tsx';
import { PlayScreen } from './play-screen.tsx';
import { later } from './later.tsx';

/** The question asked before starting another scenario: loaded when it is asked. */
const SwitchConfirm = later(() => import('./switch-confirm.tsx').then((m) => m.SwitchConfirm));

// The debrief is not needed before the first prompt: it loads while the trainee plays.
const DebriefScreen = lazy(() => import('./debrief-screen.tsx').then((m) => ({ default: m.DebriefScreen })));

/** What the route is given. */
export interface PlayRouteProps {
  id: string;
  library: LibraryEntry[];
  session: StoreApi<SessionStore>;
  shelf: SessionShelf;
  go(r: Route): void;
  /** The pause panel is open. */
  paused?: boolean;
  /** Where the clock, the draft and the read-aloud choice are kept. */
  keep?: TextStore | null;
}

/** Plays the library scenario `id` with the shared session store (the scenario itself loads on demand). */
export function PlayRoute({ id, library, session, shelf, go, paused = false, keep = null }: PlayRouteProps) {
  const { t } = useLang();
  const entry = library.find((s) => s.id === id);
  const running = useStore(session, (s) => (s.scenario?.id === id && s.state ? s : null));
  const [debrief, setDebrief] = useState(() => session.getState().ended && session.getState().scenario?.id === id);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [asking, setAsking] = useState<{ exam: boolean; title: string } | null>(null);
  const loading = useRef<Promise<Scenario> | null>(null);
  useEffect(() => {
    if (entry && !running) loading.current ??= entry.load(); // fetch while the trainee reads the intro
  }, [entry, running]);
  if (!entry && !running) {
    return (
      <section className="panel">
        <h1>{id}</h1>
        <p role="alert">{t('notFound', { id })}</p>
        <button type="button" onClick={() => go({ name: 'library' })}>
          {t('back')}
        </button>
      </section>
    );
  }
  const begin = (exam: boolean) => {
    if (!entry) return;
    (loading.current ??= entry.load()).then(
      (scenario) => {
        setDebrief(false);
        if (shelf.kept.some((k) => k.id === id)) shelf.discard(id);
        session.getState().start(scenario, { exam });
      },
      (e: unknown) => {
        loading.current = null;
        setLoadError(t('loadFailed', { reason: e instanceof Error ? e.message : String(e) }));
      },
    );
  };
  const start = (exam: boolean) => {
    const other = shelf.otherInProgress(id);
    if (other) setAsking({ exam, title: other.title });
    else begin(exam);
  };
  if (!running) {
    const kept = shelf.kept.find((k) => k.id === id);
    return (
      <IntroScreen
        scenario={entry!}
        error={loadError}
        kept={kept}
        onResume={() => shelf.resume(id)}
        onBack={() => go({ name: 'library' })}
        onStart={start}
      >
        {asking && (
          <SwitchConfirm
            title={asking.title}
            onKeep={() => (setAsking(null), shelf.keepCurrent() && begin(asking.exam))}
            onDiscard={() => (setAsking(null), shelf.discardCurrent(), begin(asking.exam))}
            onCancel={() => setAsking(null)}
          />
        )}
      </IntroScreen>
    );
  }
  if (running.ended && running.report && debrief) {
    const next = nextInLanguage(library, id);
    return (
      <Suspense fallback={<p role="status">{t('loading')}</p>}>
        <DebriefScreen
          scenario={running.scenario!}
          report={running.report}
          events={running.events}
          onTryAgain={() => {
            setDebrief(false);
            session.getState().start(running.scenario!, { exam: running.exam });
          }}
          onNext={
            next
              ? () => {
                  session.getState().reset();
                  go({ name: 'play', id: next.id });
                }
              : undefined
          }
        />
      </Suspense>
    );
  }
  if (running.ended) void import('./debrief-screen.tsx'); // warm the chunk
  return <PlayScreen store={session} onDebrief={() => setDebrief(true)} paused={paused} keep={keep} allowBack />;
}
