/** The always-visible "pause / leave" button and its panel with support contacts for the trainee. */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { supportContacts } from '../i18n/strings.ts';

/** Keeps Tab inside the open dialog (from the last control back to the first, and the reverse). */
function trapTab(e: KeyboardEvent<HTMLDivElement>): void {
  const items = [...e.currentTarget.querySelectorAll<HTMLElement>('a[href], button')];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * The button in the header; the panel offers to continue or leave to the library (`onLeave` absent: already
 * there). `onOpenChange` is told when it opens and closes: the play clock stands still meanwhile.
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
  const first = useRef<HTMLButtonElement>(null);
  const setOpen = (value: boolean) => {
    setOpenState(value);
    onOpenChange?.(value);
  };
  useEffect(() => {
    if (open) first.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <button ref={opener} type="button" className="pause-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('pause')}
      </button>
      {open && (
        <div className="overlay" onKeyDown={(e) => (e.key === 'Escape' ? close() : e.key === 'Tab' && trapTab(e))}>
          <div role="dialog" aria-modal="true" aria-labelledby="pause-title" className="panel pause-panel">
            <h2 id="pause-title">{t('pauseTitle')}</h2>
            <p>{t('pauseTextClock')}</p>
            <SupportContacts />
            <p>{t('pauseTrainer')}</p>
            <div className="actions">
              <button ref={first} type="button" className="primary" onClick={close}>
                {t('continuePlaying')}
              </button>
              {onLeave && (
                <button
                  type="button"
                  onClick={() => {
                    setOpen(false);
                    onLeave();
                  }}
                >
                  {t('leave')}
                </button>
              )}
            </div>
          </div>
        </div>
      )}
    </>
  );
}

/** Support contacts for the trainee, in the UI language's country list. */
function SupportContacts() {
  const { t, lang } = useLang();
  return (
    <>
      <h3>{t('supportTitle')}</h3>
      <ul className="contacts">
        {supportContacts[lang].map((c) => (
          <li key={c.label}>
            <a href={`tel:${c.phone.replace(/\s/g, '')}`}>
              <strong>{c.label}</strong>
              {c.label !== c.phone ? ` — ${c.phone}` : ''}
            </a>
            <span className="muted"> {c.note}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
