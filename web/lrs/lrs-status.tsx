/** The visible status of the LRS queue: "3 results waiting to be sent", the last reason, refused statements. */
import type { QueueStatus } from '../../app/xapi/queue.ts';
import type { LrsLink } from './use-lrs.ts';
import { useLang } from '../i18n/lang.tsx';

/** One status line (a live region), in the UI language. */
export function LrsStatus({ status, host }: { status: QueueStatus; host: string }) {
  const { t, tp } = useLang();
  const parts: string[] = [];
  if (status.storageError) parts.push(t('storageProblem', { detail: status.storageError }));
  else if (status.waiting === 0) parts.push(t('lrsAllSent'));
  else parts.push(tp('lrsWaiting', status.waiting));
  if (status.waiting > 0 && status.lastError) parts.push(t('lrsLastError', { reason: status.lastError }));
  if (status.rejected) parts.push(tp('lrsRejected', status.rejected));
  return (
    <p className="lrs-status" role="status" title={host}>
      {parts.join(' · ')}
    </p>
  );
}

/** The line under the header while results wait (or the queue cannot be kept); nothing otherwise. */
export function LrsWaiting({ link }: { link: LrsLink | null }) {
  const s = link?.status;
  return s && (s.waiting > 0 || s.storageError) ? <LrsStatus status={s} host={link.host} /> : null;
}
