/**
 * `npm run e2e` (after `npm run build:web`): serves dist/web with vite's preview() on 127.0.0.1,
 * drives the system Chromium with playwright-core, runs the trainee and trainer checks, writes
 * screenshots to tests/e2e/screenshots/, and ends with "N passed, N failed" (exit 1 on a failure).
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type ConsoleMessage } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { generateYaml } from '../../bench/generate.ts';
import { compileLibrary } from '../../library-plugin.ts';
import { loadScenario } from '../../engine/load/index.ts';
import type { Scenario, ScriptedAnswer } from '../../engine/types.ts';
import { startLrs, type RunningLrs } from '../tools/lrs.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { markFirstPrompt, scriptsBeforeFirstPrompt } from './first-load.ts';
import { assert, check, tally } from './harness.ts';
import { lmsChecks } from './lms-flow.ts';
import { lrsWebChecks } from './lrs-web-flow.ts';
import { startTestLms, type TestLms } from './lms-server.ts';
import { frameChecks } from './frame-flow.ts';
import { figures, previewChecks } from './preview-flow.ts';
import { previewFrenchChecks } from './preview-fr-flow.ts';
import { progressPhoneChecks } from './progress-phone-flow.ts';
import { reviewChecks } from './review-flow.ts';
import { frenchTraineeChecks } from './trainee-fr-flow.ts';
import { traineeChecks } from './trainee-flow.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));

async function engineScore(): Promise<(s: Scenario, a: ScriptedAnswer[]) => number | null> {
  try {
    const { play } = await import('../../engine/testing.ts');
    return (s, a) => play(s, a).report.score;
  } catch {
    return () => null;
  }
}

async function main(): Promise<number> {
  statSync(`${repo}dist/web/index.html`); // built by `npm run build:web`
  const { library, errors } = compileLibrary(`${repo}scenarios`);
  if (errors.length) console.log(`note: ${errors.length} scenario(s) of the library have errors and are not bundled`);
  const contract = readFileSync(`${repo}tests/fixtures/contract-example.yaml`, 'utf8');
  const broken = contract.replace('goto: wrap_up', 'goto: wrap_upp');
  const expected = loadScenario(broken, 'scenario.yaml').diagnostics.find((d) => d.severity === 'error');
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let lrs: RunningLrs | undefined;
  let lms: TestLms | undefined;
  try {
    lrs = await startLrs();
    lms = await startTestLms(lrs.endpoint);
    const lmsOrigin = lms.origin;
    const lrsOrigin = lrs.origin;
    server = await preview({
      configFile: `${repo}vite.config.ts`,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: 4173 + Math.floor(Math.random() * 500), strictPort: true },
    });
    const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1200, height: 900 } });
    await markFirstPrompt(context);
    const page = await context.newPage();
    const errorsSeen: string[] = [];
    page.on('pageerror', (e) => errorsSeen.push(e.message));
    // The LRS made unreachable on purpose (lrs-web-flow.ts) is the only failed request the browser may log.
    const refusedLrs = (m: ConsoleMessage) =>
      m.text().includes('ERR_CONNECTION_REFUSED') && m.location().url.startsWith(lrsOrigin);
    page.on(
      'console',
      (m) => m.type() === 'error' && !refusedLrs(m) && errorsSeen.push(`${m.text()} (${m.location().url})`),
    );
    const external: string[] = [];
    page.on(
      'request',
      (r) =>
        !r.url().startsWith(base) &&
        !r.url().startsWith(lmsOrigin) &&
        !r.url().startsWith(lrsOrigin) &&
        !r.url().startsWith('data:') &&
        !r.url().startsWith('blob:') &&
        external.push(r.url()),
    );
    const jsLoaded = new Set<string>();
    page.on('response', (r) => r.url().endsWith('.js') && jsLoaded.add(new URL(r.url()).pathname));

    console.log(`Rehearse e2e against ${base} (Chromium ${browser.version()})`);
    const largest = [...library].sort(
      (a, b) => JSON.stringify(b.scenario).length - JSON.stringify(a.scenario).length,
    )[0]!.scenario;
    await check(
      `trainee's JavaScript before the first prompt of the largest scenario (${largest.id}) ≤ 120 KB gzip, no YAML parser in it`,
      async () => {
        await page.goto(`${base}/#/`);
        await page.getByLabel('Language').selectOption('');
        await page.getByRole('link', { name: largest.title }).click();
        await page.getByRole('button', { name: 'Start' }).click();
        await page.locator('.answer-box, .choices').first().waitFor();
        const before = await scriptsBeforeFirstPrompt(page);
        let gz = 0;
        for (const path of before) gz += gzipSync(readFileSync(`${repo}dist/web${path}`)).length;
        figures['trainee JS before first prompt'] = `${(gz / 1024).toFixed(1)} KB gzip in ${before.length} file(s)`;
        assert(gz <= 120 * 1024, `${(gz / 1024).toFixed(1)} KB gzip`);
        const code = [...jsLoaded].map((p) => readFileSync(`${repo}dist/web${p}`, 'utf8')).join('\n');
        assert(!code.includes('Implicit keys of flow sequence'), 'the YAML parser is in the trainee bundle');
        await page.evaluate(() => localStorage.clear());
      },
    );
    await traineeChecks(page, base, library, await engineScore());
    await frenchTraineeChecks(browser, base, library);
    await progressPhoneChecks(browser, base, library);
    await frameChecks(browser, base, library);
    assert(expected, 'the broken fixture gave no error diagnostic');
    await previewChecks(page, base, broken, expected, generateYaml(54));
    await previewFrenchChecks(browser, base, repo);
    await reviewChecks(browser, base, repo);
    const s01 = library.find((c) => c.file === 's01-webcam-sextortion.fr.yaml')!.scenario;
    const score = await engineScore();
    await lmsChecks(page, lms, lrs.endpoint, s01, (a) => score(s01, a));
    const s01en = library.find((c) => c.file === 's01-webcam-sextortion.en.yaml')!.scenario;
    await lrsWebChecks(page, base, lrs.endpoint, s01en);
    await check('no page error, no console error, no request outside the app', async () => {
      assert(errorsSeen.length === 0, errorsSeen.join('\n'));
      assert(external.length === 0, `external requests: ${external.join(', ')}`);
    });
    for (const [k, v] of Object.entries(figures)) console.log(`  · ${k}: ${v}`);
  } catch (e) {
    tally.failed++;
    console.log(`  ✗ the run stopped: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  } finally {
    await browser?.close();
    await server?.close();
    await lms?.close();
    await lrs?.stop();
  }
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  return tally.failed ? 1 : 0;
}

void main().then((code) => process.exit(code));
