/** The web's session store, resumed from the browser storage and kept there (app/persist-session.ts). */
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { persistSession } from '../app/persist-session.ts';
import type { TextStore } from '../app/persistence.ts';
import { loadSavedSession, storeSavedSession } from '../app/saved-session.ts';
import { createSessionStore, type SessionStore } from '../app/session-store.ts';
import type { ProgressState } from './storage/progress-store.ts';

/** The session store and the storage notices the trainee has not dismissed yet. */
export function usePersistedSession(store: TextStore, progress: StoreApi<ProgressState>) {
  const [boot] = useState(() => {
    const session = createSessionStore();
    const loaded = loadSavedSession(store);
    if ('saved' in loaded) session.getState().resume(loaded.saved);
    const endedAt = 'saved' in loaded ? loaded.saved.endedAt : undefined;
    return { session, endedAt, notice: 'notice' in loaded ? loaded.notice : null };
  });
  const [notices, setNotices] = useState<string[]>(boot.notice ? [boot.notice] : []);
  const { session, endedAt } = boot;
  useEffect(
    () =>
      persistSession(
        session,
        {
          saveSession: (saved) => storeSavedSession(store, saved),
          recordAttempt: (attempt) => progress.getState().add(attempt),
          onNotice: (text) => setNotices((list) => (list.includes(text) ? list : [...list, text])),
        },
        { endedAt }, // a session saved as ended by a tab closed at that instant is recorded once, then cleared
      ),
    [session, store, progress, endedAt],
  );
  const dismiss = (text: string) => setNotices((list) => list.filter((n) => n !== text));
  return { session: session as StoreApi<SessionStore>, notices, dismiss };
}
