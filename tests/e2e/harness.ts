/** A tiny check runner for the end-to-end run: named checks, a pass/fail count, axe and screenshots. */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
/** Where screenshots go (gitignored). */
export const SHOTS = `${here}screenshots/`;
const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));

/** Counts of the run. */
export const tally = { passed: 0, failed: 0 };

/** Runs one named check; a throw is a failure with its message, never the end of the run. */
export async function check(name: string, fn: () => Promise<void>): Promise<void> {
  const t0 = Date.now();
  try {
    await fn();
    tally.passed++;
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    tally.failed++;
    console.log(`  ✗ ${name}\n    ${(e instanceof Error ? e.message : String(e)).split('\n').join('\n    ')}`);
  }
}

/** Throws with `message` unless `ok`. */
export function assert(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

/** Runs axe-core on the page and throws with the violations, if any. */
export async function axe(page: Page, label: string): Promise<void> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return r.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(', ')}`,
    );
  });
  assert(violations.length === 0, `axe found ${violations.length} violation(s) on ${label}:\n${violations.join('\n')}`);
}

/** Saves a full-page screenshot as screenshots/NAME.png. */
export async function shot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = `${SHOTS}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
