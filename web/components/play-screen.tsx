/** The play screen: the setting's frame, the transcript, and the input for the pending prompt. */
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { EMPTY_ANSWER, type SessionStore } from '../../app/session-store.ts';
import { useLang } from '../i18n/lang.tsx';
import { AnswerBox } from './answer-box.tsx';
import { ChoiceButtons } from './choice-buttons.tsx';
import { Countdown } from './countdown.tsx';
import { SettingFrame } from './setting-frame.tsx';
import { Transcript } from './transcript.tsx';
import { useSendAnswer } from './use-answer-checker.ts';

/** Plays the session held by `store`; `onDebrief` is offered once it has ended. */
export function PlayScreen({ store, onDebrief }: { store: StoreApi<SessionStore>; onDebrief(): void }) {
  const { t } = useLang();
  const scenario = useStore(store, (s) => s.scenario);
  const events = useStore(store, (s) => s.events);
  const exam = useStore(store, (s) => s.exam);
  const ended = useStore(store, (s) => s.ended);
  const error = useStore(store, (s) => s.error);
  const [startedAt] = useState(() => Date.now());
  const sendAnswer = useSendAnswer(store);
  const prompt = useStore(store, (s) => s.prompt);
  const promptIndex = prompt ? events.lastIndexOf(prompt) : -1;
  // a new prompt restarts the clock
  const since = useMemo(() => Date.now(), [promptIndex]);
  if (!scenario) return null;
  const seconds = () => Math.round((Date.now() - since) / 100) / 10;
  const lastLine = [...events].reverse().find((e) => e.type === 'line');
  const label = prompt?.prompt ?? t('yourAnswer');
  return (
    <section className={`play setting-${scenario.setting}`} aria-label={scenario.title}>
      <SettingFrame
        scenario={scenario}
        since={startedAt}
        speaking={lastLine?.type === 'line' ? lastLine.who : undefined}
      />
      <Transcript scenario={scenario} events={events} exam={exam} />
      {prompt && prompt.seconds !== undefined && (
        <Countdown key={`countdown-${promptIndex}`} seconds={prompt.seconds} since={since} />
      )}
      {prompt?.kind === 'free' && (
        <AnswerBox
          key={`answer-${promptIndex}`}
          label={label}
          error={error && error !== EMPTY_ANSWER ? error : null}
          onSend={(text) => sendAnswer(text, seconds())}
        />
      )}
      {prompt?.kind === 'choice' && (
        <ChoiceButtons
          label={label}
          options={prompt.options}
          locale={scenario.locale}
          onChoose={(id) => store.getState().choose(id, seconds())}
        />
      )}
      {ended && (
        <div className="actions">
          <button type="button" className="primary" onClick={onDebrief}>
            {t('seeDebrief')}
          </button>
        </div>
      )}
    </section>
  );
}
