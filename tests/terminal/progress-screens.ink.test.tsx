import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProgress as loadFrom } from '../../app/progress-storage.ts';
import { fileStore } from '../../terminal/storage/file-store.ts';
import { ProgressScreen } from '../../terminal/ui/progress-screen.tsx';
import { bar, sparkline, trend } from '../../terminal/ui/bars.ts';
import { attemptOf } from './drill-fixtures.ts';

const progressPath = (dir: string) => join(dir, 'progress.json');
const loadProgress = (dir: string, now?: Date) => loadFrom(fileStore(dir), now);

describe('bars and sparklines', () => {
  it('draws scores as blocks', () => {
    expect(bar(0, 6)).toBe('░░░░░░');
    expect(bar(50, 6)).toBe('███░░░');
    expect(bar(100, 6)).toBe('██████');
    expect(bar(140, 4)).toBe('████');
    expect(sparkline([0, 15, 30, 45, 60, 75, 90, 100])).toBe('▁▂▃▄▅▆▇█');
    expect(trend([20, 40, 80])).toBe('↗');
    expect(trend([90, 80, 30])).toBe('↘');
  });
});

describe('progress screen', () => {
  it('shows attempts per scenario and per competency with a trend line', () => {
    const attempts = [
      attemptOf({
        scenario: 'webcam-call',
        at: '2026-11-01T10:00:00Z',
        score: 20,
        comps: { listening: 25, safety: 0 },
      }),
      attemptOf({
        scenario: 'webcam-call',
        at: '2026-11-02T10:00:00Z',
        score: 55,
        comps: { listening: 50, safety: 100 },
      }),
      attemptOf({
        scenario: 'webcam-call',
        at: '2026-11-03T10:00:00Z',
        score: 90,
        comps: { listening: 100, safety: 100 },
      }),
      attemptOf({
        scenario: 'webcam-call',
        at: '2026-11-04T10:00:00Z',
        score: 100,
        passed: true,
        drill: 'opening',
        comps: { listening: 100 },
      }),
    ];
    const { lastFrame, unmount } = render(<ProgressScreen attempts={attempts} />);
    const frame = lastFrame()!;
    unmount();
    expect(frame).toContain('Your progress');
    // The drill result is not counted as a whole-scenario attempt: 3 tries, best 90, last 90.
    expect(frame).toMatch(/webcam-call\s+3\s+90\s+90\s+▂▅▇ ↗/);
    expect(frame).toContain('Drills: 1 prompt answered, 1 passed.');
    // Nor in a competency's trend (app/progress.ts, the same rule as the browser's): listening has 3 points.
    expect(frame).toMatch(/listening \(en\)\s+3\s+100\s+▃▅█ ↗/);
    expect(frame).toMatch(/safety \(en\)\s+3\s+100\s+▁██ ↗/);
  });

  it('keeps a competency of a French and of an English scenario apart, each with its own label', () => {
    const en = attemptOf({ scenario: 'call-en', at: '2026-11-01T10:00:00Z', comps: { empathy: 20 } });
    const fr = {
      ...attemptOf({ scenario: 'call-fr', at: '2026-11-02T10:00:00Z', comps: { empathy: 90 } }),
      locale: 'fr' as const,
    };
    fr.competencies.empathy!.label = 'Empathie';
    const { lastFrame, unmount } = render(<ProgressScreen attempts={[en, fr]} />);
    const frame = lastFrame()!;
    unmount();
    expect(frame).toMatch(/empathy \(en\)\s+1\s+20 /);
    expect(frame).toMatch(/Empathie \(fr\)\s+1\s+90 /);
  });

  it('keeps the trend on the row of its name at 60 columns (long names are cut)', async () => {
    const long = attemptOf({
      scenario: 'a-scenario-with-a-very-long-title-indeed-and-more',
      at: '2026-11-01T10:00:00Z',
    });
    long.title = 'A scenario whose title is far too long for a narrow terminal window';
    const { renderToString } = await import('ink');
    const out = renderToString(<ProgressScreen attempts={[long]} columns={60} />, { columns: 60 });
    const row = out.split('\n').find((l) => l.startsWith('A scenario'))!;
    expect(row).toMatch(/…\s+1\s+80\s+80\s+▇ →$/);
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(60);
  });

  it('says what to do when there is no attempt yet', () => {
    const { lastFrame, unmount } = render(<ProgressScreen attempts={[]} />);
    expect(lastFrame()).toContain('No attempts yet. Try `rehearse drill` or `rehearse play`.');
    unmount();
  });

  it('shows the message about a corrupt progress file, which is kept aside', () => {
    const root = mkdtempSync(join(tmpdir(), 'rehearse-ps-'));
    try {
      const dir = join(root, 'rehearse');
      mkdirSync(dir);
      writeFileSync(progressPath(dir), 'not json at all');
      const loaded = loadProgress(dir, new Date('2026-11-28T13:00:00.000Z'));
      const { lastFrame, unmount } = render(<ProgressScreen attempts={loaded.attempts} notice={loaded.notice} />);
      const frame = lastFrame()!.replace(/\s*\n\s*/g, ' ');
      unmount();
      expect(frame).toContain('⚠ Your saved progress could not be read');
      expect(frame).toContain('progress.corrupt-2026-11-28T13-00-00-000Z.json');
      expect(frame).toContain('No attempts yet.');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('rehearse progress (the command)', () => {
  it('prints the corrupt-file message, keeps the file aside, and draws the trends without colour when NO_COLOR is set', async () => {
    const { vi } = await import('vitest');
    const { readdirSync, readFileSync } = await import('node:fs');
    const { colorEnabled } = await import('../../terminal/ui/theme.tsx');
    expect(colorEnabled({ NO_COLOR: '1' }, { isTTY: true })).toBe(false);
    expect(colorEnabled({}, { isTTY: false })).toBe(false);
    expect(colorEnabled({ TERM: 'xterm-256color' }, { isTTY: true })).toBe(true);
    const root = mkdtempSync(join(tmpdir(), 'rehearse-pc-'));
    const env = {
      XDG_DATA_HOME: process.env.XDG_DATA_HOME,
      XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME,
      NO_COLOR: process.env.NO_COLOR,
    };
    try {
      process.env.XDG_DATA_HOME = root;
      process.env.XDG_CONFIG_HOME = root; // the user's own config.json (a remembered --lang) stays out
      process.env.NO_COLOR = '1';
      const dir = join(root, 'rehearse');
      mkdirSync(dir);
      writeFileSync(progressPath(dir), '\u0000\u0001 binary junk');
      let out = '';
      vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
        out += String(s);
        return true;
      });
      const code = await (await import('../../terminal/commands/progress.tsx')).main([]);
      vi.restoreAllMocks();
      expect(code).toBe(0);
      const flat = out.replace(/\s*\n\s*/g, ' ');
      expect(flat).toContain('⚠ Your saved progress could not be read');
      expect(flat).toContain('No attempts yet.');
      expect(out).not.toContain('\u001B[');
      const kept = readdirSync(dir).filter((f) => f.startsWith('progress.corrupt-'));
      expect(kept).toHaveLength(1);
      expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe('\u0000\u0001 binary junk');
    } finally {
      for (const [k, v] of Object.entries(env))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      rmSync(root, { recursive: true, force: true });
    }
  });
});
