/** The "pause / leave" panel: support contacts for the trainee; loaded when first opened (not in the first load). */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { supportContacts, useAfterPlayText } from '../i18n/after-play-strings.ts';
import { useLang } from '../i18n/lang.tsx';
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

/** The open panel; focus goes to "Continue"; Escape or "Continue" closes it, "Leave" goes to the library. */
export function WellbeingDialog({ onClose, onLeave }: { onClose(): void; onLeave?: () => void }) {
  const { t } = useAfterPlayText();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="overlay" onKeyDown={(e) => (e.key === 'Escape' ? onClose() : e.key === 'Tab' && trapTab(e))}>
      <div role="dialog" aria-modal="true" aria-labelledby="pause-title" className="panel pause-panel">
        <h2 id="pause-title">{t('pauseTitle')}</h2>
        <p>{t('pauseTextClock')}</p>
        <SupportContacts />
        <p>{t('pauseTrainer')}</p>
        <div className="actions">
          <button ref={first} type="button" className="primary" onClick={onClose}>
            {t('continuePlaying')}
          </button>
          {onLeave && (
            <button type="button" onClick={onLeave}>
              {t('leave')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
/** Support contacts for the trainee, in the UI language's country list. */
function SupportContacts() {
  const { lang } = useLang();
  const { t } = useAfterPlayText();
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
