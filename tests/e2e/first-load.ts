/**
 * "The JavaScript a trainee loads before the first prompt", measured the same way by the e2e test and by
 * `npm run bench`: the scripts requested before the first prompt was on screen (what loads after it, such
 * as the answer checker, is not waited for).
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Makes every page of the context note when the first prompt (answer box or choices) appears. */
export async function markFirstPrompt(context: BrowserContext): Promise<void> {
  // A string, not a function: the test runner's transform would add helpers the page does not have.
  await context.addInitScript(`
    new MutationObserver(() => {
      if (window.__firstPrompt === undefined && document.querySelector('.answer-box, .choices'))
        window.__firstPrompt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  `);
}

/** The paths of the scripts the page requested before its first prompt appeared. */
export async function scriptsBeforeFirstPrompt(page: Page): Promise<string[]> {
  return page.evaluate(`
    performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.startTime < (window.__firstPrompt ?? Infinity))
      .map((e) => new URL(e.name).pathname)
  `);
}
