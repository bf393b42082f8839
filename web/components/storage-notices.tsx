/** What the browser storage could not do (records set aside, a failed save), in the UI language, until dismissed. */
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { ProgressState } from '../storage/progress-store.ts';
import type { SessionAlert } from '../use-persisted-session.ts';
import { later } from './later.tsx';

const StorageNoticeList = later(() => import('./storage-notice-list.tsx').then((m) => m.StorageNoticeList));

/** The stores whose problems are told. */
export interface StorageNoticesProps {
  progress: StoreApi<ProgressState>;
  alerts: SessionAlert[];
  dismiss(a: SessionAlert): void;
}

/** The notices of the progress store and of the sessions (their code and words load when there is one). */
export function StorageNotices(props: StorageNoticesProps) {
  const problem = useStore(props.progress, (s) => s.problem);
  if (!problem && props.alerts.length === 0) return null;
  return <StorageNoticeList {...props} problem={problem} />;
}
