/**
 * Lock files for the data folder: `progress.json.lock` while a process reads and replaces the progress
 * (a few milliseconds), `session.<id>.json.lock` while a scenario is being played. A lock file holds the
 * pid of its owner; one whose owner is gone (killed with kill -9) or that is older than STALE_MS is
 * taken over, so a crash never blocks the next drill.
 */
import * as nodeFs from 'node:fs';

/** The file calls a lock makes (a port, so that a test can make them fail). */
export type LockFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'closeSync' | 'readFileSync' | 'renameSync' | 'rmSync' | 'linkSync' | 'statSync'
>;

/** A held lock whose owner has not written for this long is stale (a write of 50 MB takes under a second). */
export const STALE_MS = 60_000;

/** How long a writer waits for another one before giving up with a message. */
export const WAIT_MS = 10_000;

/** A lock file that says no owner (a disk that lost its content) is stale once it is this old. */
const UNREADABLE_STALE_MS = 2_000;

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Blocks this thread for `ms` (the TextStore port is synchronous; a lock is held for milliseconds). */
function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

/** True when a process with this pid runs (EPERM: it runs as another user). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Who holds a lock file: its pid and when it was taken, or null when it cannot be read. */
function holderOf(path: string, fs: LockFs): { pid: number; at: number } | null {
  try {
    const [pid, at] = String(fs.readFileSync(path, 'utf8')).trim().split(/\s+/).map(Number);
    return Number.isFinite(pid) && Number.isFinite(at) ? { pid: pid!, at: at! } : null;
  } catch {
    return null;
  }
}

/** What trying to take a lock gave: taken, or held by a live process (its pid). */
export type LockAttempt = { taken: true } | { heldBy: number };

/**
 * Creates the lock file with its owner in one step: written to a temporary file, then hard-linked to
 * `path` (a link fails when `path` exists), so that no one ever sees a lock without its owner. False
 * when another holds it.
 */
function create(path: string, fs: LockFs, now: () => number): boolean {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeSync(fd, `${process.pid} ${now()}\n`);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.linkSync(tmp, path);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'ENOSYS') return createInPlace(path, fs, now);
    throw e;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** On a file system without hard links (FAT, some network shares): created, then its owner written. */
function createInPlace(path: string, fs: LockFs, now: () => number): boolean {
  let fd: number;
  try {
    fd = fs.openSync(path, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    fs.writeSync(fd, `${process.pid} ${now()}\n`);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** When a lock file was last written, or null when it is gone. */
function ageOf(path: string, fs: LockFs, now: () => number): number | null {
  try {
    return now() - fs.statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Takes the lock at `path` once, taking over a stale one (its owner gone, or older than `staleMs`: a
 * play holds its session's lock for as long as it runs, so it passes Infinity); throws on a failure
 * other than "already held".
 */
export function tryLock(
  path: string,
  fs: LockFs = nodeFs,
  staleMs = STALE_MS,
  now: () => number = Date.now,
): LockAttempt {
  for (let round = 0; round < 3; round++) {
    if (create(path, fs, now)) return { taken: true };
    const holder = holderOf(path, fs);
    if (holder && processAlive(holder.pid) && now() - holder.at < staleMs) return { heldBy: holder.pid };
    if (!holder && (ageOf(path, fs, now) ?? Infinity) < UNREADABLE_STALE_MS) return { heldBy: 0 };
    takeOver(path, holder, fs);
  }
  return { heldBy: holderOf(path, fs)?.pid ?? 0 };
}

/** Removes a stale lock, renaming it first so that a lock another process took meanwhile is put back. */
function takeOver(path: string, stale: { pid: number; at: number } | null, fs: LockFs): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    fs.renameSync(path, aside);
  } catch {
    return; // gone already: someone else took it over
  }
  const moved = holderOf(aside, fs);
  const same = stale === null ? moved === null : moved?.pid === stale.pid && moved.at === stale.at;
  if (same) fs.rmSync(aside, { force: true });
  else {
    try {
      fs.renameSync(aside, path); // a fresh lock of a live process: give it back
    } catch {
      fs.rmSync(aside, { force: true });
    }
  }
}

/** Releases a lock this process holds (never another's). */
export function unlock(path: string, fs: LockFs = nodeFs): void {
  if (holderOf(path, fs)?.pid === process.pid) fs.rmSync(path, { force: true });
}

/** Runs `work` holding the lock at `path`, waiting up to WAIT_MS for another holder; throws when it cannot. */
export function withLock<T>(path: string, work: () => T, fs: LockFs = nodeFs, waitMs = WAIT_MS): T {
  const until = Date.now() + waitMs;
  let delay = 2;
  for (;;) {
    const got = tryLock(path, fs);
    if ('taken' in got) break;
    if (Date.now() >= until)
      throw new Error(`another Rehearse (pid ${got.heldBy}) has been writing for over ${waitMs / 1000} s (${path})`);
    sleep(delay + Math.random() * delay);
    delay = Math.min(50, delay * 2);
  }
  try {
    return work();
  } finally {
    unlock(path, fs);
  }
}
