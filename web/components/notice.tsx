/** A notice band at the top of the page (a set-aside record, a session to resume), with its actions. */
import { useLang } from '../i18n/lang.tsx';

/** The notice; it is a status message, so screen readers hear it without losing their place. */
export function Notice({
  text,
  detail,
  actions = [],
  onDismiss,
}: {
  text: string;
  /** A technical detail (a storage key, for support), in small print. */
  detail?: string | undefined;
  actions?: Array<{ label: string; run(): void; primary?: boolean }>;
  onDismiss?: () => void;
}) {
  return (
    <div className="notice" role="status">
      <p>{text}</p>
      {detail && <p className="small muted">{detail}</p>}
      <div className="actions">
        {actions.map((a) => (
          <button key={a.label} type="button" className={a.primary ? 'primary' : undefined} onClick={a.run}>
            {a.label}
          </button>
        ))}
        {onDismiss && <DismissButton onDismiss={onDismiss} />}
      </div>
    </div>
  );
}

function DismissButton({ onDismiss }: { onDismiss(): void }) {
  const { t } = useLang();
  return (
    <button type="button" onClick={onDismiss}>
      {t('dismiss')}
    </button>
  );
}
