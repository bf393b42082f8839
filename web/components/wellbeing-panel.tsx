/** The always-visible "pause / leave" button; its panel (wellbeing-dialog.tsx) loads when first opened. */
import { useRef, useState } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { later } from './later.tsx';

const WellbeingDialog = later(() => import('./wellbeing-dialog.tsx').then((m) => m.WellbeingDialog));

/**
 * The button in the header; the panel offers to continue or leave to the library (`onLeave` absent: already
 * there). `onOpenChange` is told when it opens and closes: the play clock stands still meanwhile. On a phone it
 * reads "Pause", on one line; its name stays "Pause / leave".
 */
export function WellbeingButton({
  onLeave,
  onOpenChange,
}: {
  onLeave?: () => void;
  onOpenChange?: (open: boolean) => void;
}) {
  const { t } = useLang();
  const [open, setOpenState] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const setOpen = (value: boolean) => {
    setOpenState(value);
    onOpenChange?.(value);
  };
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="pause-button"
        aria-haspopup="dialog"
        aria-label={t('pause')}
        onClick={() => setOpen(true)}
      >
        <span className="pause-long">{t('pause')}</span>
        <span className="pause-short">{t('pauseShort')}</span>
      </button>
      {open && (
        <WellbeingDialog
          onClose={close}
          onLeave={
            onLeave &&
            (() => {
              setOpen(false);
              onLeave();
            })
          }
        />
      )}
    </>
  );
}
