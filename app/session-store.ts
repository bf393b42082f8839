/**
 * The session store shared by the web app and the terminal: a zustand vanilla store (no React)
 * that drives one play session. Every route and score comes from engine/session; the store only
 * keeps the engine's state, the events so far, and what the screen needs (exam mode, error).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  report as engineReport,
  restoreState,
  start as engineStart,
  step as engineStep,
  transcript,
  type SessionState,
} from '../engine/session/core.ts';
import type { Input, Report, Scenario, SessionEvent } from '../engine/types.ts';

/** Version of a saved session; another version is refused by `resume`. */
export const SAVED_SESSION_VERSION = 1;

/** A session saved mid-way (plain JSON), enough to resume exactly where it was. */
export interface SavedSession {
  v: 1;
  scenario: Scenario;
  state: SessionState;
  exam: boolean;
}

/** Options of `start`. */
export interface StartOptions {
  seed?: number;
  /** Exam mode: feedback is shown only in the debrief. */
  exam?: boolean;
}

/** The pending prompt the trainee must answer, from the events. */
export type PendingPrompt = Extract<SessionEvent, { type: 'prompt' }>;

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
  /** The engine's report, once the session has ended. */
  report: Report | null;
  start(scenario: Scenario, opts?: StartOptions): void;
  answer(text: string, seconds?: number): boolean;
  choose(option: string, seconds?: number): boolean;
  resume(saved: SavedSession): boolean;
  reset(): void;
}

const empty = { scenario: null, state: null, events: [], error: null, exam: false, ended: false, report: null };

/** Creates a session store; each screen (web, terminal, a test) makes its own. */
export function createSessionStore(): StoreApi<SessionStore> {
  return createStore<SessionStore>()((set, get) => {
    const play = (input: Input): boolean => {
      const { scenario, state, ended, events } = get();
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
      const isEnded = r.events.some((e) => e.type === 'ended');
      set({
        state: r.state,
        events: [...events, ...r.events],
        error: null,
        ended: isEnded,
        report: isEnded ? engineReport(scenario, r.state) : null,
      });
      return true;
    };
    return {
      ...empty,
      start(scenario, opts = {}) {
        const seed = opts.seed ?? Math.floor(Math.random() * 2 ** 31);
        const r = engineStart(scenario, { seed });
        const isEnded = r.events.some((e) => e.type === 'ended');
        set({
          scenario,
          state: r.state,
          events: r.events,
          error: null,
          exam: opts.exam ?? false,
          ended: isEnded,
          report: isEnded ? engineReport(scenario, r.state) : null,
        });
      },
      answer: (text, seconds) =>
        play(seconds === undefined ? { type: 'answer', text } : { type: 'answer', text, seconds }),
      choose: (option, seconds) =>
        play(seconds === undefined ? { type: 'choose', option } : { type: 'choose', option, seconds }),
      resume(saved) {
        if (!saved || saved.v !== SAVED_SESSION_VERSION || !saved.scenario || !saved.state) {
          set({ error: 'saved session cannot be resumed (unknown version or incomplete)' });
          return false;
        }
        const restored = restoreState(saved.scenario, saved.state);
        if ('error' in restored) {
          set({ error: `saved session cannot be resumed: ${restored.error}` });
          return false;
        }
        const events = transcript(restored.state);
        const isEnded = events.some((e) => e.type === 'ended');
        set({
          scenario: saved.scenario,
          state: restored.state,
          events,
          error: null,
          exam: saved.exam === true,
          ended: isEnded,
          report: isEnded ? engineReport(saved.scenario, restored.state) : null,
        });
        return true;
      },
      reset: () => set({ ...empty }),
    };
  });
}

/** The prompt waiting for an answer (the last prompt not yet followed by feedback), or null. */
export function pendingPrompt(events: SessionEvent[]): PendingPrompt | null {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'feedback' || e.type === 'ended') return null;
    if (e.type === 'prompt') return e;
  }
  return null;
}

/** The current session as a saved session (for a reload), or null when none is running. */
export function saveSession(s: Pick<SessionStore, 'scenario' | 'state' | 'exam'>): SavedSession | null {
  return s.scenario && s.state
    ? { v: SAVED_SESSION_VERSION, scenario: s.scenario, state: s.state, exam: s.exam }
    : null;
}
