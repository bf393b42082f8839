/**
 * Row 4c: a 100 000-character paste into a free answer of `rehearse play`, in a pseudo-terminal, from
 * the first pasted byte until the answer field shows it (its length line). The walkthrough measured
 * ~140 s when the field redrew the whole text for every chunk.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.ts';
import { row, type Row } from './engine-bench.ts';

const repo = new URL('..', import.meta.url).pathname;

/** Median of `runs` pastes of `n` characters. */
export function benchPaste(runs: number, n = 100_000): Row[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const data = mkdtempSync(join(tmpdir(), 'rehearse-paste-'));
    const env = { ...process.env, XDG_DATA_HOME: data, NO_COLOR: '1', CI: '0' };
    const args = [
      join(repo, 'bin/rehearse.js'),
      'play',
      join(repo, 'tests/fixtures/contract-example.yaml'),
      '--seed',
      '1',
    ];
    const r = spawnSync(
      'python3',
      [join(repo, 'bench/pty-paste.py'), '30', 'Accueillez', 'caract', String(n), process.execPath, ...args],
      {
        env,
        encoding: 'utf8',
      },
    );
    rmSync(data, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`pty paste failed: ${r.stderr}`);
    times.push(Number(r.stdout.trim()));
  }
  const ms = median(times);
  return [
    row(
      '4c',
      `a ${n.toLocaleString('en')}-character paste shown in the answer field (pty)`,
      ms,
      null,
      'ms',
      '< 2000',
      ms < 2000,
    ),
  ];
}
