/**
 * End-to-end check of the trainer review (#/review), in real Chromium and with the keyboard only: two
 * trainers (two browser profiles) review the same 20 answers of a library scenario from two trainees'
 * progress exports; the second merges the first's review file and reads the agreement table (checked
 * against app/review's own figures for the exported file); one disagreement is added as an example;
 * the saved scenario file then has one more test for `rehearse test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { analyseReview } from '../../app/review/analysis.ts';
import { parseReview } from '../../app/review/format.ts';
import { loadScenario } from '../../engine/load/index.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';
import type { Scenario } from '../../engine/types.ts';
import { assert, axe, check, shot } from './harness.ts';
import { figures } from './preview-flow.ts';
import { progressExports } from './review-fixtures.ts';

const SCENARIO = 'scenarios/s06-public-account.en.yaml';
const ANSWERS = 20;

/** Opens #/review on a fresh profile, names the trainer, opens the scenario and adds the files. */
async function openDesk(page: Page, base: string, repo: string, name: string, files: string[]): Promise<void> {
  await page.goto(`${base}/#/review`);
  await page.getByRole('heading', { name: 'Trainer review', level: 1 }).waitFor();
  const field = page.getByLabel('Your name (written into your review)');
  await field.fill(name);
  await field.blur();
  await page.getByLabel('Open the scenario (YAML)').setInputFiles(join(repo, SCENARIO));
  await page.getByLabel('Add progress exports or reviews (JSON)').setInputFiles(files);
  await page.getByText(`0 of ${ANSWERS} answers reviewed by you`).waitFor();
}

/** Reviews every answer by keyboard: `flip(i)` gives the criterion key to press first (or null), then Enter. */
async function reviewAll(page: Page, flip: (i: number) => string | null): Promise<void> {
  for (let i = 0; i < ANSWERS; i++) {
    const key = flip(i);
    if (key) await page.keyboard.press(key);
    await page.keyboard.press('Enter');
    await page.getByText(`${i + 1} of ${ANSWERS} answers reviewed by you`).waitFor();
  }
}

async function download(page: Page, button: string, path: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  await file.saveAs(path);
  return readFileSync(path, 'utf8');
}

/** `rehearse test FILE`: its "N passed, N failed" line as numbers, and the output. */
function rehearseTest(repo: string, file: string): { passed: number; failed: number; out: string } {
  const r = spawnSync(process.execPath, [join(repo, 'bin/rehearse.js'), 'test', file], { encoding: 'utf8' });
  const m = /(\d+) passed, (\d+) failed\s*$/.exec(r.stdout);
  assert(m, `rehearse test printed no count: ${r.stdout}${r.stderr}`);
  return { passed: Number(m[1]), failed: Number(m[2]), out: r.stdout };
}

/** The first row of the agreement table as shown, and as app/review computes it from the exported review. */
async function checkTable(page: Page, exported: string, scenario: Scenario): Promise<void> {
  const parsed = parseReview(exported);
  assert(!('error' in parsed), `the exported review does not read back: ${'error' in parsed ? parsed.error : ''}`);
  const analysis = analyseReview(parsed.review, scenario);
  const first = analysis.criteria.find((c) => c.units > 0)!;
  const fmt = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
  const expected = first.vsEngine.map(
    (v) => `${v.percent === null ? 'n/a' : `${Math.round(v.percent * 100)} %`} · κ ${fmt(v.kappa)} · AC1 ${fmt(v.ac1)}`,
  );
  const cells = await page
    .getByRole('row', { name: new RegExp(`^${first.criterion} `) })
    .getByRole('cell')
    .allTextContents();
  assert(cells[0] === String(first.units), `answers cell ${cells[0]} ≠ ${first.units}`);
  assert(
    cells.slice(1, 3).join('|') === expected.join('|'),
    `shown ${cells.join(' | ')}, computed ${expected.join(' | ')}`,
  );
  figures['review: first criterion'] = `${first.criterion}: ${cells.join(' | ')}`;
}

/** The review checks. */
export async function reviewChecks(browser: Browser, base: string, repo: string): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-e2e-review-'));
  const source = readFileSync(join(repo, SCENARIO), 'utf8');
  const scenario = loadScenario(source, SCENARIO, {
    conceptSets: folderConceptSets(join(repo, 'scenarios')),
  }).scenario!;
  const exports = progressExports(scenario, ANSWERS).map((text, i) => {
    const path = join(dir, `trainee-${i + 1}.json`);
    writeFileSync(path, text);
    return path;
  });
  const alice = await browser.newContext({ locale: 'en-US', viewport: { width: 1300, height: 1000 } });
  const bob = await browser.newContext({ locale: 'en-US', viewport: { width: 1300, height: 1000 } });
  const errors: string[] = [];
  try {
    const a = await alice.newPage();
    const b = await bob.newPage();
    for (const p of [a, b]) {
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      p.on('request', (r) => !r.url().startsWith(base) && !/^(data|blob):/.test(r.url()) && errors.push(r.url()));
    }
    let aliceFile = '';
    await check(`trainer 1 reviews ${ANSWERS} answers of ${scenario.id} with the keyboard, and exports`, async () => {
      await openDesk(a, base, repo, 'Alice', exports);
      await reviewAll(a, (i) => (i % 4 === 0 ? '1' : null));
      aliceFile = join(dir, 'alice.json');
      await download(a, 'Export my review (JSON)', aliceFile);
    });
    let bobReview = '';
    await check(
      'trainer 2 reviews the same answers, merges trainer 1’s review: the agreement table appears',
      async () => {
        await openDesk(b, base, repo, 'Bob', exports);
        await reviewAll(b, (i) => (i % 3 === 1 ? '2' : null));
        await b.getByLabel('Add progress exports or reviews (JSON)').setInputFiles(aliceFile);
        await b.getByText(/alice\.json: review of 20 answers by 1 trainer merged/).waitFor();
        await b.getByRole('columnheader', { name: 'Alice vs engine' }).waitFor();
        await b.getByRole('columnheader', { name: 'Bob vs engine' }).waitFor();
        bobReview = await download(b, 'Export my review (JSON)', join(dir, 'both.json'));
        await checkTable(b, bobReview, scenario);
        await shot(b, 'review-agreement');
        await axe(b, 'the trainer review');
      },
    );
    await check(
      'an answer added as an example is written into the scenario file, and rehearse test counts it',
      async () => {
        const item = b.locator('.disagreement').first();
        const criterion = (await item.locator('p').first().textContent())!.split('·')[1]!.trim().split(' ')[0]!;
        await item.getByRole('button', { name: /^Add as a “yes” example/ }).click();
        await b.getByText(`Added as a “yes” example of ${criterion}.`, { exact: false }).waitFor();
        await b.getByRole('heading', { name: `Examples of ${criterion}, judged by the engine now` }).waitFor();
        await shot(b, 'review-example');
        const edited = join(dir, 's06-edited.yaml');
        await download(b, 'Save the scenario file', edited);
        const before = rehearseTest(repo, join(repo, SCENARIO));
        const after = rehearseTest(repo, edited);
        figures['review: rehearse test before → after'] =
          `${before.passed + before.failed} → ${after.passed + after.failed}`;
        assert(after.passed + after.failed === before.passed + before.failed + 1, `${JSON.stringify([before, after])}`);
        assert(
          after.out.includes(`examples of ${criterion}:`),
          `no line for the examples of ${criterion}:\n${after.out}`,
        );
      },
    );
    await check('no page error, no console error, no request outside the app in the review', async () => {
      assert(errors.length === 0, errors.join('\n'));
    });
  } finally {
    await alice.close();
    await bob.close();
  }
}
