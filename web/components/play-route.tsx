/** The #/play/ID route: the intro with content notes, then the play screen, then the debrief. */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { SessionStore } from '../../app/session-store.ts';
import type { Scenario } from '../../engine/types.ts';
import { useLang } from '../i18n/lang.tsx';
import type { LibraryEntry } from '../library/meta.ts';
import type { Route } from '../use-hash-route.ts';
import { IntroScreen } from './intro-screen.tsx';
import { PlayScreen } from './play-screen.tsx';

// The debrief is not needed before the first prompt: it loads while the trainee plays.
const DebriefScreen = lazy(() => import('./debrief-screen.tsx').then((m) => ({ default: m.DebriefScreen })));

/** Plays the library scenario `id` with the shared session store (the scenario itself loads on demand). */
export function PlayRoute({
  id,
  library,
  session,
  go,
}: {
  id: string;
  library: LibraryEntry[];
  session: StoreApi<SessionStore>;
  go(r: Route): void;
}) {
  const { t } = useLang();
  const entry = library.find((s) => s.id === id);
  const running = useStore(session, (s) => (s.scenario?.id === id && s.state ? s : null));
  const [debrief, setDebrief] = useState(() => session.getState().ended && session.getState().scenario?.id === id);
  const [loadError, setLoadError] = useState<string | null>(null);
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
  const start = (exam: boolean) => {
    if (!entry) return;
    (loading.current ??= entry.load()).then(
      (scenario) => {
        setDebrief(false);
        session.getState().start(scenario, { exam });
      },
      (e: unknown) => {
        loading.current = null;
        setLoadError(t('loadFailed', { reason: e instanceof Error ? e.message : String(e) }));
      },
    );
  };
  if (!running)
    return <IntroScreen scenario={entry!} error={loadError} onBack={() => go({ name: 'library' })} onStart={start} />;
  if (running.ended && running.report && debrief) {
    const index = library.findIndex((s) => s.id === id);
    const next = index >= 0 && library.length > 1 ? library[(index + 1) % library.length] : undefined;
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
  return <PlayScreen store={session} onDebrief={() => setDebrief(true)} />;
}
