/**
 * End-to-end check of the attempts table on "My progress" on a 390 px phone, in French and English: every
 * attempt (date, scenario, score, result and its "Open the debrief" button) is on screen without sideways
 * scrolling, each value named; on a desktop it stays a table with its header row. Screenshots *-progress-table.
 */
import type { Browser } from 'playwright-core';
import { attemptFromReport, serializeProgress, type Attempt } from '../../app/progress.ts';
import type { CompiledScenario } from '../../engine/compile.ts';
import { play } from '../../engine/testing.ts';
import { assert, axe, check, shot } from './harness.ts';

/** Scenarios with long titles in both languages: the attempts a trainee who plays both would have. */
const FILES = [
  's01-webcam-sextortion.fr.yaml',
  's13-grooming-meeting.fr.yaml',
  's01-webcam-sextortion.en.yaml',
  's17-image-shared-adult.en.yaml',
];

/** One attempt per scenario of FILES, played from its first test that reaches an outcome, on consecutive days. */
function attempts(library: CompiledScenario[]): Attempt[] {
  return FILES.map((file, i) => {
    const s = library.find((c) => c.file === file)!.scenario;
    const test = s.tests.find((t) => t.expect.outcome !== undefined) ?? s.tests[0]!;
    return attemptFromReport(s, play(s, test.answers).report, `2026-11-${11 + i}T09:30:00.000Z`);
  });
}

const WORDS = {
  fr: { locale: 'fr-FR', open: 'Ouvrir le débriefing', date: 'Date\u00a0:' },
  en: { locale: 'en-US', open: 'Open the debrief', date: 'Date:' },
} as const;

/** The attempts table in `lang` on a phone (stacked, on screen) and a desktop (a table with its header). */
async function tableIn(browser: Browser, base: string, text: string, lang: keyof typeof WORDS): Promise<void> {
  const words = WORDS[lang];
  for (const vp of [
    { name: 'phone', width: 390, height: 844 },
    { name: 'desktop', width: 1280, height: 800 },
  ]) {
    const phone = vp.name === 'phone';
    const context = await browser.newContext({
      locale: words.locale,
      viewport: { width: vp.width, height: vp.height },
      hasTouch: phone,
      isMobile: phone,
    });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/#/progress`);
      await page.evaluate((t) => localStorage.setItem('rehearse.progress', t), text);
      await page.reload();
      const table = page.locator('table', { has: page.getByRole('button', { name: words.open }) });
      const rows = table.locator('tbody tr');
      await rows.first().waitFor();
      await table.scrollIntoViewIfNeeded();
      await shot(page, `${lang}-${vp.name}-progress-table`);
      assert((await rows.count()) === FILES.length, `${await rows.count()} rows for ${FILES.length} attempts`);
      const scroll = await table.evaluate((t) => ({
        wide: t.parentElement!.scrollWidth,
        shown: t.parentElement!.clientWidth,
      }));
      assert(scroll.wide <= scroll.shown, `the table is ${scroll.wide} px wide in ${scroll.shown} px`);
      const outside = await table.locator('td, button').evaluateAll((els, width) => {
        const out = els.map((e) => [e, e.getBoundingClientRect()] as const).filter(([, r]) => r.right > width);
        return out.map(([e, r]) => `${e.textContent?.trim().slice(0, 30)} ends at ${Math.round(r.right)} px`);
      }, vp.width);
      assert(outside.length === 0, `cut off on a ${vp.width} px screen: ${outside.join('; ')}`);
      const buttons = page.getByRole('button', { name: words.open });
      assert((await buttons.count()) === FILES.length, `${await buttons.count()} « ${words.open} » buttons`);
      const header = await table.locator('thead').isVisible();
      const labels = await table.getByText(words.date, { exact: true }).first().isVisible();
      if (phone) assert(labels, `no "${words.date}" before the dates of the stacked rows`);
      else assert(header && !labels, `the desktop table has ${header ? '' : 'no '}header and labels ${labels}`);
      await axe(page, `the attempts table (${lang}, ${vp.name})`);
    } finally {
      await context.close();
    }
  }
}

/** The attempts table read on a phone and a desktop, in French and English. */
export async function progressPhoneChecks(browser: Browser, base: string, library: CompiledScenario[]) {
  const text = serializeProgress(attempts(library));
  for (const lang of ['fr', 'en'] as const)
    await check(`phone (${lang}): every attempt of my progress is readable without sideways scrolling`, () =>
      tableIn(browser, base, text, lang),
    );
}
