/**
 * Web build benchmarks in headless Chromium (Debian's, driven by playwright-core): the JavaScript a
 * trainee loads before the first prompt (gzip), and the time from navigation to the first prompt.
 * Needs `npm run build:web` first (`npm run bench` builds).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts';
import { markFirstPrompt, scriptsBeforeFirstPrompt } from '../tests/e2e/first-load.ts';
import { median } from './measure.ts';
import { row, type Row } from './engine-bench.ts';

const repo = new URL('..', import.meta.url).pathname;

/** Section 5: `runs` fresh page loads (new browser context each: empty cache and storage). */
export async function benchWeb(runs: number): Promise<Row[]> {
  const server = await preview({
    configFile: `${repo}vite.config.ts`,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 4700 + Math.floor(Math.random() * 200), strictPort: true },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    const times: number[] = [];
    let gz = 0;
    let files = 0;
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ locale: 'en-US' });
      await markFirstPrompt(context);
      const page = await context.newPage();
      await page.goto(`${base}/#/`);
      await page.locator('.cards a').first().waitFor();
      const href = await page.locator('.cards a').first().getAttribute('href');
      // Navigation straight to a scenario, then its first prompt: what a trainee opening a link sees.
      const t = performance.now();
      await page.goto(`${base}/${href ?? '#/'}`);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.locator('.answer-box, .choices').first().waitFor();
      const ms = performance.now() - t;
      if (i > 0) times.push(ms); // the first load warms the server, not the browser
      if (i === 1) {
        const js = await scriptsBeforeFirstPrompt(page);
        files = js.length;
        for (const p of js) gz += gzipSync(readFileSync(`${repo}dist/web${p}`)).length;
      }
      await context.close();
    }
    return [
      row(
        '5a',
        `web: JavaScript loaded before the first prompt (${files} files, gzip)`,
        gz / 1024,
        null,
        'KB',
        '≤ 120',
        gz / 1024 <= 120,
      ),
      row(
        '5b',
        'web: navigation to the first prompt in headless Chromium (incl. pressing Start)',
        median(times),
        null,
        'ms',
        '< 1000',
        median(times) < 1000,
      ),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
