/**
 * The soft countdown of a timed prompt, the play screen's one timer: "Suggested time: 38 s left", then "Over the
 * suggested time by 5 s". It only shows the time; answering late is the engine's business.
 */
import { useCallback, useRef } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { useTicker } from './use-ticker.ts';

/** Shows the seconds left out of `seconds`, then how far over; `elapsed` gives the prompt's milliseconds. */
export function Countdown({ seconds, elapsed }: { seconds: number; elapsed(): number }) {
  const { t } = useLang();
  const ref = useRef<HTMLParagraphElement>(null);
  const format = useCallback(
    (spent: number) => {
      ref.current?.classList.toggle('over', spent > seconds);
      return spent <= seconds ? t('timeLeft', { n: seconds - spent }) : t('overtime', { n: spent - seconds });
    },
    [seconds, t],
  );
  useTicker(ref, elapsed, format);
  return <p ref={ref} className="countdown" role="timer" />;
}
