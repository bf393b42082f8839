/** What the browser storage could not do (records set aside, a failed save), in the UI language, until dismissed. */
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { useLang, type T } from '../i18n/lang.tsx';
import type { ProgressAlert, ProgressState } from '../storage/progress-store.ts';
import type { SessionAlert } from '../use-persisted-session.ts';
import { Notice } from './notice.tsx';

/** The reason a write failed: "the browser's storage is full", or the browser's own words. */
export function reasonText(t: T, r: { reason: string; full: boolean }): string {
  return r.full ? t('storageFull') : r.reason;
}

function progressText(t: T, tp: ReturnType<typeof useLang>['tp'], p: ProgressAlert): [string, string?] {
  switch (p.kind) {
    case 'setAside':
      return [tp('setAsideNoticeNew', p.n), t('forSupport', { key: p.keptAt })];
    case 'unreadable':
      return [t('progressUnreadable', { reason: p.reason })];
    case 'notSaved':
      return [t('attemptNotSaved', { reason: reasonText(t, p) })];
  }
}

function sessionText(t: T, a: SessionAlert): [string, string?] {
  switch (a.kind) {
    case 'unreadable':
      return [t('sessionUnreadable'), a.keptAt ? t('forSupport', { key: a.keptAt }) : undefined];
    case 'notSaved':
    case 'notKept':
      return [t('sessionNotSaved', { reason: reasonText(t, a) })];
  }
}

/** The notices of the progress store and of the sessions. */
export function StorageNotices(props: {
  progress: StoreApi<ProgressState>;
  alerts: SessionAlert[];
  dismiss(a: SessionAlert): void;
}) {
  const { t, tp } = useLang();
  const problem = useStore(props.progress, (s) => s.problem);
  const shown = problem ? progressText(t, tp, problem) : null;
  return (
    <>
      {shown && (
        <Notice text={shown[0]} detail={shown[1]} onDismiss={() => props.progress.getState().dismissNotice()} />
      )}
      {props.alerts.map((a, i) => {
        const [text, detail] = sessionText(t, a);
        return <Notice key={i} text={text} detail={detail} onDismiss={() => props.dismiss(a)} />;
      })}
    </>
  );
}
