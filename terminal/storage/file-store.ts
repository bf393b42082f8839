/**
 * The terminal's TextStore: one JSON file per name in the user's data folder
 * (`$XDG_DATA_HOME/rehearse/`, else `~/.local/share/rehearse/`): progress.json, session.<id>.json…
 * Writes are atomic (a temporary file in the same folder, flushed, then renamed over the target);
 * `update` holds `<name>.json.lock` while it reads and replaces, so two drills never lose an attempt.
 */
import * as nodeFs from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { StoreFailure, TextRead, TextStore } from '../../app/persistence.ts';
import { processAlive, withLock, type LockFs } from './lock-file.ts';

/** The folder holding the trainee's progress and saved sessions. */
export function dataDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share'), 'rehearse');
}

/** The file system calls the store makes (a port, so that a test can watch their order or make them fail). */
export type StoreFs = LockFs & Pick<typeof nodeFs, 'mkdirSync' | 'fsyncSync' | 'readdirSync' | 'renameSync' | 'rmSync'>;

/** Kept for the tests of the write order: the calls an atomic write makes. */
export type AtomicFs = Pick<
  typeof nodeFs,
  'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'
>;

/** A temporary file of an atomic write: `<target>.<pid>.<time>.tmp` (its pid says whether its writer still runs). */
const TEMP_FILE = /^(.+)\.(\d+)\.[0-9a-z]+\.tmp$/;

/** Writes a text file atomically: a temporary file in the same folder, flushed, then renamed over; throws. */
export function writeFileAtomic(path: string, text: string, fs: AtomicFs = nodeFs): void {
  fs.mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, path);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

const failure = (e: unknown): StoreFailure => ({ error: (e as Error).message });

/** Reads a file as a TextRead: its text, missing, or why not (a directory in its place is an error). */
function readText(path: string, fs: Pick<typeof nodeFs, 'readFileSync'>): TextRead {
  try {
    return { text: String(fs.readFileSync(path, 'utf8')) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    return { error: (e as Error).message };
  }
}

/** A TextStore of files `<name>.json` in `dir` (created on the first write). */
export function fileStore(dir: string, fs: StoreFs = nodeFs): TextStore {
  const where = (name: string) => join(dir, `${name}.json`);
  return {
    where,
    read: (name) => readText(where(name), fs),
    write(name, text) {
      try {
        writeFileAtomic(where(name), text, fs);
        return null;
      } catch (e) {
        return failure(e);
      }
    },
    update(name, change) {
      try {
        fs.mkdirSync(dir, { recursive: true });
        return withLock(
          `${where(name)}.lock`,
          () => {
            const text = change(readText(where(name), fs));
            if (text !== null) writeFileAtomic(where(name), text, fs);
            return null;
          },
          fs,
        );
      } catch (e) {
        return failure(e);
      }
    },
    remove(name) {
      try {
        fs.rmSync(where(name), { force: true });
        return null;
      } catch (e) {
        return failure(e);
      }
    },
    move(name, to) {
      try {
        fs.renameSync(where(name), where(to));
        return null;
      } catch (e) {
        return failure(e);
      }
    },
    list(prefix) {
      try {
        return fs
          .readdirSync(dir)
          .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
          .map((f) => f.slice(0, -'.json'.length))
          .sort();
      } catch {
        return [];
      }
    },
  };
}

/** Removes the temporary files of writers that were killed mid-write (their pid is gone); how many were removed. */
export function cleanOrphanTemps(dir: string, fs: StoreFs = nodeFs): number {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const f of names) {
    const m = TEMP_FILE.exec(f);
    if (!m || processAlive(Number(m[2]))) continue;
    try {
      fs.rmSync(join(dir, f), { force: true });
      removed++;
    } catch {
      /* left for next time: it harms nothing */
    }
  }
  return removed;
}

/** Null when Rehearse can write in `dir` (created if missing), else why not (a read-only folder, a full disk). */
export function checkWritable(dir: string, fs: StoreFs = nodeFs): string | null {
  const probe = join(dir, `.probe.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const fd = fs.openSync(probe, 'w', 0o600);
    fs.closeSync(fd);
    fs.rmSync(probe, { force: true });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}
