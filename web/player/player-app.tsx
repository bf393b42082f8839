/**
 * The packaged player: one scenario, played as in the web app (intro, play, debrief), with every
 * step recorded in the LMS through its adapter. After the end a new try is practice only.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { createSessionStore, type SessionStore } from '../../app/session-store.ts';
import type { SessionState } from '../../engine/session/core.ts';
import { IntroScreen } from '../components/intro-screen.tsx';
import { Notice } from '../components/notice.tsx';
import { PlayScreen } from '../components/play-screen.tsx';
import { useLang } from '../i18n/lang.tsx';
import { scenarioMeta } from '../library/meta.ts';
import type { LmsAdapter } from './lms-adapter.ts';
import type { PackagedScenario } from './package-data.ts';

const DebriefScreen = lazy(() =>
  import('../components/debrief-screen.tsx').then((m) => ({ default: m.DebriefScreen })),
);

/** Records every new state in the LMS (in order), until a practice try; closes the LMS session on pagehide. */
function useLmsRecording(
  session: StoreApi<SessionStore>,
  adapter: LmsAdapter,
  { scenario, hash }: PackagedScenario,
  practice: boolean,
): void {
  useEffect(() => {
    let chain = Promise.resolve();
    const unsubscribe = session.subscribe((s, prev) => {
      if (!s.state || s.state === prev.state || practice) return;
      const state = s.state;
      chain = chain.then(() => adapter.record(scenario, state, hash)).catch(() => undefined);
    });
    const leave = () => void adapter.exit();
    window.addEventListener('pagehide', leave);
    return () => {
      unsubscribe();
      window.removeEventListener('pagehide', leave);
    };
  }, [session, adapter, scenario, hash, practice]);
}

/** What the player starts with: the scenario, the adapter, the resumed state (if any) and a notice. */
export interface PlayerProps {
  entry: PackagedScenario;
  adapter: LmsAdapter;
  resumed: SessionState | null;
  notice: string | null;
}

/** The player's screens. */
export function PlayerApp({ entry, adapter, resumed, notice: initialNotice }: PlayerProps) {
  const { t } = useLang();
  const { scenario } = entry;
  const session = useMemo(() => {
    const store = createSessionStore();
    if (resumed) store.getState().resume({ v: 1, scenario, state: resumed, exam: false });
    return store;
  }, [scenario, resumed]);
  const [notice, setNotice] = useState(initialNotice);
  const [debrief, setDebrief] = useState(() => resumed?.ended === true);
  const [practice, setPractice] = useState(false);
  const [exited, setExited] = useState(false);
  const running = useStore(session, (s) => (s.state ? s : null));
  useLmsRecording(session, adapter, entry, practice);
  const exit = () => {
    void adapter.exit().then(() => setExited(true));
  };
  if (exited)
    return (
      <p role="status" className="panel">
        {t('playerExited')}
      </p>
    );
  const bar = <PlayerBar notice={notice} onDismiss={() => setNotice(null)} onExit={exit} />;
  if (!running)
    return (
      <>
        {bar}
        <IntroScreen
          scenario={scenarioMeta(scenario)}
          onBack={exit}
          onStart={(exam) => session.getState().start(scenario, { exam })}
        />
      </>
    );
  const tryAgain = () => {
    setPractice(true);
    setNotice(t('playerPractice'));
    setDebrief(false);
    session.getState().start(scenario, { exam: running.exam });
  };
  return (
    <>
      {bar}
      {running.ended && running.report && debrief ? (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <DebriefScreen scenario={scenario} report={running.report} events={running.events} onTryAgain={tryAgain} />
        </Suspense>
      ) : (
        <PlayScreen store={session} onDebrief={() => setDebrief(true)} />
      )}
    </>
  );
}

/** The LMS notice (if any) and the Exit button, above every screen. */
function PlayerBar({ notice, onDismiss, onExit }: { notice: string | null; onDismiss(): void; onExit(): void }) {
  const { t } = useLang();
  return (
    <div className="player-bar">
      {notice && <Notice text={notice} onDismiss={onDismiss} />}
      <button type="button" onClick={onExit}>
        {t('playerExit')}
      </button>
    </div>
  );
}
