/**
 * Loaded only when an LRS is configured: the web's outbox (IndexedDB queue, the browser's fetch),
 * fed by the session store after every step, flushed at once, when the browser is back online, and
 * every 30 s while results wait.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { SessionStore } from '../../app/session-store.ts';
import type { LrsConfig } from '../../app/xapi/config.ts';
import { createOutbox, type Outbox } from '../../app/xapi/outbox.ts';
import type { QueueStatus, QueueStorage } from '../../app/xapi/queue.ts';
import { idbQueueStorage } from './idb-queue.ts';

/** What the running outbox needs from the app. */
export interface LrsWiring {
  config: LrsConfig;
  session: StoreApi<SessionStore>;
  /** The content hash of a library scenario (undefined: not from the library, e.g. the preview — not sent). */
  hashOf(scenarioId: string): string | undefined;
  onStatus(s: QueueStatus): void;
  storage?: QueueStorage;
}

/** Starts sending; gives the outbox and how to stop. */
export function startLrsOutbox(w: LrsWiring): { outbox: Outbox; stop(): void } {
  const outbox = createOutbox({
    config: w.config,
    storage: w.storage ?? idbQueueStorage(),
    fetch: (u, i) => fetch(u, i),
  });
  const unsubscribeStatus = outbox.subscribe(w.onStatus);
  const flush = () => void outbox.flush();
  const unsubscribe = w.session.subscribe((s, prev) => {
    if (!s.scenario || !s.state || s.state === prev.state) return;
    const hash = w.hashOf(s.scenario.id);
    if (hash === undefined) return;
    void outbox.track(s.scenario, s.state, hash).then(() => outbox.flush());
  });
  window.addEventListener('online', flush);
  const timer = window.setInterval(() => {
    void outbox.status().then((s) => (s.waiting > 0 ? outbox.flush() : s));
  }, 30_000);
  void outbox.flush();
  return {
    outbox,
    stop() {
      unsubscribe();
      unsubscribeStatus();
      window.removeEventListener('online', flush);
      window.clearInterval(timer);
    },
  };
}
