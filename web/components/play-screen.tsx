/**
 * The play screen: the setting's frame, the transcript, and the input for the pending prompt; its clock
 * stops during a break, and (with `keep`) the clock and the draft answer survive a reload.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { TextStore } from '../../app/persistence.ts';
import { canGoBack, EMPTY_ANSWER, type SessionStore } from '../../app/session-store.ts';
import { useLang } from '../i18n/lang.tsx';
import { AnswerBox } from './answer-box.tsx';
import { ChoiceButtons } from './choice-buttons.tsx';
import { Countdown } from './countdown.tsx';
import { draftName, readDraft, writeDraft } from './kept-draft.ts';
import { SettingFrame } from './setting-frame.tsx';
import { later } from './later.tsx';
import { eventItemId, FeedbackBox, promptShown, Transcript } from './transcript.tsx';
import { useSendAnswer } from './use-answer-checker.ts';
import { clockName, usePlayClock } from './use-play-clock.ts';

/** The read-aloud switch and voice, loaded once the play screen is up (not in the first load). */
const ReadAloud = later(() => import('./read-aloud.tsx').then((m) => m.ReadAloud));

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
  const seed = useStore(store, (s) => s.state?.seed ?? 0);
  const prompt = useStore(store, (s) => s.prompt);
  const promptIndex = prompt ? events.lastIndexOf(prompt) : -1;
  const id = scenario?.id ?? '';
  const clock = usePlayClock({ scenario: id, seed, prompt: promptIndex, paused, keep });
  const back = useBackStep(store, keep, allowBack);
  const mounted = useMounted();
  const idPrefix = useId();
  useEffect(() => {
    if (ended && keep) [clockName(id), draftName(id)].forEach((name) => keep.remove(name));
  }, [ended, keep, id]);
  if (!scenario) return null;
  const lastLine = [...events].reverse().find((e) => e.type === 'line');
  return (
    <section className={`play setting-${scenario.setting}`} aria-label={scenario.title}>
      <SettingFrame scenario={scenario} speaking={lastLine?.type === 'line' ? lastLine.who : undefined} />
      <Transcript scenario={scenario} events={events} exam={exam} idPrefix={idPrefix} />
      {back.taken > 0 && (
        <p className="small" role="status">
          {t('steppedBack')}
        </p>
      )}
      <PromptInput
        store={store}
        keep={keep}
        promptClock={() => clock.read().prompt}
        taken={back.taken}
        idPrefix={idPrefix}
      />
      <div className="play-tools">
        {back.open && (
          <button type="button" onClick={back.go}>
            {t('backStep')}
          </button>
        )}
        {mounted && <ReadAloud events={events} locale={scenario.locale} paused={paused} keep={keep} />}
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

/** "Back one step": whether it is open, how often it was taken, and taking it (the answer goes back in the box). */
function useBackStep(store: StoreApi<SessionStore>, keep: TextStore | null, allowed: boolean) {
  const open = useStore(store, (s) => allowed && canGoBack(s));
  const [taken, setTaken] = useState(0);
  const go = () => {
    const last = [...store.getState().events].reverse().find((e) => e.type === 'feedback');
    if (!store.getState().back()) return;
    const now = store.getState();
    if (last && now.scenario && now.state && now.prompt?.kind === 'free')
      writeDraft(keep, now.scenario.id, now.state.seed, now.events.lastIndexOf(now.prompt), last.answer);
    setTaken((n) => n + 1);
  };
  return { open, taken, go };
}

/**
 * The countdown and the answer box or the options of the prompt waited at; `promptClock` gives its milliseconds.
 * The prompt's words are in the transcript (item `idPrefix`), not repeated here.
 */
function PromptInput(props: {
  store: StoreApi<SessionStore>;
  keep: TextStore | null;
  promptClock(): number;
  taken: number;
  idPrefix: string;
}) {
  const { store, keep } = props;
  const { t } = useLang();
  const scenario = useStore(store, (s) => s.scenario);
  const prompt = useStore(store, (s) => s.prompt);
  const events = useStore(store, (s) => s.events);
  const error = useStore(store, (s) => s.error);
  const seed = useStore(store, (s) => s.state?.seed ?? 0);
  const sendAnswer = useSendAnswer(store);
  const at = prompt ? events.lastIndexOf(prompt) : -1;
  const id = scenario?.id ?? '';
  const draft = useMemo(() => readDraft(keep, id, seed, at), [keep, id, seed, at, props.taken]);
  if (!scenario || !prompt) return null;
  const seconds = () => Math.round(props.promptClock() / 100) / 10;
  const label = prompt.prompt ?? t('yourAnswer');
  const promptId = promptShown(prompt) ? eventItemId(props.idPrefix, at) : undefined;
  return (
    <>
      {prompt.seconds !== undefined && (
        <Countdown key={`countdown-${at}`} seconds={prompt.seconds} elapsed={props.promptClock} />
      )}
      {prompt.kind === 'free' ? (
        <AnswerBox
          key={`answer-${at}-${props.taken}`}
          describedBy={promptId}
          initial={draft}
          onChange={(text) => writeDraft(keep, id, seed, at, text)}
          error={error && error !== EMPTY_ANSWER ? error : null}
          onSend={(text) => sendAnswer(text, seconds())}
        />
      ) : (
        <ChoiceButtons
          label={label}
          options={prompt.options}
          locale={scenario.locale}
          onChoose={(option) => store.getState().choose(option, seconds())}
        />
      )}
    </>
  );
}

/**
 * True once the first prompt is on screen and read-aloud's code is there. Like the answer checker, the feedback
 * box and read-aloud load in a task of their own after the prompt is painted, not before it.
 */
function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void FeedbackBox.preload();
      void ReadAloud.preload().then(() => live && setMounted(true));
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return mounted;
}
