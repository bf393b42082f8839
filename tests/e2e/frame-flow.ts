/**
 * End-to-end checks of the play screen's frame in French, on a phone and a desktop: a classroom's pupils stay in
 * view under the sticky header while the conversation scrolls (the one speaking lit up), a reload puts the current
 * turn below them, not under them; a report desk's case file writes « rôle : description » with its no-break space.
 */
import type { Browser, Page } from 'playwright-core';
import type { CompiledScenario } from '../../engine/compile.ts';
import type { Scenario } from '../../engine/types.ts';
import { assert, axe, check, shot } from './harness.ts';

/** Answers `text` (or taps the option of that id) as on a touch screen, and waits for the turn to be added. */
async function answer(page: Page, s: Scenario, a: string): Promise<void> {
  const option = Object.values(s.nodes)
    .flatMap((n) => (n.ask?.kind === 'choice' ? n.ask.options : []))
    .find((o) => o.id === a);
  const before = await page.locator('.transcript > li').count();
  if (option) await page.locator('.choices button', { hasText: option.text }).first().click();
  else {
    await page.locator('.answer-box textarea').fill(a);
    await page.getByRole('button', { name: 'Envoyer' }).click();
  }
  await page.waitForFunction((n) => document.querySelectorAll('.transcript > li').length > n, before);
}

/** The bottom of the app's header and the top and bottom of the pupils bar, in px from the top of the screen. */
async function edges(page: Page): Promise<{ header: number; top: number; bottom: number }> {
  return page.evaluate(() => {
    const header = document.querySelector('header.top')!.getBoundingClientRect();
    const bar = document.querySelector('.pupils')!.closest('div')!.getBoundingClientRect();
    return { header: header.bottom, top: bar.top, bottom: bar.bottom };
  });
}

/** A classroom scenario played three turns, the page scrolled to its end, then reloaded. */
async function classroom(page: Page, base: string, s: Scenario, tag: string): Promise<void> {
  const test = s.tests.find((t) => t.answers.length >= 3 && t.answers.every((a) => typeof a === 'string'));
  assert(test, `${s.id} has no test of three typed or chosen answers`);
  await page.goto(`${base}/#/play/${encodeURIComponent(s.id)}`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Commencer' }).click();
  for (const a of test.answers.slice(0, 3)) await answer(page, s, a as string);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await shot(page, `${tag}-classroom-play`);
  const scrolled = await edges(page);
  assert(
    Math.abs(scrolled.top - scrolled.header) <= 2,
    `the pupils are at ${scrolled.top} px, the header ends at ${scrolled.header} px`,
  );
  const lit = page.locator('.pupils .pupil.speaking');
  assert((await lit.count()) === 1 && (await lit.isVisible()), 'no pupil lit up in view');
  await page.reload();
  await page.locator('.transcript > li:focus').waitFor();
  const after = await edges(page);
  const current = await page.evaluate(() => document.activeElement!.getBoundingClientRect().top);
  assert(current >= after.bottom - 1, `after a reload the current turn starts at ${current} px, under the pupils`);
  await axe(page, `a classroom played (${tag})`);
}

/** The frame checks on a phone and a desktop, in French. */
export async function frameChecks(browser: Browser, base: string, library: CompiledScenario[]): Promise<void> {
  const find = (file: string) => library.find((c) => c.file === file)!.scenario;
  for (const vp of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1280, height: 800 },
  ]) {
    const phone = vp.name === 'phone';
    const context = await browser.newContext({
      locale: 'fr-FR',
      viewport: { width: vp.width, height: vp.height },
      hasTouch: phone,
      isMobile: phone,
    });
    const page = await context.newPage();
    try {
      await check(
        `${vp.name} (fr): a classroom's pupils stay in view under the header, a reloaded turn below them`,
        () => classroom(page, base, find('s06-public-account.fr.yaml'), `fr-${vp.name}`),
      );
      await check(`${vp.name} (fr): the case file writes « rôle : description » with a no-break space`, async () => {
        const s09 = find('s09-report-triage.fr.yaml');
        await page.goto(`${base}/#/play/${encodeURIComponent(s09.id)}`);
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await page.getByRole('button', { name: 'Commencer' }).click();
        const first = (await page.locator('.case-file li').first().textContent()) ?? '';
        assert(/ — [^:]+\S\u00a0: \S/.test(first), `the case file reads "${first.slice(0, 80)}"`);
      });
    } finally {
      await context.close();
    }
  }
}
