/** The web's session store, resumed from the browser storage and kept there (app/persist-session.ts). */
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { persistSession } from '../app/persist-session.ts';
import type { TextStore } from '../app/persistence.ts';
import { loadSavedSession, writeSavedSession } from '../app/saved-session.ts';
import { createSessionStore, type SessionStore } from '../app/session-store.ts';
import type { ProgressState } from './storage/progress-store.ts';

/** Something about the sessions in progress the trainee must be told (shown in the UI language). */
export type SessionAlert =
  | { kind: 'notSaved'; reason: string; full: boolean }
  | { kind: 'unreadable'; keptAt?: string }
  | { kind: 'notKept'; reason: string; full: boolean };

const same = (a: SessionAlert, b: SessionAlert) => JSON.stringify(a) === JSON.stringify(b);

/** The session store, the alerts the trainee has not dismissed yet, and a way to add one. */
export function usePersistedSession(store: TextStore, progress: StoreApi<ProgressState>) {
  const [boot] = useState(() => {
    const session = createSessionStore();
    const loaded = loadSavedSession(store);
    if ('saved' in loaded) session.getState().resume(loaded.saved);
    const alert: SessionAlert | null =
      'notice' in loaded ? { kind: 'unreadable', ...(loaded.keptAt ? { keptAt: loaded.keptAt } : {}) } : null;
    const endedAt = 'saved' in loaded ? loaded.saved.endedAt : undefined;
    return { session, alert, endedAt };
  });
  const [alerts, setAlerts] = useState<SessionAlert[]>(boot.alert ? [boot.alert] : []);
  const { session, endedAt } = boot;
  const tell = (a: SessionAlert) => setAlerts((list) => (list.some((x) => same(x, a)) ? list : [...list, a]));
  useEffect(
    () =>
      persistSession(
        session,
        {
          saveSession: (saved) => {
            const failed = writeSavedSession(store, saved);
            if (failed && saved) tell({ kind: 'notSaved', reason: failed.error, full: failed.full === true });
            return null;
          },
          recordAttempt: (attempt) => (progress.getState().add(attempt), null),
          onNotice: () => {},
        },
        { endedAt }, // a session saved as ended by a tab closed at that instant is recorded once, then cleared
      ),
    [session, store, progress, endedAt],
  );
  const dismiss = (a: SessionAlert) => setAlerts((list) => list.filter((x) => x !== a));
  return { session: session as StoreApi<SessionStore>, alerts, dismiss, tell };
}
