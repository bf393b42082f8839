/** Asked before starting a scenario while another one is in progress: keep it for later, discard it, or cancel. */
import { useEffect, useRef } from 'react';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';

/** The question; the first choice (keep it) has the focus. */
export function SwitchConfirm(props: { title: string; onKeep(): void; onDiscard(): void; onCancel(): void }) {
  const { t } = useAfterPlayText();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby="switch-title"
      aria-describedby="switch-text"
      className="notice switch-confirm"
      onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
    >
      <h2 id="switch-title">{t('switchTitle')}</h2>
      <p id="switch-text">{t('switchText', { title: props.title })}</p>
      <div className="actions">
        <button ref={first} type="button" className="primary" onClick={props.onKeep}>
          {t('keepAndStart')}
        </button>
        <button type="button" onClick={props.onDiscard}>
          {t('discardAndStart')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
