/** Writes a ticking text (a timer, a countdown) straight into an element once a second, without re-rendering React. */
import { useEffect, type RefObject } from 'react';

/** Every second, sets `ref`'s text (the element must have no React children: its text is the ticker's) to `format(seconds elapsed since since)`. */
export function useTicker(
  ref: RefObject<HTMLElement | null>,
  since: number,
  format: (elapsed: number) => string,
): void {
  useEffect(() => {
    const tick = () => {
      if (ref.current) ref.current.textContent = format(Math.max(0, Math.floor((Date.now() - since) / 1000)));
    };
    tick();
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [ref, since, format]);
}

/** Seconds as m:ss. */
export function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
