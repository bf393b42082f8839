/** The library's list of scenarios left mid-way (the one being played, those kept for later): resume or discard. */
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { SessionStore } from '../../app/session-store.ts';
import { useAfterPlayText } from '../i18n/after-play-strings.ts';
import type { SessionShelf } from '../use-session-shelf.ts';

/** The sessions in progress, most recent first; nothing when there is none. */
export function InProgress(props: {
  session: StoreApi<SessionStore>;
  shelf: SessionShelf;
  onResume(id: string): void;
}) {
  const { t } = useAfterPlayText();
  const scenario = useStore(props.session, (s) => (s.state && !s.ended ? s.scenario : null));
  const events = useStore(props.session, (s) => s.events);
  const current = scenario ? { id: scenario.id, title: scenario.title, turn: answered(events) + 1 } : null;
  const list = [...(current ? [current] : []), ...props.shelf.kept.filter((k) => k.id !== current?.id)];
  if (!list.length) return null;
  return (
    <section className="notice" aria-labelledby="in-progress-title">
      <h2 id="in-progress-title">{t('inProgressTitle')}</h2>
      <ul className="kept-sessions">
        {list.map((k) => (
          <li key={k.id}>
            <p>{t('inProgressLine', { title: k.title, n: k.turn })}</p>
            <button
              type="button"
              className="primary"
              onClick={() => (k === current || props.shelf.resume(k.id)) && props.onResume(k.id)}
            >
              {t('resume')}
            </button>
            <button
              type="button"
              onClick={() => (k === current ? props.shelf.discardCurrent() : props.shelf.discard(k.id))}
            >
              {t('discard')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function answered(events: SessionStore['events']): number {
  return events.filter((e) => e.type === 'feedback').length;
}
