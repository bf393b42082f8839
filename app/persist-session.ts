/**
 * Keeps a running session, the same way in both screens: while it runs, every change is saved (so
 * that a reload or `--resume` continues it); when it ends, the attempt is recorded once in the
 * progress and the saved session forgotten. Failures come back as notices, never silently.
 *
 * The end is written in three steps so that a crash between any two never records an attempt twice:
 * the session is saved as ended with the attempt's date (its id), then the attempt is recorded (a
 * progress that already holds that id is left alone), then the saved session is forgotten. A session
 * resumed already ended goes through the last two steps again.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Locale } from '../engine/types.ts';
import type { TextStore } from './persistence.ts';
import { attemptFromReport, type Attempt } from './progress.ts';
import { saveAttempts } from './progress-storage.ts';
import { storeSavedSession, type SavedSession } from './saved-session.ts';
import { saveSession, type SessionStore } from './session-store.ts';

/** Where a session goes: each returns a notice for the trainee when it could not be done, else null. */
export interface PersistPorts {
  /** Saves the session in progress, or forgets it (null). */
  saveSession(saved: SavedSession | null): string | null;
  /** Records a finished attempt in the progress (an attempt whose id is there already is not added again). */
  recordAttempt(attempt: Attempt): string | null;
  onNotice(text: string): void;
  now?: () => Date;
}

/** The ports of a TextStore: the saved session (under `name`) and the progress both kept in it. */
export function storePorts(
  store: TextStore,
  onNotice: (text: string) => void,
  o: { name?: string; locale?: Locale } = {},
): PersistPorts {
  return {
    saveSession: (saved) => storeSavedSession(store, saved, o),
    recordAttempt: (attempt) => saveAttempts(store, [attempt], { locale: o.locale }).notice ?? null,
    onNotice,
  };
}

/**
 * Saves the session now and on every change; returns the unsubscribe function. `endedAt` is the date
 * a resumed session was saved as ended with (SavedSession.endedAt), so that its attempt keeps its id.
 */
export function persistSession(
  session: StoreApi<SessionStore>,
  ports: PersistPorts,
  resumed: { endedAt?: string } = {},
): () => void {
  const now = ports.now ?? (() => new Date());
  const tell = (notice: string | null) => {
    if (notice) ports.onNotice(notice);
  };
  const finish = (s: SessionStore, at: string, justEnded: boolean) => {
    if (!s.report || !s.scenario) return;
    if (justEnded) {
      const saved = saveSession(s);
      if (saved) tell(ports.saveSession({ ...saved, endedAt: at }));
    }
    tell(ports.recordAttempt(attemptFromReport(s.scenario, s.report, at)));
    tell(ports.saveSession(null));
  };
  const persist = (s: SessionStore, prev: SessionStore | null) => {
    if (s.ended) {
      if (prev && !prev.ended) finish(s, now().toISOString(), true);
      // Resumed already ended: recorded before unless a crash came first (the id says which).
      else if (!prev && resumed.endedAt) finish(s, resumed.endedAt, false);
      return;
    }
    if (prev ? s.state === prev.state && s.exam === prev.exam : !s.state) return;
    tell(ports.saveSession(saveSession(s)));
  };
  persist(session.getState(), null);
  return session.subscribe((s, prev) => persist(s, prev));
}
