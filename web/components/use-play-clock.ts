/**
 * The clock of the play screen (app/play-clock.ts): it stops while the pause panel is open, starts again at
 * each new prompt, and is kept in the browser (`clock.<scenario id>`) each second and when the page goes,
 * so that a reload carries on with exactly the time already taken.
 */
import { useEffect, useRef } from 'react';
import type { TextStore } from '../../app/persistence.ts';
import {
  nextPrompt,
  readClock,
  restartClock,
  resumeFrom,
  runningClock,
  stopClock,
  type KeptClock,
  type PlayClock,
} from '../../app/play-clock.ts';

/** Name of a scenario's kept clock. */
export const clockName = (id: string) => `clock.${id}`;

/** What the clock hook needs: whose session, the prompt timed (-1: none), whether paused, where to keep it. */
export interface ClockOptions {
  scenario: string;
  seed: number;
  prompt: number;
  paused: boolean;
  keep: TextStore | null;
}

function keptClock(keep: TextStore | null, id: string): unknown {
  const read = keep?.read(clockName(id));
  if (!read || !('text' in read)) return null;
  try {
    return JSON.parse(read.text) as unknown;
  } catch {
    return null;
  }
}

/** The running clock; `read()` gives the session's and the prompt's milliseconds now. */
export function usePlayClock({ scenario, seed, prompt, paused, keep }: ClockOptions) {
  const clock = useRef<PlayClock | null>(null);
  const timed = useRef(prompt);
  if (clock.current === null) {
    const from = resumeFrom(keptClock(keep, scenario), seed, prompt);
    clock.current = paused ? { ...from, since: null } : runningClock(Date.now(), from);
  }
  if (timed.current !== prompt) {
    timed.current = prompt;
    clock.current = nextPrompt(clock.current, Date.now());
  }
  useEffect(() => {
    const now = Date.now();
    clock.current = paused ? stopClock(clock.current!, now) : restartClock(clock.current!, now);
  }, [paused]);
  useEffect(() => {
    if (!keep || prompt < 0) return;
    const save = () => {
      const kept: KeptClock = { v: 1, seed, at: timed.current, ...readClock(clock.current!, Date.now()) };
      keep.write(clockName(scenario), JSON.stringify(kept));
    };
    const id = setInterval(save, 1000);
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', save);
    return () => {
      clearInterval(id);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', save);
      save();
    };
  }, [keep, scenario, seed, prompt]);
  return { read: () => readClock(clock.current!, Date.now()) };
}
