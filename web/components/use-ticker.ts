/** Writes a ticking text (a timer, a countdown) straight into an element once a second, without re-rendering React. */
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Every second, sets `ref`'s text (the element must have no React children: its text is the ticker's) to
 * `format(whole seconds that elapsed() gives)`; `elapsed` reads the play clock, so a paused clock stands still.
 */
export function useTicker(
  ref: RefObject<HTMLElement | null>,
  elapsed: () => number,
  format: (seconds: number) => string,
): void {
  const read = useRef(elapsed);
  read.current = elapsed;
  useEffect(() => {
    const tick = () => {
      if (ref.current) ref.current.textContent = format(Math.max(0, Math.floor(read.current() / 1000)));
    };
    tick();
    const id = setInterval(tick, 1000);
    return () => clearInterval(id);
  }, [ref, format]);
}
