/** End-to-end checks of the trainee's path: library, play by typing to the debrief, reload and resume. */
import type { Frame, FrameLocator, Page } from 'playwright-core';
import type { CompiledScenario } from '../../engine/compile.ts';
import type { Scenario, ScriptedAnswer } from '../../engine/types.ts';
import { assert, axe, check, shot } from './harness.ts';

function optionIds(s: Scenario): Map<string, string> {
  const ids = new Map<string, string>();
  for (const id of Object.keys(s.nodes)) {
    const ask = s.nodes[id]!.ask;
    if (ask?.kind === 'choice') for (const o of ask.options) ids.set(o.id, o.text);
  }
  return ids;
}

/** Gives one scripted answer through the page, as a trainee would: typing, or clicking the option. */
export async function giveAnswer(page: Page | Frame | FrameLocator, s: Scenario, a: ScriptedAnswer): Promise<void> {
  const options = optionIds(s);
  const choice = typeof a === 'string' ? (options.has(a) ? a : null) : 'choice' in a ? a.choice : null;
  if (choice !== null) {
    const text = options.get(choice)!;
    await page.locator('.choices button', { hasText: text }).first().click();
    return;
  }
  const text = typeof a === 'string' ? a : 'text' in a ? a.text : '';
  const box = page.locator('.answer-box textarea');
  await box.click();
  await box.pressSequentially(text, { delay: 2 });
  await box.press('Enter');
  await page.locator('.answer-item').last().getByText(text.slice(0, 20), { exact: false }).waitFor();
}

/** A scenario of the library with a test that types at least one free answer, gives no timings, and reaches an outcome. */
export function pickScenario(
  library: CompiledScenario[],
  minAnswers = 1,
): { scenario: Scenario; answers: ScriptedAnswer[]; passed?: boolean } {
  for (const { scenario } of library) {
    const ids = optionIds(scenario);
    for (const t of scenario.tests) {
      const typed = t.answers.some((a) => (typeof a === 'string' ? !ids.has(a) : 'text' in a));
      const untimed = t.answers.every((a) => typeof a === 'string');
      if (typed && untimed && t.answers.length >= minAnswers && t.expect.outcome !== undefined)
        return { scenario, answers: t.answers, passed: t.expect.passed };
    }
  }
  throw new Error('no bundled scenario has a test that types a free answer and reaches an outcome');
}

/** Opens the library on a fresh browser profile: nothing saved, nothing in memory. */
export async function fresh(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/#/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('heading', { name: 'Scenarios', level: 1 }).waitFor();
}

/** The trainee checks. `expectedScore` gives the engine's score for scripted answers. */
export async function traineeChecks(
  page: Page,
  base: string,
  library: CompiledScenario[],
  expectedScore: (s: Scenario, a: ScriptedAnswer[]) => number | null,
) {
  await check("library lists the UI language's scenarios, then every bundled one; axe finds no violation", async () => {
    await fresh(page, base);
    const english = library.filter((c) => c.scenario.locale === 'en').length;
    const shown = await page.locator('.cards article').count();
    assert(shown === english, `the English UI should list its ${english} English scenarios first, saw ${shown}`);
    await page.getByLabel('Language').selectOption('');
    const cards = await page.locator('.cards article').count();
    assert(cards === library.length, `expected ${library.length} cards with every language, saw ${cards}`);
    await shot(page, 'library');
    await axe(page, 'the library');
  });

  const { scenario, answers, passed } = pickScenario(library);
  await check(`plays "${scenario.id}" to its debrief by typing; axe clean on play and debrief`, async () => {
    await fresh(page, base);
    await page.getByRole('link', { name: scenario.title }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.locator('.transcript .line').first().waitFor();
    await giveAnswer(page, scenario, answers[0]!);
    await page.locator('.answer-item').last().locator('.feedback').waitFor({ state: 'visible' });
    await shot(page, 'play');
    await axe(page, 'the play screen');
    for (const a of answers.slice(1)) await giveAnswer(page, scenario, a);
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('heading', { name: /Debrief/, level: 1 }).waitFor();
    const verdict = await page.locator('.verdict-word').textContent();
    if (passed !== undefined)
      assert(
        verdict === (passed ? 'Passed' : 'Not passed'),
        `verdict "${verdict}", the scenario's test expects passed=${passed}`,
      );
    const score = await page.locator('.verdict .big').textContent();
    const expected = expectedScore(scenario, answers);
    if (expected !== null) assert(score === `${expected}%`, `debrief shows ${score}, the engine gives ${expected}%`);
    assert((await page.getByRole('meter').count()) > 0, 'no competency bar on the debrief');
    assert((await page.locator('.debrief mark').count()) > 0, 'no highlighted words in the debrief');
    await shot(page, 'debrief');
    await axe(page, 'the debrief');
  });

  await check('playable with the keyboard alone: Tab to a scenario, Start, answer', async () => {
    await fresh(page, base);
    const tabTo = async (what: string, test: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(test)) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    await tabTo(
      'a scenario link',
      "document.activeElement?.closest('.cards') !== null && document.activeElement?.tagName === 'A'",
    );
    await page.keyboard.press('Enter');
    await tabTo('the Start button', "document.activeElement?.textContent === 'Start'");
    await page.keyboard.press('Enter');
    await tabTo('the answer box or an option', "!!document.activeElement?.closest('.answer-box, .choices')");
    const isText = await page.evaluate(() => document.activeElement?.tagName === 'TEXTAREA');
    if (isText) {
      await page.keyboard.type('I am listening, take your time.');
      await page.keyboard.press('Enter');
    } else await page.keyboard.press('Enter');
    await page.locator('.answer-item').first().waitFor();
    const focused = await page.evaluate(() => document.activeElement?.closest('.transcript') !== null);
    assert(focused, 'focus did not move to the new lines after answering');
  });

  await check('a reload mid-scenario resumes exactly where it was', async () => {
    const two = pickScenario(library, 2);
    await fresh(page, base);
    await page.getByRole('link', { name: two.scenario.title }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await giveAnswer(page, two.scenario, two.answers[0]!);
    await page.locator('.answer-item').last().locator('.feedback').waitFor(); // it loads after the first prompt
    const before = await page.locator('.transcript > li').allTextContents();
    await page.reload();
    await page
      .locator('.transcript > li')
      .nth(before.length - 1)
      .waitFor();
    // the feedback of a replayed answer shows once the answer checker has loaded, as after the first prompt
    await page.locator('.answer-item').last().locator('.feedback').waitFor();
    const after = await page.locator('.transcript > li').allTextContents();
    assert(
      JSON.stringify(after) === JSON.stringify(before),
      `transcript after reload differs:\n${before.join(' | ')}\n---\n${after.join(' | ')}`,
    );
    for (const a of two.answers.slice(1)) await giveAnswer(page, two.scenario, a);
    await page.getByRole('button', { name: 'See the debrief' }).click();
    await page.getByRole('heading', { name: /Debrief/, level: 1 }).waitFor();
    await page.getByRole('link', { name: 'My progress' }).click();
    await page.locator('table tbody tr').first().waitFor();
    await shot(page, 'progress');
    await axe(page, 'the progress screen');
  });
}
