/** End-to-end checks of the trainer's preview: a broken file's diagnostic at the right line, and typing latency on a 30 KB scenario. */
import type { Page } from 'playwright-core';
import type { Diagnostic } from '../../engine/types.ts';
import { assert, axe, check, shot } from './harness.ts';

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

/** Figures measured by the preview checks, printed at the end. */
export const figures: Record<string, string> = {};

/** Replaces the editor's text at once (as opening a file would). */
async function setSource(page: Page, text: string): Promise<void> {
  await page.locator('.editor textarea').fill(text);
}

/** The preview checks; `expected` is the engine's first error for `broken`, computed in node. */
export async function previewChecks(page: Page, base: string, broken: string, expected: Diagnostic, big: string) {
  await check(`a broken file shows its diagnostic at line ${expected.line}, column ${expected.column}`, async () => {
    await page.goto(`${base}/#/preview`);
    await page.getByText('No problem found.').waitFor({ timeout: 10_000 });
    const t0 = Date.now();
    await setSource(page, broken);
    const go = page.getByRole('button', { name: `${expected.line}:${expected.column}`, exact: true }).first();
    await go.waitFor({ timeout: 5000 });
    figures['broken file → diagnostic on screen'] = `${Date.now() - t0} ms`;
    const item = await go.locator('xpath=..').textContent();
    assert(item?.includes(expected.code), `diagnostic item lacks ${expected.code}: ${item}`);
    await go.click();
    const caret = await page.locator('.editor textarea').evaluate((el: HTMLTextAreaElement) => {
      const before = el.value.slice(0, el.selectionStart);
      return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
    });
    assert(
      caret.line === expected.line && caret.column === expected.column,
      `caret went to ${caret.line}:${caret.column}`,
    );
    await shot(page, 'preview-broken');
    await axe(page, 'the preview');
  });

  await check(
    'typing in a 30 KB scenario: input latency p95 ≤ 16 ms, diagnostics ≤ 150 ms after the last keystroke',
    async () => {
      await page.goto(`${base}/#/preview`);
      await setSource(page, `${big}# notes: `);
      await page.getByText('No problem found.').waitFor({ timeout: 10_000 });
      await page.evaluate(() => {
        // handled: from the keystroke's input event to the end of its handlers (queueing + React), on the page's thread;
        // frame: to the next frame after it (includes the browser's own textarea layout, the same with a bare textarea).
        const w = window as unknown as { lat: number[]; frame: number[] };
        w.lat = [];
        w.frame = [];
        window.addEventListener('input', (e) => {
          const t = e.timeStamp;
          w.lat.push(performance.now() - t);
          requestAnimationFrame(() => setTimeout(() => w.frame.push(performance.now() - t), 0));
        });
      });
      const ta = page.locator('.editor textarea');
      await ta.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('the trainer keeps typing a comment while the checker re-checks every change', {
        delay: 25,
      });
      const rounds: number[] = [];
      for (const c of 'abcde') {
        await page.keyboard.type(` round ${c} `, { delay: 25 });
        await page.waitForTimeout(300);
        await page.evaluate(() => {
          const w = window as unknown as { diagDone: Promise<number> };
          const shown = document.querySelector('.side [aria-live]')!;
          const area = document.querySelector<HTMLTextAreaElement>('.editor textarea')!;
          w.diagDone = new Promise<number>((resolve) => {
            let t0 = 0;
            area.addEventListener('input', (e) => (t0 = e.timeStamp), { once: true });
            const obs = new MutationObserver(() => {
              if (t0 && shown.getAttribute('data-chars') === String(area.value.length)) {
                obs.disconnect();
                resolve(performance.now() - t0);
              }
            });
            obs.observe(shown, { attributes: true, subtree: true, childList: true });
            setTimeout(() => resolve(NaN), 5000);
          });
        });
        await page.keyboard.type(c);
        rounds.push(await page.evaluate(() => (window as unknown as { diagDone: Promise<number> }).diagDone));
      }
      figures['last keystroke → diagnostics on screen'] = rounds.map((r) => `${r.toFixed(0)} ms`).join(', ');
      await shot(page, 'preview-30kb');
      const { lat, frame } = await page.evaluate(() => {
        const w = window as unknown as { lat: number[]; frame: number[] };
        return { lat: w.lat, frame: w.frame };
      });
      figures['keystrokes measured'] = String(lat.length);
      figures['input event handled (queue + React) p95'] =
        `${pct(lat, 95).toFixed(1)} ms (median ${pct(lat, 50).toFixed(1)})`;
      figures['keystroke → next frame p95'] = `${pct(frame, 95).toFixed(1)} ms`;
      assert(pct(lat, 95) <= 16, `input event handled p95 ${pct(lat, 95).toFixed(1)} ms > 16 ms`);
      assert(
        rounds.every((r) => r <= 150),
        `diagnostics took ${rounds.map((r) => r.toFixed(0)).join(', ')} ms after the last keystroke (limit 150)`,
      );
    },
  );
}
