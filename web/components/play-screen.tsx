/**
 * The play screen: the setting's frame, the transcript, and the input for the pending prompt; its clock
 * stops during a break, and (with `keep`) the clock and the draft answer survive a reload.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { TextStore } from '../../app/persistence.ts';
import { canGoBack, EMPTY_ANSWER, type SessionStore } from '../../app/session-store.ts';
import { useLang } from '../i18n/lang.tsx';
import { AnswerBox } from './answer-box.tsx';
import { ChoiceButtons } from './choice-buttons.tsx';
import { Countdown } from './countdown.tsx';
import { draftName, readDraft, writeDraft } from './kept-draft.ts';
import { ReadAloud } from './read-aloud.tsx';
import { SettingFrame } from './setting-frame.tsx';
import { Transcript } from './transcript.tsx';
import { useSendAnswer } from './use-answer-checker.ts';
import { clockName, usePlayClock } from './use-play-clock.ts';

/** What the play screen is given besides its store. */
export interface PlayOptions {
  /** The pause panel is open: the clock stands still. */
  paused?: boolean;
  /** Where the clock, the draft and the read-aloud choice are kept (none: this page only). */
  keep?: TextStore | null;
  /** Offer "back one step" while practising (the web app; not an LMS package). */
  allowBack?: boolean;
}

/** Plays the session held by `store`; `onDebrief` is offered once it has ended. */
export function PlayScreen({
  store,
  onDebrief,
  paused = false,
  keep = null,
  allowBack = false,
}: { store: StoreApi<SessionStore>; onDebrief(): void } & PlayOptions) {
  const { t } = useLang();
  const scenario = useStore(store, (s) => s.scenario);
  const events = useStore(store, (s) => s.events);
  const exam = useStore(store, (s) => s.exam);
  const ended = useStore(store, (s) => s.ended);
  const error = useStore(store, (s) => s.error);
  const seed = useStore(store, (s) => s.state?.seed ?? 0);
  const back = useStore(store, (s) => allowBack && canGoBack(s));
  const sendAnswer = useSendAnswer(store);
  const prompt = useStore(store, (s) => s.prompt);
  const promptIndex = prompt ? events.lastIndexOf(prompt) : -1;
  const id = scenario?.id ?? '';
  const clock = usePlayClock({ scenario: id, seed, prompt: promptIndex, paused, keep });
  const [takenBack, setTakenBack] = useState(0);
  const draft = useMemo(() => readDraft(keep, id, seed, promptIndex), [keep, id, seed, promptIndex, takenBack]);
  useEffect(() => {
    if (ended && keep) [clockName(id), draftName(id)].forEach((name) => keep.remove(name));
  }, [ended, keep, id]);
  if (!scenario) return null;
  const seconds = () => Math.round(clock.read().prompt / 100) / 10;
  const lastLine = [...events].reverse().find((e) => e.type === 'line');
  const label = prompt?.prompt ?? t('yourAnswer');
  const goBack = () => {
    const last = [...events].reverse().find((e) => e.type === 'feedback');
    if (!store.getState().back()) return;
    const now = store.getState();
    const at = now.prompt ? now.events.lastIndexOf(now.prompt) : -1;
    if (last && now.prompt?.kind === 'free') writeDraft(keep ?? null, id, seed, at, last.answer);
    setTakenBack((n) => n + 1);
  };
  return (
    <section className={`play setting-${scenario.setting}`} aria-label={scenario.title}>
      <SettingFrame
        scenario={scenario}
        elapsed={() => clock.read().session}
        speaking={lastLine?.type === 'line' ? lastLine.who : undefined}
      />
      <Transcript scenario={scenario} events={events} exam={exam} />
      {takenBack > 0 && (
        <p className="small" role="status">
          {t('steppedBack')}
        </p>
      )}
      {prompt && prompt.seconds !== undefined && (
        <Countdown key={`countdown-${promptIndex}`} seconds={prompt.seconds} elapsed={() => clock.read().prompt} />
      )}
      {prompt?.kind === 'free' && (
        <AnswerBox
          key={`answer-${promptIndex}-${takenBack}`}
          label={label}
          initial={draft}
          onChange={(text) => writeDraft(keep, id, seed, promptIndex, text)}
          error={error && error !== EMPTY_ANSWER ? error : null}
          onSend={(text) => sendAnswer(text, seconds())}
        />
      )}
      {prompt?.kind === 'choice' && (
        <ChoiceButtons
          label={label}
          options={prompt.options}
          locale={scenario.locale}
          onChoose={(option) => store.getState().choose(option, seconds())}
        />
      )}
      <div className="play-tools">
        {back && (
          <button type="button" onClick={goBack}>
            {t('backStep')}
          </button>
        )}
        <ReadAloud events={events} locale={scenario.locale} paused={paused} keep={keep} />
      </div>
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
