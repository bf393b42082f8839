/**
 * The web's sessions in progress: the one being played (the session store, kept as `session`) and those
 * kept for later, one per scenario (app/session-shelf.ts). Starting or resuming another scenario keeps
 * the current one instead of throwing it away; discarding forgets it with its clock and draft.
 */
import { useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { TextStore } from '../app/persistence.ts';
import { saveSession, type SessionStore } from '../app/session-store.ts';
import { forgetKept, keepSession, keptSessions, takeKept, type KeptSession } from '../app/session-shelf.ts';
import type { Scenario } from '../engine/types.ts';
import { draftName } from './components/kept-draft.ts';
import { clockName } from './components/use-play-clock.ts';

/** What the screens can do with the sessions in progress. */
export interface SessionShelf {
  kept: KeptSession[];
  /** The scenario in progress in the session store, if it is not `id` (and has not ended). */
  otherInProgress(id: string): Scenario | null;
  /** Keeps the session in progress for later; false (with a notice) when it could not be kept. */
  keepCurrent(): boolean;
  /** Forgets the session in progress. */
  discardCurrent(): void;
  /** Resumes the kept session of `id` (keeping the one in progress first); false when it cannot be. */
  resume(id: string): boolean;
  /** Forgets the kept session of `id`. */
  discard(id: string): void;
}

/** The shelf over `keep`; `onProblem` is told when something could not be kept or resumed. */
export function useSessionShelf(
  keep: TextStore,
  session: StoreApi<SessionStore>,
  onProblem: (p: { kind: 'notKept'; reason: string; full: boolean } | { kind: 'unreadable' }) => void,
): SessionShelf {
  const [kept, setKept] = useState(() => keptSessions(keep));
  const refresh = () => setKept(keptSessions(keep));
  const forgetTraces = (id: string) => [clockName(id), draftName(id)].forEach((name) => keep.remove(name));
  const otherInProgress = (id: string) => {
    const s = session.getState();
    return s.scenario && s.state && !s.ended && s.scenario.id !== id ? s.scenario : null;
  };
  const keepCurrent = () => {
    const s = session.getState();
    const saved = saveSession(s);
    if (!saved || s.ended) return true;
    const failed = keepSession(keep, saved);
    if (failed) {
      onProblem({ kind: 'notKept', reason: failed.error, full: failed.full === true });
      return false;
    }
    session.getState().reset();
    refresh();
    return true;
  };
  return {
    kept,
    otherInProgress,
    keepCurrent,
    discardCurrent() {
      const id = session.getState().scenario?.id;
      session.getState().reset();
      if (id) forgetTraces(id);
    },
    resume(id) {
      if (otherInProgress(id) && !keepCurrent()) return false;
      const taken = takeKept(keep, id);
      refresh();
      if ('saved' in taken) return session.getState().resume(taken.saved);
      if ('notice' in taken) onProblem({ kind: 'unreadable' });
      return false;
    },
    discard(id) {
      forgetKept(keep, id);
      forgetTraces(id);
      refresh();
    },
  };
}
