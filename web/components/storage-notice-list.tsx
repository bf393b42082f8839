/** The storage notices themselves, loaded only when there is one to show (their words are not in the first load). */
import { useAfterPlayText, type AfterPlayWords } from '../i18n/after-play-strings.ts';
import type { ProgressAlert } from '../storage/progress-store.ts';
import type { SessionAlert } from '../use-persisted-session.ts';
import { Notice } from './notice.tsx';
import type { StorageNoticesProps } from './storage-notices.tsx';
import { reasonText } from './storage-reason.ts';

function progressText({ t, tp }: AfterPlayWords, p: ProgressAlert): [string, string?] {
  switch (p.kind) {
    case 'setAside':
      return [tp('setAsideNoticeNew', p.n), t('forSupport', { key: p.keptAt })];
    case 'unreadable':
      return [t('progressUnreadable', { reason: p.reason })];
    case 'notSaved':
      return [t('attemptNotSaved', { reason: reasonText(t, p) })];
  }
}

function sessionText({ t }: AfterPlayWords, a: SessionAlert): [string, string?] {
  switch (a.kind) {
    case 'unreadable':
      return [t('sessionUnreadable'), a.keptAt ? t('forSupport', { key: a.keptAt }) : undefined];
    case 'notSaved':
    case 'notKept':
      return [t('sessionNotSaved', { reason: reasonText(t, a) })];
  }
}

/** The notices of the progress store and of the sessions, each dismissable. */
export function StorageNoticeList(props: StorageNoticesProps & { problem: ProgressAlert | null }) {
  const words = useAfterPlayText();
  const { problem } = props;
  const shown = problem ? progressText(words, problem) : null;
  return (
    <>
      {shown && (
        <Notice text={shown[0]} detail={shown[1]} onDismiss={() => props.progress.getState().dismissNotice()} />
      )}
      {props.alerts.map((a, i) => {
        const [text, detail] = sessionText(words, a);
        return <Notice key={i} text={text} detail={detail} onDismiss={() => props.dismiss(a)} />;
      })}
    </>
  );
}
