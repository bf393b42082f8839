/** The #/play/ID route: the intro with content notes, then the play screen, then the debrief. */
import { useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { SessionStore } from '../../app/session-store.ts';
import type { Scenario } from '../../engine/types.ts';
import { useLang } from '../i18n/lang.tsx';
import type { Route } from '../use-hash-route.ts';
import { DebriefScreen } from './debrief-screen.tsx';
import { IntroScreen } from './intro-screen.tsx';
import { PlayScreen } from './play-screen.tsx';

/** Plays the library scenario `id` with the shared session store. */
export function PlayRoute({ id, library, session, go }: { id: string; library: Scenario[]; session: StoreApi<SessionStore>; go(r: Route): void }) {
  const { t } = useLang();
  const scenario = library.find((s) => s.id === id);
  const running = useStore(session, (s) => (s.scenario?.id === id && s.state ? s : null));
  const [debrief, setDebrief] = useState(() => session.getState().ended && session.getState().scenario?.id === id);
  if (!scenario) {
    return (
      <section className="panel">
        <h1>{id}</h1>
        <p role="alert">{t('noMatch')}</p>
        <button type="button" onClick={() => go({ name: 'library' })}>
          {t('back')}
        </button>
      </section>
    );
  }
  if (!running) {
    return <IntroScreen scenario={scenario} onBack={() => go({ name: 'library' })} onStart={(exam) => session.getState().start(scenario, { exam })} />;
  }
  if (running.ended && running.report && debrief) {
    const index = library.indexOf(scenario);
    const next = library[(index + 1) % library.length];
    return (
      <DebriefScreen
        scenario={running.scenario!}
        report={running.report}
        events={running.events}
        onTryAgain={() => {
          setDebrief(false);
          session.getState().start(scenario, { exam: running.exam });
        }}
        onNext={
          next && next !== scenario
            ? () => {
                session.getState().reset();
                go({ name: 'play', id: next.id });
              }
            : undefined
        }
      />
    );
  }
  return <PlayScreen store={session} onDebrief={() => setDebrief(true)} />;
}
