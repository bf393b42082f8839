import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import * as nodeFs from 'node:fs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { checkWritable, cleanOrphanTemps, fileStore } from '../../terminal/storage/file-store.ts';
import { processAlive, tryLock, unlock, withLock } from '../../terminal/storage/lock-file.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rehearse-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A pid that is surely not running (the highest pid Linux gives is below 2^22). */
const DEAD = 4_194_304 + 17;

describe('lock files of the data folder', () => {
  it('one holder at a time; released, it can be taken again', () => {
    const path = join(dir, 'progress.json.lock');
    expect(tryLock(path)).toEqual({ taken: true });
    expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`^${process.pid} \\d+\\n$`));
    unlock(path);
    expect(existsSync(path)).toBe(false);
    expect(tryLock(path)).toEqual({ taken: true });
  });

  it("takes over the lock of a writer killed with kill -9 (its pid is gone), never a live one's", () => {
    const path = join(dir, 'progress.json.lock');
    writeFileSync(path, `${DEAD} ${Date.now()}\n`);
    expect(processAlive(DEAD)).toBe(false);
    expect(tryLock(path)).toEqual({ taken: true });
    writeFileSync(path, `1 ${Date.now()}\n`); // pid 1 always runs
    expect(tryLock(path)).toEqual({ heldBy: 1 });
    writeFileSync(path, `1 ${Date.now() - 120_000}\n`); // but a lock untouched for two minutes is stale
    expect(tryLock(path)).toEqual({ taken: true });
    writeFileSync(path, `1 ${Date.now() - 120_000}\n`);
    expect(tryLock(path, undefined, Infinity)).toEqual({ heldBy: 1 }); // a play's lock lasts as long as it runs
  });

  it('a lock file without its owner (a disk that lost it) is waited for while fresh, taken over once old', () => {
    const path = join(dir, 'progress.json.lock');
    writeFileSync(path, '');
    expect(tryLock(path)).toEqual({ heldBy: 0 });
    utimesSync(path, new Date(Date.now() - 5_000), new Date(Date.now() - 5_000));
    expect(tryLock(path)).toEqual({ taken: true });
    expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`^${process.pid} `));
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]); // the owner is linked in, never left aside
  });

  it('on a file system without hard links (FAT), the lock is still taken, once', () => {
    const path = join(dir, 'progress.json.lock');
    const noLinks = {
      ...nodeFs,
      linkSync: () => {
        throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' });
      },
    };
    expect(tryLock(path, noLinks)).toEqual({ taken: true });
    expect(readFileSync(path, 'utf8')).toMatch(new RegExp(`^${process.pid} \\d+\\n$`));
    expect(tryLock(path, noLinks)).toEqual({ heldBy: process.pid });
    expect(readdirSync(dir)).toEqual(['progress.json.lock']);
  });

  it('a writer that waits too long gives up with a message naming the holder', () => {
    const path = join(dir, 'progress.json.lock');
    writeFileSync(path, `1 ${Date.now()}\n`);
    expect(() => withLock(path, () => 1, undefined, 60)).toThrow(/another Rehearse \(pid 1\) has been writing/);
  });

  it('four processes adding 25 attempts each at the same instant: none is lost', async () => {
    const script = resolve(import.meta.dirname, 'save-many.ts');
    const start = String(Date.now() + 1500);
    const run = promisify(execFile);
    const outs = await Promise.all(
      ['a', 'b', 'c', 'd'].map((tag) => run(process.execPath, ['--import', 'tsx', script, dir, '25', tag, start])),
    );
    expect(outs.map((o) => o.stdout)).toEqual(['0', '0', '0', '0']);
    const kept = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).attempts as Array<{ scenario: string }>;
    expect(kept).toHaveLength(100);
    expect(new Set(kept.map((a) => a.scenario)).size).toBe(100);
    expect(readdirSync(dir).sort()).toEqual(['progress.json']);
  }, 30_000);
});

describe('the data folder', () => {
  it('removes the temporary files of killed writers, not those of a live one', () => {
    writeFileSync(join(dir, `progress.json.${DEAD}.m3x.tmp`), 'half');
    writeFileSync(join(dir, `progress.json.${process.pid}.m3y.tmp`), 'mine, being written');
    writeFileSync(join(dir, 'progress.json'), '{}');
    expect(cleanOrphanTemps(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['progress.json', `progress.json.${process.pid}.m3y.tmp`]);
  });

  it('says why it cannot be written (a file where the folder should be), and that it can', () => {
    writeFileSync(join(dir, 'file'), '');
    expect(checkWritable(join(dir, 'file', 'rehearse'))).toMatch(/ENOTDIR|EEXIST/);
    expect(checkWritable(join(dir, 'rehearse'))).toBeNull();
    expect(readdirSync(join(dir, 'rehearse'))).toEqual([]);
  });

  it('lists the names kept under a prefix (the saved sessions)', () => {
    const store = fileStore(dir);
    store.write('session.a', '{}');
    store.write('session.b', '{}');
    store.write('progress', '{}');
    expect(store.list!('session')).toEqual(['session.a', 'session.b']);
  });
});
