/**
 * Re-runs the code audit's mutation table (tests/mutation/mutants.ts): each mutant alone, on the
 * whole `npm test` chain (CLI build, vitest, `rehearse validate scenarios`, `rehearse test
 * scenarios`), in a copy of the working tree so that the checkout is never touched. Not in CI: it
 * takes about half an hour on 2 vCPUs.
 *
 *   npx tsx tests/mutation/run.ts [--only M01,M14] [--keep]
 *
 * A mutant is killed when any step fails. The tests that import the mutated file run first
 * (`vitest related`, a quick kill); a mutant they miss then meets the whole chain, and vitest
 * stops at its first failure (--bail=1). The table is printed and written to
 * .scratch/mutation-results.json.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { MUTANTS, type Mutant } from './mutants.ts';

const repo = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only'))
  ?.split('=')[1]
  ?.split(',');
const keep = args.includes('--keep');

/** The steps of `npm test`, each a command that must exit 0. */
const STEPS: Array<[string, string[]]> = [
  ['node', ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn']],
  ['node', ['node_modules/vitest/vitest.mjs', 'run', '--bail=1', '--reporter=dot']],
  ['node', ['bin/rehearse.js', 'validate', 'scenarios']],
  ['node', ['bin/rehearse.js', 'test', 'scenarios']],
];

/** A copy of the working tree (tracked and new files, node_modules linked) to mutate. */
function copyTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-mutation-'));
  const list = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' });
  for (const f of list.stdout.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try {
      cpSync(join(repo, f), join(dir, f));
    } catch {
      /* deleted in the working tree but not yet in the index */
    }
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The first step that fails (killed), or null (survived); `file` first runs the tests that import it. */
function runSteps(dir: string, file?: string): string | null {
  const related: Array<[string, string[]]> = file
    ? [['node', ['node_modules/vitest/vitest.mjs', 'related', file, '--run', '--bail=1', '--reporter=dot']]]
    : [];
  for (const [cmd, argv] of [...related, ...STEPS]) {
    const env = { ...process.env, NODE_ENV: argv.includes('build') ? 'production' : 'test', FORCE_COLOR: '0' };
    const r = spawnSync(cmd, argv, { cwd: dir, env, encoding: 'utf8', timeout: 900_000 });
    if (r.status !== 0) return argv.slice(0, 2).join(' ').replace('node_modules/vitest/vitest.mjs', 'vitest');
  }
  return null;
}

/** Applies one mutant, runs the chain, puts the file back. */
function tryMutant(dir: string, m: Mutant): { killedBy: string | null; seconds: number } {
  const path = join(dir, m.file);
  const original = readFileSync(path, 'utf8');
  if (original.split(m.from).length !== 2) throw new Error(`${m.id}: the text to mutate is not in ${m.file} once`);
  writeFileSync(path, original.replace(m.from, m.to));
  const t0 = Date.now();
  try {
    return { killedBy: runSteps(dir, m.file), seconds: Math.round((Date.now() - t0) / 1000) };
  } finally {
    writeFileSync(path, original);
  }
}

const dir = copyTree();
try {
  process.stderr.write(`mutation: baseline in ${dir}…\n`);
  const broken = runSteps(dir);
  if (broken) throw new Error(`the unmutated tree already fails at ${broken}: fix that first`);
  const rows: Array<Mutant & { killedBy: string | null; seconds: number }> = [];
  for (const m of MUTANTS.filter((x) => !only || only.includes(x.id))) {
    const r = tryMutant(dir, m);
    process.stderr.write(`mutation: ${m.id} ${r.killedBy ? `killed (${r.killedBy})` : 'SURVIVED'} in ${r.seconds} s\n`);
    rows.push({ ...m, ...r });
  }
  const killed = rows.filter((r) => r.killedBy).length;
  const table = [
    '| # | area | mutant | where | result |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.id} | ${r.area} | ${r.what} | ${r.file} | ${r.killedBy ? 'killed' : '**survived**'} |`),
  ];
  process.stdout.write(`${table.join('\n')}\n\nkilled ${killed} / ${rows.length}\n`);
  mkdirSync(join(repo, '.scratch'), { recursive: true });
  const out = { date: new Date().toISOString(), killed, total: rows.length, rows };
  writeFileSync(join(repo, '.scratch/mutation-results.json'), `${JSON.stringify(out, null, 2)}\n`);
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
