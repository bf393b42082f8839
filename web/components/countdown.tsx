/** The soft countdown of a timed prompt: it only shows the time; answering late is the engine's business. */
import { useCallback, useRef } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { useTicker } from './use-ticker.ts';

/** Shows the seconds left out of `seconds`, then how far over; `elapsed` gives the prompt's milliseconds. */
export function Countdown({ seconds, elapsed }: { seconds: number; elapsed(): number }) {
  const { t, colon } = useLang();
  const ref = useRef<HTMLSpanElement>(null);
  const format = useCallback(
    (spent: number) => {
      ref.current?.parentElement?.classList.toggle('over', spent > seconds);
      return spent <= seconds ? `${seconds - spent} s` : t('overtime', { n: spent - seconds });
    },
    [seconds, t],
  );
  useTicker(ref, elapsed, format);
  return (
    <p className="countdown">
      <span className="visually-hidden">{colon(t('timeLeft', { n: seconds }))} </span>
      <span ref={ref} />
    </p>
  );
}
