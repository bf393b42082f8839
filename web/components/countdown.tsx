/** The soft countdown of a timed prompt: it only shows the time; answering late is the engine's business. */
import { useCallback, useRef } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { useTicker } from './use-ticker.ts';

/** Shows the seconds left out of `seconds`, then how far over; never blocks the answer. */
export function Countdown({ seconds, since }: { seconds: number; since: number }) {
  const { t, colon } = useLang();
  const ref = useRef<HTMLSpanElement>(null);
  const format = useCallback(
    (elapsed: number) => {
      ref.current?.parentElement?.classList.toggle('over', elapsed > seconds);
      return elapsed <= seconds ? `${seconds - elapsed} s` : t('overtime', { n: elapsed - seconds });
    },
    [seconds, t],
  );
  useTicker(ref, since, format);
  return (
    <p className="countdown">
      <span className="visually-hidden">{colon(t('timeLeft', { n: seconds }))} </span>
      <span ref={ref} />
    </p>
  );
}
