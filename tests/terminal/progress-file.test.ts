import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir, loadProgress, progressPath, saveAttempts, writeFileAtomic } from '../../app/progress-file.ts';
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
    expect(loaded.notice).toMatch(/1 readable attempt/);
    expect(readFileSync(loaded.keptAt!, 'utf8')).toBe(text);
    expect(loadProgress(dir).notice).toBeUndefined();
  });
});
