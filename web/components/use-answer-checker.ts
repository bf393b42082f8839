/**
 * The answer checker (the text analysis, about a tenth of the trainee's JavaScript) is loaded once a
 * prompt is on screen, not before: the first prompt comes sooner, and the trainee reads it meanwhile.
 */
import { useEffect, useRef, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { SessionStore } from '../../app/session-store.ts';
import { answerReader } from '../../engine/session/reader.ts';
import type { Scenario } from '../../engine/types.ts';
import { withPhrases } from '../../app/scenario-phrases.ts';

/** Whether the answer checker and the scenario's phrases are loaded; starts loading them on first use. */
export function useAnswerChecker(scenario: Scenario | null): boolean {
  const isReady = () => answerReader() !== undefined && !scenario?.phrasesLater;
  const [ready, setReady] = useState(isReady);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (ready || !scenario) return;
    let live = true;
    // In a task of its own, after the prompt is painted (an effect of a click may run before the paint).
    const timer = setTimeout(
      () =>
        void Promise.all([import('../../engine/session/answer.ts'), withPhrases(scenario)]).then(
          () => live && setReady(true),
          () => live && setTimeout(() => setAttempt((n) => n + 1), 2000), // a failed fetch: try again
        ),
      0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ready, scenario, attempt]);
  return ready;
}

/**
 * Sends a typed answer to the session. One sent in the first instants, before the checker has loaded,
 * is kept and goes as soon as it has (the box keeps the text until then).
 */
export function useSendAnswer(store: StoreApi<SessionStore>): (text: string, seconds: number) => boolean {
  const ready = useAnswerChecker(useStore(store, (s) => s.scenario));
  const waiting = useRef<{ text: string; seconds: number } | null>(null);
  useEffect(() => {
    const w = waiting.current;
    if (!ready || !w) return;
    waiting.current = null;
    store.getState().answer(w.text, w.seconds);
  }, [ready, store]);
  return (text, seconds) => {
    if (ready) return store.getState().answer(text, seconds);
    waiting.current = { text, seconds };
    return false;
  };
}
