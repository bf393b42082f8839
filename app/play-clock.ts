/**
 * The clock of a session being played: the time of the whole session and of the prompt waited at, in
 * milliseconds, that stops while the trainee takes a break (so a break is never an answer "late") and
 * that is kept across a reload (neither more nor less time). Plain data and pure functions; the screen
 * passes the time.
 */

/** A clock: the milliseconds counted so far, and since when it has been running (null: stopped). */
export interface PlayClock {
  session: number;
  prompt: number;
  since: number | null;
}

/** A running clock from `now`, carrying on from `from` (e.g. what a reload kept). */
export function runningClock(now: number, from: { session: number; prompt: number } = { session: 0, prompt: 0 }) {
  return { session: from.session, prompt: from.prompt, since: now } satisfies PlayClock;
}

/** The milliseconds of the session and of the prompt at `now`. */
export function readClock(c: PlayClock, now: number): { session: number; prompt: number } {
  const d = c.since === null ? 0 : Math.max(0, now - c.since);
  return { session: c.session + d, prompt: c.prompt + d };
}

/** The clock stopped at `now` (a break); stopping a stopped clock changes nothing. */
export function stopClock(c: PlayClock, now: number): PlayClock {
  return c.since === null ? c : { ...readClock(c, now), since: null };
}

/** The clock running again from `now`. */
export function restartClock(c: PlayClock, now: number): PlayClock {
  return c.since === null ? { ...c, since: now } : c;
}

/** A new prompt: its time starts at 0, the session's goes on (running or stopped as it was). */
export function nextPrompt(c: PlayClock, now: number): PlayClock {
  const read = readClock(c, now);
  return { session: read.session, prompt: 0, since: c.since === null ? null : now };
}

/** What is kept of a session's clock for a reload: whose session (its seed) and which prompt it timed. */
export interface KeptClock {
  v: 1;
  seed: number;
  /** The index of the prompt event timed. */
  at: number;
  session: number;
  prompt: number;
}

/** The time to carry on from, given what was kept: the prompt's own time only if it is the same prompt. */
export function resumeFrom(kept: unknown, seed: number, at: number): { session: number; prompt: number } {
  const k = kept as Partial<KeptClock> | null;
  const ms = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : 0);
  if (!k || typeof k !== 'object' || k.v !== 1 || k.seed !== seed) return { session: 0, prompt: 0 };
  return { session: ms(k.session), prompt: k.at === at ? ms(k.prompt) : 0 };
}
