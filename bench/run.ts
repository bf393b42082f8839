/**
 * `npm run bench` — measures Rehearse against inkjs and the Node floor in one run, prints a table
 * and writes it as JSON under bench/results/. `--quick` uses small sizes (CI runs it so that the
 * benchmark cannot rot); the full run is what README.md reports.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchLoad, benchReaderPath, benchRecheck, benchScoring, benchStep, type Row } from './engine-bench.ts';
import { benchPaste } from './paste-bench.ts';
import { benchReview } from './review-bench.ts';
import { benchStartup } from './startup-bench.ts';
import { benchWeb } from './web-bench.ts';

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const size = quick
  ? { nodes: 800, runs: 2, steps: 200, scoringMs: 300, startupRuns: 2, webRuns: 1, reviewAnswers: 2000 }
  : { nodes: 8000, runs: 5, steps: 2000, scoringMs: 2000, startupRuns: 7, webRuns: 5, reviewAnswers: 10_000 };

const sections: Array<[string, () => Row[] | Promise<Row[]>]> = [
  ['load', () => [...benchLoad(size.nodes, size.runs), ...benchReaderPath()]],
  ['step', () => benchStep(size.nodes, size.steps)],
  ['scoring', () => benchScoring(size.scoringMs)],
  ['startup', () => benchStartup(size.startupRuns, 'Drill|Exercice|›')],
  ['paste', () => benchPaste(size.startupRuns)],
  ['web', () => benchWeb(size.webRuns)],
  ['recheck', () => benchRecheck(size.runs * 4)],
  ['review', () => benchReview(size.reviewAnswers, size.runs)],
];

const rows: Row[] = [];
let failed = false;
for (const [name, run] of sections) {
  if (only && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  try {
    rows.push(...(await run()));
  } catch (e) {
    failed = true;
    process.stderr.write(`bench: ${name} failed: ${(e as Error).message}\n`);
  }
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const table = [
  '| # | what | Rehearse | baseline | unit | ratio | budget | ok |',
  '|---|---|---:|---:|---|---:|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.id} | ${r.what} | ${r.rehearse} | ${r.baseline ?? '—'} | ${r.unit} | ${r.ratio ?? '—'} | ${r.budget} | ${r.ok === null ? '—' : r.ok ? 'yes' : 'NO'} |`,
  ),
].join('\n');
process.stdout.write(`\nRehearse benchmark (${quick ? 'quick' : 'full'}) — ${machine}\n\n${table}\n\n`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const out = new URL(`./results/${quick ? 'quick' : 'latest'}.json`, import.meta.url);
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), mode: quick ? 'quick' : 'full', machine, rows }, null, 2)}\n`,
);
process.stdout.write(`written to bench/results/${quick ? 'quick' : 'latest'}.json\n`);
if (failed) process.exitCode = 1;
