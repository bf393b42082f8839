/**
 * Which session `rehearse play` runs: a new one, the interrupted one of the same scenario (continued
 * unless `--restart`), or one picked by `--resume [ID]`. Each scenario has its own saved session
 * (`session.<id>.json`) and, while it is played, its own lock file, so two plays never share one.
 */
import { join } from 'node:path';
import { sessionNameOf, type SavedSession, type WaitingSession } from '../../app/saved-session.ts';
import type { Locale, Scenario } from '../../engine/types.ts';
import { tryLock, unlock } from '../storage/lock-file.ts';
import { wordsFor } from '../ui/words.ts';

/** What to play: a new session of a scenario, or a saved one to continue (and where it is kept). */
export type PlayChoice =
  { start: Scenario; name: string; notices: string[] } | { resume: SavedSession; name: string; notices: string[] };

/** The answers given so far in a saved session (for "3 answers so far"). */
function answersOf(saved: SavedSession): number {
  return saved.state.events.slice(0, saved.state.ne).filter((e) => e.type === 'feedback').length;
}

/** A new session of `scenario`, or its interrupted one continued (`restart`: that one is dropped, and said so). */
export function sessionFor(
  scenario: Scenario,
  waiting: readonly WaitingSession[],
  restart: boolean,
  remove: (name: string) => void,
): PlayChoice {
  const w = wordsFor(scenario.locale);
  const name = sessionNameOf(scenario.id);
  const found = waiting.find((s) => s.saved.scenario.id === scenario.id);
  if (!found) return { start: scenario, name, notices: [] };
  if (restart) {
    remove(found.name);
    return { start: scenario, name, notices: [w.restarted(scenario.title)] };
  }
  const notice = w.continuing(found.saved.scenario.title, answersOf(found.saved), scenario.id);
  return { resume: found.saved, name: found.name, notices: [notice] };
}

/** The waiting sessions `--resume [ID]` may continue: all of them, or the one of scenario ID. */
export function resumable(waiting: readonly WaitingSession[], id: string | undefined): WaitingSession[] {
  const seen = new Set<string>();
  return waiting.filter((s) => {
    if ((id !== undefined && s.saved.scenario.id !== id) || seen.has(s.saved.scenario.id)) return false;
    seen.add(s.saved.scenario.id);
    return true;
  });
}

/** The lock file of a scenario's session while it is played (`session.<id>.json.lock`). */
export function sessionLockPath(dir: string, name: string): string {
  return join(dir, `${name}.json.lock`);
}

/**
 * Takes the play lock of a session: a release function, or the notice that another terminal plays it.
 * A folder where no lock can be made (read-only: already told) plays without one.
 */
export function claimSession(
  dir: string,
  name: string,
  title: string,
  locale: Locale,
): (() => void) | { busy: string } {
  const path = sessionLockPath(dir, name);
  try {
    const got = tryLock(path, undefined, Infinity);
    if ('heldBy' in got) return { busy: wordsFor(locale).inUse(title, got.heldBy) };
  } catch {
    return () => undefined;
  }
  return () => unlock(path);
}
