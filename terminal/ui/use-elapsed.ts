/** Seconds since a prompt appeared, re-rendering once a second while a time limit is shown. */
import { createContext, useContext, useEffect, useRef, useState } from 'react';

/** The clock of the terminal screens (tests pass a fake one). */
export const ClockContext = createContext<() => number>(() => Date.now());

/** Elapsed seconds since `key` changed (a new prompt); ticks only when `ticking`. */
export function useElapsed(key: string, ticking: boolean): () => number {
  const now = useContext(ClockContext);
  const since = useRef({ key, at: now() });
  if (since.current.key !== key) since.current = { key, at: now() };
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!ticking) return;
    const t = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(t);
  }, [key, ticking]);
  return () => (now() - since.current.at) / 1000;
}
