/**
 * End-to-end checks of the trainer preview in French, as the walkthrough's trainer used it: a French
 * sample, one tab giving one diagnostic in plain French with the other mistakes still listed, the
 * last good graph kept (stale), fit-to-width, the file's tests, the download; desktop and phone.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { assert, axe, check, shot } from './harness.ts';

/** The page scrolls sideways (something is wider than the screen). */
const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/** Replaces the editor's text at once (as opening a file would). */
async function setSource(page: Page, text: string): Promise<void> {
  await page.locator('.editor textarea').fill(text);
}

/** The French preview checks on a frozen copy of s01 fr (with its phrase-check warnings): 1280×800, then 390×844. */
export async function previewFrenchChecks(browser: Browser, base: string, repo: string): Promise<void> {
  const s01 = readFileSync(`${repo}tests/fixtures/slips/s01-before-r2-library.fr.yaml`, 'utf8');
  const desktop = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  const page = await desktop.newPage();
  try {
    await check('preview in French: one tab gives one plain diagnostic, the other mistakes are listed', async () => {
      await page.goto(`${base}/#/preview`);
      await page.getByText('Aucun problème trouvé.').waitFor({ timeout: 10_000 });
      assert((await page.locator('.editor textarea').inputValue()).includes('locale: fr'), 'the sample is not French');
      await shot(page, 'preview-fr-sample');
      await setSource(page, s01);
      await page.getByText('aucune erreur', { exact: false }).waitFor({ timeout: 10_000 });
      await setSource(
        page,
        s01
          .replace('        seconds: 40', '\t      seconds: 40')
          .replace('        prompt: "Théo appelle', '        promt: "Théo appelle')
          .replace('goto: recit', 'goto: recti'),
      );
      await page.getByRole('button', { name: '68:1', exact: true }).waitFor({ timeout: 10_000 });
      const errors = await page.locator('.diagnostics li.diag-error').allTextContents();
      assert(errors.length === 3, `${errors.length} errors listed: ${errors.join(' | ')}`);
      assert(errors[1]!.includes('tabulation'), `the tab is not explained: ${errors[1]}`);
      assert(!errors.join(' ').match(/mapping|implicit|Did you mean|unknown key/i), `English or jargon: ${errors}`);
      const clipped = await page
        .locator('.diag-hint')
        .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
      assert(clipped === 0, `${clipped} hint(s) clipped`);
      await page.getByText('voici le graphe de sa dernière version sans erreur').waitFor();
      assert(
        // by attribute: accessible-name matching folds the no-break space that French typography wants
        await page
          .locator('[role="img"][aria-label^="Graphe du scénario\u00a0: "][aria-label*=" nœuds, "]')
          .isVisible(),
        'no graph',
      );
      await shot(page, 'preview-fr-broken');
      await axe(page, 'the French preview with errors');
    });

    await check('preview in French: fit the graph to the width, run the file’s tests, download the file', async () => {
      await setSource(page, s01);
      await page.getByText('aucune erreur', { exact: false }).waitFor({ timeout: 10_000 });
      await page.getByRole('button', { name: 'Ajuster à la largeur' }).click();
      const fit = await page.locator('.graph-scroll').evaluate((box) => {
        const svg = box.querySelector('svg')!;
        return { svg: svg.getBoundingClientRect().width, box: box.clientWidth };
      });
      assert(fit.svg <= fit.box, `the fitted graph is ${fit.svg} px in a ${fit.box} px box`);
      await page.getByRole('button', { name: 'Lancer les tests' }).click();
      const summary = page.getByText(/^\d+ sur \d+ tests? réussis?$/);
      await summary.waitFor({ timeout: 10_000 });
      const [ok, n] = ((await summary.textContent()) ?? '').match(/\d+/g)!.map(Number);
      assert(n! > 0 && ok === n, `tests: ${await summary.textContent()}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Télécharger le fichier' }).click(),
      ]);
      const saved = readFileSync((await download.path())!, 'utf8');
      assert(saved === s01, `the download differs from the editor (${saved.length} vs ${s01.length} characters)`);
      await shot(page, 'preview-fr-desktop');
      await axe(page, 'the French preview');
    });
  } finally {
    await desktop.close();
  }
  const phone = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
  const mobile = await phone.newPage();
  try {
    await check('preview in French on a 390 px phone: nothing wider than the screen', async () => {
      await mobile.goto(`${base}/#/preview`);
      await mobile.getByText('Aucun problème trouvé.').waitFor({ timeout: 10_000 });
      assert(!(await overflows(mobile)), 'the page scrolls sideways at 390 px');
      await shot(mobile, 'preview-fr-mobile');
      await setSource(mobile, s01.replace('        seconds: 40', '      seconds: 40'));
      await mobile.getByRole('button', { name: '68:7', exact: true }).waitFor({ timeout: 10_000 });
      assert(!(await overflows(mobile)), 'the page scrolls sideways at 390 px with a diagnostic');
      await shot(mobile, 'preview-fr-mobile-broken');
    });
  } finally {
    await phone.close();
  }
}
