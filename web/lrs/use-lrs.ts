/**
 * The app's link to an organisation's LRS: reads the saved settings and, only when an endpoint is
 * set, loads the outbox (its own chunk: the first load stays small) and follows its status.
 */
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { TextStore } from '../../app/persistence.ts';
import type { SessionStore } from '../../app/session-store.ts';
import type { QueueStatus } from '../../app/xapi/queue.ts';
import type { LibraryEntry } from '../library/meta.ts';
import { readLrsSettings } from '../../app/xapi/config.ts';
import { loadLrsSettings } from './lrs-settings.ts';

/** The LRS as the screens see it: null when none is configured. */
export interface LrsLink {
  host: string;
  status: QueueStatus | null;
  /** The settings cannot be used (shown on the settings screen). */
  problem: string | null;
  sendNow(): void;
}

/** Follows the settings (call `reload` after saving them) and runs the outbox while an LRS is set. */
export function useLrs(
  store: TextStore,
  session: StoreApi<SessionStore>,
  library: LibraryEntry[],
): { link: LrsLink | null; reload(): void } {
  const [version, setVersion] = useState(0);
  const [link, setLink] = useState<LrsLink | null>(null);
  useEffect(() => {
    const settings = loadLrsSettings(store);
    if (!settings.endpoint?.trim()) return setLink(null);
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('./lrs-outbox.ts').then((lrs) => {
      if (cancelled) return;
      const r = readLrsSettings(settings);
      if (!r || 'errors' in r)
        return setLink(r ? { host: '', status: null, problem: r.errors.join('; '), sendNow() {} } : null);
      const host = new URL(r.config.endpoint).host;
      const box: { flush(): void } = { flush() {} };
      const sendNow = () => box.flush();
      const running = lrs.startLrsOutbox({
        config: r.config,
        session,
        hashOf: (id) => library.find((e) => e.id === id)?.hash,
        onStatus: (status) => setLink({ host, status, problem: null, sendNow }),
      });
      box.flush = () => void running.outbox.flush();
      setLink({ host, status: null, problem: null, sendNow });
      void running.outbox.status().then((status) => setLink({ host, status, problem: null, sendNow }));
      stop = running.stop;
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [store, session, library, version]);
  return { link, reload: () => setVersion((v) => v + 1) };
}
