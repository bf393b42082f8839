/**
 * Section 7: `rehearse review` on a generated review — `answers` answers to the free prompts of a
 * library scenario, judged by 3 trainers, one review file each — timed as a cold command run
 * (the process starts, reads the 3 files, merges them and prints the figures as JSON).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeReview } from '../app/review/format.ts';
import { loadScenario } from '../engine/load/index.ts';
import { folderConceptSets } from '../terminal/folder-sets.ts';
import { row, type Row } from './engine-bench.ts';
import { generateReview } from './generate-review.ts';
import { median } from './measure.ts';

const repo = new URL('..', import.meta.url).pathname;
const SCENARIO = join(repo, 'scenarios/s06-public-account.en.yaml');

/** Section 7; `runs` cold runs of the command. */
export function benchReview(answers: number, runs: number): Row[] {
  const source = readFileSync(SCENARIO, 'utf8');
  const { scenario } = loadScenario(source, SCENARIO, { conceptSets: folderConceptSets(join(repo, 'scenarios')) });
  if (!scenario) throw new Error(`${SCENARIO} does not load`);
  const review = generateReview(scenario, source, answers, 3);
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-bench-review-'));
  const files = review.reviewers.map((r) => {
    const path = join(dir, `${r.id}.json`);
    writeFileSync(path, serializeReview({ ...review, reviewers: [r] }));
    return path;
  });
  const args = [join(repo, 'bin/rehearse.js'), 'review', SCENARIO, '--reviews', ...files, '--json'];
  const times: number[] = [];
  try {
    for (let i = 0; i <= runs; i++) {
      const t = performance.now();
      const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`rehearse review failed (${r.status}): ${r.stderr}`);
      if (i > 0) times.push(performance.now() - t); // the first run warms the disk cache
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const ms = median(times);
  const what = `rehearse review: ${answers.toLocaleString('en-GB').replace(/,/g, ' ')} answers × 3 reviewers (3 files, --json)`;
  return [row('7a', what, ms, null, 'ms', '≤ 2000', ms <= 2000)];
}
