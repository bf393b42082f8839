/**
 * Cold start of the `rehearse` command, each as a ratio to `node -e 0` measured in the same run:
 * `rehearse validate FILE` on a small file, and `rehearse drill` until its first prompt is on the
 * screen of a pseudo-terminal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure.ts';
import { row, type Row } from './engine-bench.ts';

const repo = new URL('..', import.meta.url).pathname;
const bin = join(repo, 'bin/rehearse.js');

function wallMs(args: string[], env: NodeJS.ProcessEnv): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore', env });
  if (r.error) throw r.error;
  return performance.now() - t;
}

function ptyMs(marker: string, args: string[], env: NodeJS.ProcessEnv): number {
  const r = spawnSync('python3', [join(repo, 'bench/pty-time.py'), '10', marker, process.execPath, ...args], {
    env,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`pty run failed: ${r.stderr}`);
  return Number(r.stdout.trim());
}

/** Section 4; `runs` runs each, interleaved so that machine noise hits both sides alike. */
export function benchStartup(runs: number, drillMarker: string): Row[] {
  const env = { ...process.env, XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'rehearse-bench-')), NO_COLOR: '1', CI: '0' };
  const small = join(repo, 'tests/fixtures/contract-example.yaml');
  const floor: number[] = [];
  const validate: number[] = [];
  const floorPty: number[] = [];
  const drill: number[] = [];
  wallMs(['-e', '0'], env);
  wallMs([bin, 'validate', small], env);
  for (let i = 0; i < runs; i++) {
    floor.push(wallMs(['-e', '0'], env));
    validate.push(wallMs([bin, 'validate', small], env));
    floorPty.push(ptyMs('ready', ['-e', 'console.log("ready")'], env));
    drill.push(ptyMs(drillMarker, [bin, 'drill', '--count', '1'], env));
  }
  return [
    row('4a', 'cold start: rehearse validate (small file) vs node -e 0', median(validate), median(floor), 'ms', '≤ 2'),
    row(
      '4b',
      'cold start: rehearse drill to its first prompt (pty) vs node -e 0 (pty)',
      median(drill),
      median(floorPty),
      'ms',
      '≤ 4',
    ),
  ];
}
