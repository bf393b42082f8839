/**
 * The session store shared by the web app and the terminal: a zustand vanilla store (no React)
 * that drives one play session. Every route and score comes from engine/session; the store only
 * keeps the engine's state, the events so far, and what the screen needs (exam mode, error).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  currentPrompt,
  report as engineReport,
  start as engineStart,
  step as engineStep,
  transcript,
  type SessionState,
} from '../engine/session/core.ts';
import type { Input, PromptEvent, Report, Scenario, SessionEvent } from '../engine/types.ts';
import { readSavedSession, SAVED_SESSION_VERSION, type SavedSession } from './saved-session.ts';

export { SAVED_SESSION_VERSION, type SavedSession } from './saved-session.ts';

/** Options of `start`. */
export interface StartOptions {
  seed?: number;
  /** Exam mode: feedback is shown only in the debrief. */
  exam?: boolean;
}

/** Message of the error set when an empty answer is sent. */
export const EMPTY_ANSWER = 'empty answer';

/** What the store holds, and its actions. */
export interface SessionStore {
  scenario: Scenario | null;
  state: SessionState | null;
  events: SessionEvent[];
  /** The last refused input (engine error or empty answer), cleared by the next good one. */
  error: string | null;
  exam: boolean;
  ended: boolean;
  /** The prompt the session waits at (the engine's `currentPrompt`), null when none. */
  prompt: PromptEvent | null;
  /** The engine's report, once the session has ended. */
  report: Report | null;
  /** The states before each input of this run (engine states are immutable: going back restores one). */
  history: SessionState[];
  start(scenario: Scenario, opts?: StartOptions): void;
  answer(text: string, seconds?: number): boolean;
  choose(option: string, seconds?: number): boolean;
  /** Resumes a saved value (checked by `readSavedSession`, then by the engine); false with `error` when refused. */
  resume(saved: unknown): boolean;
  /** Back one step while practising: the state before the last input (never in exam mode or after the end). */
  back(): boolean;
  reset(): void;
}

/** Whether "back one step" is open: practising (not in exam mode), not ended, and an input to take back. */
export function canGoBack(s: Pick<SessionStore, 'exam' | 'ended' | 'history'>): boolean {
  return !s.exam && !s.ended && s.history.length > 0;
}

const empty = {
  scenario: null,
  state: null,
  events: [],
  error: null,
  exam: false,
  ended: false,
  prompt: null,
  report: null,
  history: [],
};

/** What the store holds after the engine moved: ended or not, the prompt waited at, the report. */
function settled(scenario: Scenario, state: SessionState, events: SessionEvent[]) {
  const ended = state.ended;
  const prompt = ended ? null : currentPrompt(scenario, state);
  return { scenario, state, events, error: null, ended, prompt, report: ended ? engineReport(scenario, state) : null };
}

/** Creates a session store; each screen (web, terminal, a test) makes its own. */
export function createSessionStore(): StoreApi<SessionStore> {
  return createStore<SessionStore>()((set, get) => {
    const play = (input: Input): boolean => {
      const { scenario, state, ended, events, history } = get();
      if (!scenario || !state || ended) {
        set({ error: 'no session is waiting for an answer' });
        return false;
      }
      if (input.type === 'answer' && input.text.trim() === '') {
        set({ error: EMPTY_ANSWER });
        return false;
      }
      const r = engineStep(scenario, state, input);
      if (r.error) {
        set({ error: r.error });
        return false;
      }
      set({ ...settled(scenario, r.state, [...events, ...r.events]), history: [...history, state] });
      return true;
    };
    return {
      ...empty,
      start(scenario, opts = {}) {
        const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
        const r = engineStart(scenario, { seed });
        set({ ...settled(scenario, r.state, r.events), exam: opts.exam ?? false, history: [] });
      },
      answer: (text, seconds) =>
        play(seconds === undefined ? { type: 'answer', text } : { type: 'answer', text, seconds }),
      choose: (option, seconds) =>
        play(seconds === undefined ? { type: 'choose', option } : { type: 'choose', option, seconds }),
      resume(value) {
        const checked = readSavedSession(value);
        if ('error' in checked) {
          set({ error: `saved session cannot be resumed: ${checked.error}` });
          return false;
        }
        const { scenario, state, exam } = checked.saved;
        set({ ...settled(scenario, state, transcript(state)), exam, history: [] });
        return true;
      },
      back() {
        const s = get();
        const previous = s.history[s.history.length - 1];
        if (!canGoBack(s) || !previous || !s.scenario) return false;
        set({ ...settled(s.scenario, previous, transcript(previous)), history: s.history.slice(0, -1) });
        return true;
      },
      reset: () => set({ ...empty }),
    };
  });
}

/** The current session as a saved session (for a reload), or null when none is running. */
export function saveSession(s: Pick<SessionStore, 'scenario' | 'state' | 'exam'>): SavedSession | null {
  return s.scenario && s.state
    ? { v: SAVED_SESSION_VERSION, scenario: s.scenario, state: s.state, exam: s.exam }
    : null;
}
