/**
 * The terminal's storage of progress records: a JSON file in the user's data folder
 * (`$XDG_DATA_HOME/rehearse/progress.json`, else `~/.local/share/rehearse/progress.json`).
 * Writes are atomic (temporary file + rename); a file that cannot be read is renamed aside
 * (`progress.corrupt-<timestamp>.json`) with a message, never lost and never a crash.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseProgress, serializeProgress, type Attempt } from './progress.ts';

/** The folder holding the trainee's progress and saved session. */
export function dataDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share'), 'rehearse');
}

/** Path of the progress file inside a data folder. */
export function progressPath(dir: string): string {
  return join(dir, 'progress.json');
}

/** Writes a text file atomically: a temporary file in the same folder, flushed, then renamed over. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** What loading the progress file gives: the readable attempts and, if some were not, a message. */
export interface LoadedProgress {
  attempts: Attempt[];
  /** Shown to the trainee when the file could not be read as a whole. */
  notice?: string;
  /** Where the unreadable file was kept. */
  keptAt?: string;
}

/** A file-name-safe timestamp, e.g. 2026-11-28T13-05-09-123Z. */
function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Reads the progress file; a missing one is no progress; a bad one is renamed aside and the good records kept. */
export function loadProgress(dir: string, now: Date = new Date()): LoadedProgress {
  const path = progressPath(dir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { attempts: [] };
    return { attempts: [], notice: `Your progress file ${path} could not be read (${(e as Error).message}).` };
  }
  const parsed = parseProgress(text);
  if (!parsed.setAside.length) return { attempts: parsed.attempts };
  const keptAt = join(dir, `progress.corrupt-${stamp(now)}.json`);
  try {
    renameSync(path, keptAt);
  } catch (e) {
    return {
      attempts: parsed.attempts,
      notice: `${parsed.notice ?? 'Your progress file could not be read.'} It could not be set aside (${(e as Error).message}).`,
    };
  }
  if (parsed.attempts.length) writeFileAtomic(path, serializeProgress(parsed.attempts));
  const reason = parsed.setAside[0]?.reason ?? 'unreadable';
  const n = parsed.attempts.length;
  const notice = n
    ? `Some of your saved progress could not be read (${reason}). The original file is kept, untouched, as ${keptAt}; the ${n} readable attempt(s) still count.`
    : `Your saved progress could not be read (${reason}). It is kept, untouched, as ${keptAt}; starting afresh.`;
  return { attempts: parsed.attempts, keptAt, notice };
}

/** Adds attempts to the progress file (re-read just before writing, so other writers are not undone). */
export function saveAttempts(dir: string, added: Attempt[], now: Date = new Date()): LoadedProgress {
  const loaded = loadProgress(dir, now);
  const seen = new Set(loaded.attempts.map((a) => a.id));
  const attempts = [...loaded.attempts, ...added.filter((a) => !seen.has(a.id))];
  writeFileAtomic(progressPath(dir), serializeProgress(attempts));
  return { ...loaded, attempts };
}
