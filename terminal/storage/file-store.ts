/**
 * The terminal's TextStore: one JSON file per name in the user's data folder
 * (`$XDG_DATA_HOME/rehearse/`, else `~/.local/share/rehearse/`): progress.json, session.json…
 * Writes are atomic (a temporary file in the same folder, flushed, then renamed over the target).
 */
import * as nodeFs from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { StoreFailure, TextStore } from '../../app/persistence.ts';

/** The folder holding the trainee's progress and saved session. */
export function dataDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.local', 'share'), 'rehearse');
}

/** The file system calls an atomic write makes (a port, so that a test can watch their order). */
export type AtomicFs = Pick<
  typeof nodeFs,
  'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'
>;

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

/** A TextStore of files `<name>.json` in `dir` (created on the first write). */
export function fileStore(dir: string, fs: AtomicFs = nodeFs): TextStore {
  const where = (name: string) => join(dir, `${name}.json`);
  return {
    where,
    read(name) {
      try {
        return { text: nodeFs.readFileSync(where(name), 'utf8') };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
        return { error: (e as Error).message };
      }
    },
    write(name, text) {
      try {
        writeFileAtomic(where(name), text, fs);
        return null;
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
  };
}
