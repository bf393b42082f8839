/**
 * Keeps a running session, the same way in both screens: while it runs, every change is saved (so
 * that a reload or `--resume` continues it); when it ends, the attempt is recorded once in the
 * progress and the saved session forgotten. Failures come back as notices, never silently.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { TextStore } from './persistence.ts';
import { attemptFromReport, type Attempt } from './progress.ts';
import { saveAttempts } from './progress-storage.ts';
import { storeSavedSession, type SavedSession } from './saved-session.ts';
import { saveSession, type SessionStore } from './session-store.ts';

/** Where a session goes: each returns a notice for the trainee when it could not be done, else null. */
export interface PersistPorts {
  /** Saves the session in progress, or forgets it (null). */
  saveSession(saved: SavedSession | null): string | null;
  /** Records a finished attempt in the progress. */
  recordAttempt(attempt: Attempt): string | null;
  onNotice(text: string): void;
  now?: () => Date;
}

/** The ports of a TextStore: the saved session and the progress both kept in it. */
export function storePorts(store: TextStore, onNotice: (text: string) => void): PersistPorts {
  return {
    saveSession: (saved) => storeSavedSession(store, saved),
    recordAttempt: (attempt) => saveAttempts(store, [attempt]).notice ?? null,
    onNotice,
  };
}

/** Saves the session now and on every change; returns the unsubscribe function. */
export function persistSession(session: StoreApi<SessionStore>, ports: PersistPorts): () => void {
  const now = ports.now ?? (() => new Date());
  const tell = (notice: string | null) => {
    if (notice) ports.onNotice(notice);
  };
  const persist = (s: SessionStore, prev: SessionStore | null) => {
    if (s.ended) {
      // Recorded on the step that ended it only: a session resumed already ended was recorded before.
      if (!prev || prev.ended || !s.report || !s.scenario) return;
      tell(ports.recordAttempt(attemptFromReport(s.scenario, s.report, now().toISOString())));
      tell(ports.saveSession(null));
      return;
    }
    if (prev ? s.state === prev.state && s.exam === prev.exam : !s.state) return;
    tell(ports.saveSession(saveSession(s)));
  };
  persist(session.getState(), null);
  return session.subscribe((s, prev) => persist(s, prev));
}
