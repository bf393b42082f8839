/**
 * End-to-end checks of the trainee's screens in French, on a phone (390×844, touch) and a desktop (1280×800):
 * the library in the UI language, a long link that wraps inside its bubble, a header of at most a tenth of the
 * screen, touch targets of 44 px, competency bars with a width, French typography; screenshots fr-*.
 */
import type { Browser, Page } from 'playwright-core';
import type { CompiledScenario } from '../../engine/compile.ts';
import type { Scenario, ScriptedAnswer } from '../../engine/types.ts';
import { assert, axe, check, shot } from './harness.ts';
import { pickScenario } from './trainee-flow.ts';

const LONG_LINK = 'https://t.me/s/leakchannel_2300_subscribers_public_xx?before=1234567890123';

/** The viewports the French screens are checked on. */
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'desktop', width: 1280, height: 800, touch: false },
] as const;

/** Gives one scripted answer with the pointer, as on a touch screen: types it and presses Send, or taps the option. */
async function tapAnswer(page: Page, s: Scenario, a: ScriptedAnswer): Promise<void> {
  const options = new Map<string, string>();
  for (const node of Object.values(s.nodes))
    if (node.ask?.kind === 'choice') for (const o of node.ask.options) options.set(o.id, o.text);
  const choice = typeof a === 'string' ? (options.has(a) ? a : null) : 'choice' in a ? a.choice : null;
  if (choice !== null) {
    await page
      .locator('.choices button', { hasText: options.get(choice)! })
      .first()
      .click();
    return;
  }
  const text = typeof a === 'string' ? a : 'text' in a ? a.text : '';
  await page.locator('.answer-box textarea').fill(text);
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await page.locator('.answer-item').last().getByText(text.slice(0, 20), { exact: false }).waitFor();
}

/** Elements of the page narrower or lower than 44 px among `selector`, described. */
async function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
      .map(
        ({ el, r }) => `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}" ${r.width}×${r.height}`,
      ),
  );
}

/** The visible label of "Pause / quitter" (its name, whatever it shows): its text, lines and right edge. */
async function pauseButtonLines(page: Page): Promise<{ text: string; lines: number; right: number }> {
  const button = page.getByRole('button', { name: 'Pause / quitter' });
  return button.evaluate((b) => {
    const label = [...b.children].find((c) => (c as HTMLElement).offsetParent !== null) as HTMLElement;
    const lines = new Set([...label.getClientRects()].map((r) => Math.round(r.top))).size;
    return { text: label.textContent ?? '', lines, right: b.getBoundingClientRect().right };
  });
}

/** The current prompt is written once on the play screen, and its only timer (if timed) reads as the time left. */
async function oncePerScreen(page: Page, s: Scenario): Promise<void> {
  const shown = (await page.locator('.prompt-line').last().textContent()) ?? '';
  const node = Object.values(s.nodes).find((n) => n.ask?.prompt && shown.startsWith(n.ask.prompt));
  assert(node?.ask?.prompt, `the prompt on screen ("${shown}") is not one of ${s.id}`);
  const text = (await page.locator('main').textContent()) ?? '';
  const times = text.split(node.ask.prompt).length - 1;
  assert(times === 1, `the prompt "${node.ask.prompt}" is written ${times} times`);
  assert((await page.getByRole('textbox', { name: 'Votre réponse' }).count()) === 1, 'no box named « Votre réponse »');
  const timers = await page.getByRole('timer').allTextContents();
  const timed = node.ask.kind === 'free' && node.ask.seconds !== undefined;
  assert(timers.length === (timed ? 1 : 0), `${timers.length} timer(s) for a prompt ${timed ? '' : 'not '}timed`);
  for (const t of timers) assert(/^Temps conseillé\u00a0: encore \d+ s$/.test(t), `the timer reads "${t}"`);
  const frame = (await page.locator('.frame').textContent()) ?? '';
  assert(!/\d:\d\d/.test(frame), `the frame shows a clock besides the time left: ${frame}`);
}

/** The app's own text (not the scenario's, not the answers) that breaks French typography: "71%", "Score:". */
async function typographySlips(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const chrome = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    chrome.querySelectorAll('[lang], .answer-text, mark').forEach((el) => el.remove());
    return chrome.textContent ?? '';
  });
  return [...text.matchAll(/\S{0,12}(\d%|[\p{L}\d)»][:;?!](?=\s|$))\S{0,12}/gu)].map((m) => m[0]);
}

/** The French run on one viewport; `tag` names its screenshots. */
async function frenchRun(browser: Browser, base: string, library: CompiledScenario[], vp: (typeof VIEWPORTS)[number]) {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: vp.width, height: vp.height },
    hasTouch: vp.touch,
    isMobile: vp.touch,
  });
  const page = await context.newPage();
  const french = library.filter((c) => c.scenario.locale === 'fr');
  const s01 = french.find((c) => c.file === 's01-webcam-sextortion.fr.yaml')!.scenario;
  try {
    await check(`${vp.name} (fr): the library lists the French scenarios; header ≤ 10 % of the height`, async () => {
      await page.goto(`${base}/#/`);
      await page.getByRole('heading', { name: 'Scénarios', level: 1 }).waitFor();
      await shot(page, `fr-${vp.name}-library`);
      const cards = await page.locator('.cards article').count();
      assert(cards === french.length, `expected the ${french.length} French scenarios, saw ${cards}`);
      const header = (await page.locator('header.top').boundingBox())!.height;
      assert(header <= vp.height / 10, `the header is ${header} px high on a ${vp.height} px screen`);
      const small = await smallTargets(page, 'header button, header a, .filters select, .filters input');
      assert(small.length === 0, `touch targets under 44 px: ${small.join('; ')}`);
      const pause = await pauseButtonLines(page);
      assert(pause.lines === 1, `"${pause.text}" takes ${pause.lines} lines`);
      assert(pause.right <= vp.width, `the pause button ends at ${pause.right} px on a ${vp.width} px screen`);
      await axe(page, `the French library (${vp.name})`);
    });

    await check(`${vp.name} (fr): a long link wraps inside the trainee's bubble, no sideways scroll`, async () => {
      await page.goto(`${base}/#/play/${encodeURIComponent(s01.id)}`);
      await page.getByRole('button', { name: 'Commencer' }).click();
      await page.locator('.answer-box textarea').fill(`Bonjour, tu peux regarder ce lien ${LONG_LINK} ?`);
      await page.getByRole('button', { name: 'Envoyer' }).click();
      const bubble = page.locator('.line.mine').last();
      await bubble.waitFor();
      // the feedback loads after the first prompt: the screenshot waits for it, as a trainee would
      await page.locator('.answer-item').last().locator('.feedback').waitFor({ state: 'visible' });
      await shot(page, `fr-${vp.name}-play`);
      await oncePerScreen(page, s01);
      const box = (await bubble.boundingBox())!;
      assert(box.x >= 0 && box.x + box.width <= vp.width, `the bubble spans ${box.x}…${box.x + box.width} px`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(wide <= vp.width, `the page scrolls sideways: ${wide} px wide`);
      await axe(page, `the French play screen (${vp.name})`);
    });

    const run = pickScenario([{ file: '', scenario: s01 } as CompiledScenario]);
    await check(`${vp.name} (fr): s01 played to its debrief; bars keep a width, French typography`, async () => {
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${base}/#/play/${encodeURIComponent(s01.id)}`);
      await page.reload();
      await page.getByRole('button', { name: 'Commencer' }).click();
      for (const a of run.answers) await tapAnswer(page, s01, a);
      await page.getByRole('button', { name: 'Voir le débriefing' }).click();
      await page.getByRole('heading', { name: /Débriefing/, level: 1 }).waitFor();
      await shot(page, `fr-${vp.name}-debrief`);
      const widths = await page
        .getByRole('meter')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
      assert(widths.length > 0 && Math.min(...widths) >= 60, `competency bars ${widths.join(', ')} px wide`);
      const slips = await typographySlips(page);
      assert(slips.length === 0, `French typography slips: ${slips.join(' | ')}`);
      await axe(page, `the French debrief (${vp.name})`);
    });

    await check(`${vp.name} (fr): my progress shows the attempt, in French`, async () => {
      await page.goto(`${base}/#/progress`);
      await page.locator('table tbody tr').first().waitFor();
      await shot(page, `fr-${vp.name}-progress`);
      const slips = await typographySlips(page);
      assert(slips.length === 0, `French typography slips: ${slips.join(' | ')}`);
      await axe(page, `the French progress screen (${vp.name})`);
    });
  } finally {
    await context.close();
  }
}

/** The French checks on a phone and a desktop. */
export async function frenchTraineeChecks(browser: Browser, base: string, library: CompiledScenario[]) {
  for (const vp of VIEWPORTS) await frenchRun(browser, base, library, vp);
}
