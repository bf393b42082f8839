import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProgress as loadFrom, saveAttempts as saveTo } from '../../app/progress-storage.ts';
import { dataDir, fileStore, writeFileAtomic, type AtomicFs, type StoreFs } from '../../terminal/storage/file-store.ts';
import { parseProgress, type Attempt } from '../../app/progress.ts';

function attempt(id: string, score = 80): Attempt {
  return {
    v: 1,
    id,
    scenario: 'demo',
    title: 'Demo',
    locale: 'en',
    setting: 'call',
    at: '2026-11-28T10:00:00.000Z',
    score,
    passed: score >= 70,
    critical: false,
    outcome: 'done',
    ended: true,
    competencies: { listening: { score, earned: 2, possible: 2, label: 'Listening' } },
  };
}

const progressPath = (dir: string) => join(dir, 'progress.json');
const loadProgress = (dir: string, now?: Date) => loadFrom(fileStore(dir), now);
const saveAttempts = (dir: string, added: Attempt[]) => saveTo(fileStore(dir), added);

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rehearse-pf-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('dataDir', () => {
  it('uses $XDG_DATA_HOME, else ~/.local/share', () => {
    expect(dataDir({ XDG_DATA_HOME: '/x/data' }, '/home/u')).toBe('/x/data/rehearse');
    expect(dataDir({}, '/home/u')).toBe('/home/u/.local/share/rehearse');
    expect(dataDir({ XDG_DATA_HOME: 'relative' }, '/home/u')).toBe('/home/u/.local/share/rehearse');
  });
});

describe('progress file', () => {
  it('creates a missing folder and reads back what it saved', () => {
    const dir = join(root, 'deep', 'er', 'rehearse');
    expect(loadProgress(dir)).toEqual({ attempts: [] });
    saveAttempts(dir, [attempt('a1')]);
    saveAttempts(dir, [attempt('a2', 40)]);
    const back = loadProgress(dir);
    expect(back.notice).toBeUndefined();
    expect(back.attempts.map((a) => [a.id, a.score])).toEqual([
      ['a1', 80],
      ['a2', 40],
    ]);
  });

  it('writes atomically: no temporary file left, an old file is replaced whole', () => {
    const path = join(root, 'p.json');
    writeFileSync(path, 'old content that is long');
    writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['p.json']);
  });

  it('a failed rename leaves the old file intact and no temporary file', () => {
    const target = join(root, 'is-a-dir');
    mkdirSync(join(target, 'child'), { recursive: true });
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(readdirSync(root)).toEqual(['is-a-dir']);
  });

  it('sets a corrupt file aside, keeps it byte for byte, and says so', () => {
    const dir = join(root, 'rehearse');
    mkdirSync(dir);
    writeFileSync(progressPath(dir), '{"attempts": [ oops');
    const now = new Date('2026-11-28T13:05:09.123Z');
    const loaded = loadProgress(dir, now);
    expect(loaded.attempts).toEqual([]);
    const kept = join(dir, 'progress.corrupt-2026-11-28T13-05-09-123Z.json');
    expect(loaded.keptAt).toBe(kept);
    expect(loaded.notice).toContain('could not be read');
    expect(loaded.notice).toContain(kept);
    expect(readFileSync(kept, 'utf8')).toBe('{"attempts": [ oops');
    expect(existsSync(progressPath(dir))).toBe(false);
    // The next save starts afresh and the corrupt copy stays.
    saveAttempts(dir, [attempt('b1')]);
    expect(parseProgress(readFileSync(progressPath(dir), 'utf8')).attempts.map((a) => a.id)).toEqual(['b1']);
    expect(readFileSync(kept, 'utf8')).toBe('{"attempts": [ oops');
  });

  it('keeps the readable records of a partly bad file and the original aside', () => {
    const dir = join(root, 'rehearse');
    mkdirSync(dir);
    const text = JSON.stringify({
      format: 'rehearse-progress',
      v: 1,
      attempts: [attempt('good'), { v: 1, id: 'bad' }],
    });
    writeFileSync(progressPath(dir), text);
    const loaded = loadProgress(dir, new Date('2026-11-28T13:00:00.000Z'));
    expect(loaded.attempts.map((a) => a.id)).toEqual(['good']);
    expect(loaded.notice).toMatch(/; the 1 readable attempt still counts\./);
    expect(readFileSync(loaded.keptAt!, 'utf8')).toBe(text);
    expect(loadProgress(dir).notice).toBeUndefined();
  });
});

/** A fake file system that records the calls of an atomic write and can fail one of them. */
function recordingFs(failOn?: keyof AtomicFs): { fs: AtomicFs; calls: string[] } {
  const calls: string[] = [];
  const call =
    (name: keyof AtomicFs, result: unknown = undefined) =>
    (...args: unknown[]) => {
      calls.push(`${name} ${typeof args[0] === 'string' ? args[0] : ''}`.trim());
      if (name === failOn) throw new Error(`${name} failed (disk full)`);
      return result;
    };
  const fs = {
    mkdirSync: call('mkdirSync'),
    openSync: call('openSync', 7),
    writeSync: call('writeSync', 3),
    fsyncSync: call('fsyncSync'),
    closeSync: call('closeSync'),
    renameSync: call('renameSync'),
    rmSync: call('rmSync'),
  } as unknown as AtomicFs;
  return { fs, calls };
}

describe('atomic write (through a file-system port)', () => {
  it('writes a temporary file, flushes it, and only then renames it over the target', () => {
    const { fs, calls } = recordingFs();
    writeFileAtomic('/data/rehearse/progress.json', 'text', fs);
    const opened = calls.find((c) => c.startsWith('openSync'))!;
    expect(opened).toMatch(/^openSync \/data\/rehearse\/progress\.json\.\d+\.[0-9a-z]+\.tmp$/);
    expect(calls.map((c) => c.split(' ')[0])).toEqual([
      'mkdirSync',
      'openSync',
      'writeSync',
      'fsyncSync',
      'closeSync',
      'renameSync',
    ]);
    expect(calls[5]).toBe(`renameSync ${opened.slice('openSync '.length)}`);
  });

  it('never opens the target itself: a failed write leaves the old file as it was', () => {
    const { fs, calls } = recordingFs('writeSync');
    expect(() => writeFileAtomic('/data/rehearse/progress.json', 'text', fs)).toThrow(/disk full/);
    expect(calls).not.toContain('openSync /data/rehearse/progress.json');
    expect(calls.some((c) => c.startsWith('renameSync'))).toBe(false);
  });

  it('a store whose disk is full says so instead of throwing', () => {
    const { fs } = recordingFs('writeSync');
    const missing = () => {
      throw Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    };
    const store = fileStore(join(root, 'rehearse'), {
      ...fs,
      readFileSync: missing,
      readdirSync: () => [],
    } as unknown as StoreFs);
    const saved = saveTo(store, [attempt('x')]);
    expect(saved.notice).toMatch(/This attempt could not be saved \(writeSync failed \(disk full\)\)/);
  });
});

describe('progress file that cannot be read', () => {
  it('is reported, and a new attempt is not written over it', () => {
    const dir = join(root, 'rehearse');
    mkdirSync(join(dir, 'progress.json'), { recursive: true }); // a folder where the file should be: EISDIR
    const loaded = loadProgress(dir);
    expect(loaded.attempts).toEqual([]);
    expect(loaded.notice).toMatch(/Your progress \(.*progress\.json\) could not be read \(EISDIR/);
    const saved = saveAttempts(dir, [attempt('new')]);
    expect(saved.notice).toMatch(/This attempt could not be saved \(the stored progress must not be overwritten\)/);
    expect(readdirSync(join(dir, 'progress.json'))).toEqual([]);
  });

  it('sets a record with a bad turn aside (turns: [null]) and keeps the others', () => {
    const dir = join(root, 'rehearse');
    mkdirSync(dir);
    const bad = { ...attempt('bad'), turns: [null] };
    writeFileSync(
      progressPath(dir),
      JSON.stringify({ format: 'rehearse-progress', v: 1, attempts: [attempt('ok'), bad] }),
    );
    const loaded = loadProgress(dir, new Date('2026-11-28T13:00:00.000Z'));
    expect(loaded.attempts.map((a) => a.id)).toEqual(['ok']);
    expect(loaded.notice).toMatch(/record 2: turn 1: not an object/);
  });
});
