/**
 * End-to-end checks of the LMS packages: `rehearse package` builds s01 fr for SCORM 1.2, SCORM 2004
 * and cmi5; an LMS page (scorm-again) or a small cmi5 LMS in front of the real LRS launches it in
 * Chromium as an LMS does; the trainee plays, leaves, resumes and finishes; the LMS's data is checked.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { FrameLocator, Page } from 'playwright-core';
import type { Scenario, ScriptedAnswer } from '../../engine/types.ts';
import { assert, axe, check, shot } from './harness.ts';
import { prepareCmi5Launch, type TestLms } from './lms-server.ts';
import { figures } from './preview-flow.ts';
import { giveAnswer } from './trainee-flow.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const FILE = 'scenarios/s01-webcam-sextortion.fr.yaml';
type Cmi = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- scorm-again's JSON

/** Runs the real command and serves the package's files under /pkg/NAME/. */
function buildPackage(lms: TestLms, flag: string, name: string): Map<string, Uint8Array> {
  const out = join(mkdtempSync(join(tmpdir(), 'rehearse-pkg-')), `${name}.zip`);
  execFileSync(process.execPath, [`${repo}bin/rehearse.js`, 'package', `${repo}${FILE}`, flag, '-o', out]);
  const files = new Map(Object.entries(unzipSync(readFileSync(out))));
  lms.packages.set(name, files);
  return files;
}

async function until(what: string, ok: () => boolean, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The CMI of the last `finish` the content sent (after waiting for it). */
async function finished(lms: TestLms, version = '1.2'): Promise<Cmi> {
  const mine = () => lms.commits.filter((c) => c.event === 'finish' && c.version === version);
  await until('the content to finish its LMS session', () => mine().length > 0);
  return (mine().at(-1)!.cmi as Cmi).cmi as Cmi;
}

async function exit(f: FrameLocator | Page): Promise<void> {
  await f.getByRole('button', { name: 'Quitter' }).click();
  await f.getByText('Votre tentative est enregistrée').waitFor();
}

function interactions(cmi: Cmi): Cmi[] {
  return Object.keys(cmi.interactions ?? {})
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => cmi.interactions[k] as Cmi);
}

/** SCORM 1.2's limits, which scorm-again does not enforce. */
function assert12Limits(cmi: Cmi): void {
  assert(cmi.suspend_data.length <= 4096, `suspend_data is ${cmi.suspend_data.length} characters (limit 4096)`);
  assert(cmi.core.lesson_location.length <= 255, 'lesson_location over 255 characters');
  for (const i of interactions(cmi)) {
    assert(i.student_response.length <= 255, `a student_response of ${i.student_response.length} characters`);
    assert(/^[\x21-\x7e]{1,255}$/.test(i.id), `interaction id "${i.id}" is not a CMIIdentifier`);
  }
}

function resumeFrom(cmi: Cmi): Cmi {
  return { cmi: { ...cmi, core: { ...cmi.core, entry: cmi.core.exit === 'suspend' ? 'resume' : '' } } };
}

/** Nonsense words (no French stem) to make answers long without changing what they match. */
function padding(n: number, seed: number): string {
  let x = seed;
  const words: string[] = [];
  while (words.join(' ').length < n) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    words.push(Array.from({ length: 4 + (x % 5) }, (_, i) => 'bcdfghjklmnpqrstvwxz'[(x >> (i * 3)) % 20]).join(''));
  }
  return words.join(' ');
}

/** The LMS checks; `score` gives the engine's score of scripted answers. */
export async function lmsChecks(
  page: Page,
  lms: TestLms,
  lrs: string,
  scenario: Scenario,
  score: (a: ScriptedAnswer[]) => number | null,
): Promise<void> {
  const good = scenario.tests[0]!;
  const answers = good.answers;
  const half = 4;
  const launch12 = `${lms.origin}/lms/scorm.html?v=1.2&launch=/pkg/p12/${scenario.id}.html`;
  const f = page.frameLocator('#sco');

  await check('SCORM 1.2 (scorm-again): s01 fr played half-way, left, resumed once, played to the end', async () => {
    buildPackage(lms, '--scorm12', 'p12');
    lms.saved = null;
    lms.commits.length = 0;
    await page.goto(launch12);
    await f.getByRole('button', { name: 'Commencer' }).click();
    for (const a of answers.slice(0, half)) await giveAnswer(f, scenario, a);
    await exit(f);
    const first = await finished(lms);
    assert(first.core.lesson_status === 'incomplete', `lesson_status ${first.core.lesson_status} after leaving`);
    assert(first.core.exit === 'suspend', `exit "${first.core.exit}" after leaving mid-way`);
    assert(interactions(first).length === half, `${interactions(first).length} interactions after ${half} answers`);
    assert12Limits(first);
    lms.saved = resumeFrom(first);
    lms.commits.length = 0;
    await page.goto(launch12);
    await f.getByText('Votre tentative reprend').waitFor();
    const shown = await f.locator('.answer-item').count();
    assert(shown === half, `the resumed transcript shows ${shown} answers, not ${half}`);
    await shot(page, 'lms-scorm12-resumed');
    for (const a of answers.slice(half)) await giveAnswer(f, scenario, a);
    await f.getByRole('button', { name: 'Voir le débriefing' }).click();
    await f.getByRole('heading', { name: /Débriefing/, level: 1 }).waitFor();
    await shot(page, 'lms-scorm12-debrief');
    await exit(f);
    const end = await finished(lms);
    const expected = score(answers);
    assert(end.core.lesson_status === (good.expect.passed ? 'passed' : 'failed'), `status ${end.core.lesson_status}`);
    assert(
      expected === null || end.core.score.raw === String(expected),
      `score.raw ${end.core.score.raw} ≠ ${expected}`,
    );
    assert(end.core.exit === '', `exit "${end.core.exit}" after the end`);
    assert(
      interactions(end).length === answers.length,
      `${interactions(end).length} interactions, not ${answers.length}`,
    );
    assert(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/.test(end.core.session_time), `session_time ${end.core.session_time}`);
    assert12Limits(end);
  });

  await check('SCORM 1.2 limits hold with 1 200-character answers, and the attempt still resumes', async () => {
    lms.saved = null;
    lms.commits.length = 0;
    await page.goto(launch12);
    await f.getByRole('button', { name: 'Commencer' }).click();
    const long = answers
      .slice(0, 7)
      .map((a, i) => (typeof a === 'string' && a.includes(' ') ? `${a} ${padding(1200, i + 1)}` : a));
    for (const a of long) {
      if (typeof a !== 'string' || !a.includes(' ')) await giveAnswer(f, scenario, a);
      else {
        const before = await f.locator('.answer-item').count();
        await f.locator('.answer-box textarea').fill(a); // typing 1 200 characters key by key takes seconds
        await f.locator('.answer-box textarea').press('Enter');
        await f.locator('.answer-item').nth(before).waitFor();
      }
    }
    await exit(f);
    const cmi = await finished(lms);
    assert12Limits(cmi);
    assert(
      interactions(cmi).some((i) => i.student_response.length === 255),
      'no response was cut at 255 characters',
    );
    lms.saved = resumeFrom(cmi);
    lms.commits.length = 0;
    await page.goto(launch12);
    await f.getByText('Votre tentative reprend').waitFor();
    const shown = await f.locator('.answer-item').count();
    assert(shown >= 1 && shown <= long.length, `resumed with ${shown} answers`);
    const kind = cmi.suspend_data.startsWith('z:') ? 'compressed' : 'plain';
    figures['SCORM 1.2, 7 long answers'] =
      `suspend_data ${cmi.suspend_data.length} characters (${kind}), resumed at answer ${shown + 1}`;
    await f.locator('.answer-box textarea, .choices button').first().waitFor();
    await exit(f);
  });

  await check(
    'SCORM 2004 (scorm-again): s01 fr played to the end; completion, success, scaled score, interactions',
    async () => {
      buildPackage(lms, '--scorm2004', 'p2004');
      lms.saved = null;
      lms.commits.length = 0;
      await page.goto(`${lms.origin}/lms/scorm.html?v=2004&launch=/pkg/p2004/${scenario.id}.html`);
      await f.getByRole('button', { name: 'Commencer' }).click();
      for (const a of answers) await giveAnswer(f, scenario, a);
      await exit(f);
      const end = await finished(lms, '2004');
      const expected = score(answers);
      assert(end.completion_status === 'completed', `completion_status ${end.completion_status}`);
      assert(end.success_status === (good.expect.passed ? 'passed' : 'failed'), `success_status ${end.success_status}`);
      assert(expected === null || Number(end.score.scaled) === expected / 100, `score.scaled ${end.score.scaled}`);
      const list = interactions(end);
      assert(list.length === answers.length, `${list.length} interactions`);
      const typed = list.filter((i) => i.type === 'long-fill-in');
      assert(typed[0]?.learner_response === answers[0], 'the first typed answer is not the learner_response');
      assert(
        list.every((i) => String(i.id).startsWith('https://')),
        'interaction ids are not IRIs',
      );
    },
  );

  await check(
    'cmi5: fetch token, LMS.LaunchData, left and resumed in a second session; cmi5 statements in order',
    async () => {
      const files = buildPackage(lms, '--cmi5', 'c5');
      const xml = new TextDecoder().decode(files.get('cmi5.xml'));
      const activityId = /<au id="([^"]+)"/.exec(xml)![1]!;
      const url = /<url>([^<]+)<\/url>/.exec(xml)![1]!;
      const registration = crypto.randomUUID();
      const actor = { objectType: 'Agent', name: 'Learner One', account: { homePage: lms.origin, name: 'learner-1' } };
      const sessions = [crypto.randomUUID(), crypto.randomUUID()];
      const tokensBefore = lms.tokens;
      const launch = (sessionId: string) =>
        prepareCmi5Launch(lms, lrs, { activityId, registration, sessionId, actor, url: `c5/${url}` });
      await page.goto(await launch(sessions[0]!));
      await page.getByRole('button', { name: 'Commencer' }).click();
      for (const a of answers.slice(0, 3)) await giveAnswer(page, scenario, a);
      await exit(page);
      await page.goto(await launch(sessions[1]!));
      await page.getByText('Votre tentative reprend').waitFor();
      for (const a of answers.slice(3)) await giveAnswer(page, scenario, a);
      await page.getByRole('button', { name: 'Voir le débriefing' }).click();
      await page.getByRole('heading', { name: /Débriefing/, level: 1 }).waitFor();
      await shot(page, 'lms-cmi5-debrief');
      await axe(page, 'the packaged player (its debrief)');
      await exit(page);
      assert(
        lms.tokens - tokensBefore === 2,
        `${lms.tokens - tokensBefore} auth tokens fetched, expected one per launch`,
      );
      const res = await fetch(`${lrs}statements?registration=${registration}&ascending=true&limit=500`, {
        headers: { 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic bGVhcm5lcjpsZWFybmVy' },
      });
      const stored = ((await res.json()) as { statements: Cmi[] }).statements;
      const verbs = stored.map((s) => String(s.verb.id).split('/').pop());
      const rest = answers.length - 3;
      const want = [
        'launched',
        'initialized',
        ...Array(3).fill('answered'),
        'terminated',
        'launched',
        'initialized',
        ...Array(rest).fill('answered'),
        'completed',
        good.expect.passed ? 'passed' : 'failed',
        'terminated',
      ];
      assert(
        JSON.stringify(verbs) === JSON.stringify(want),
        `statements in the LRS:\n${verbs.join(' ')}\nexpected:\n${want.join(' ')}`,
      );
      const cmi5Cat = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
      const sid = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
      for (const s of stored) {
        const verb = String(s.verb.id).split('/').pop()!;
        const cats = (s.context?.contextActivities?.category ?? []).map((c: Cmi) => c.id);
        const defined = verb !== 'answered';
        assert(
          cats.includes(cmi5Cat) === defined,
          `${verb}: cmi5 category ${defined ? 'missing' : 'on an allowed statement'}`,
        );
        assert(sessions.includes(s.context?.extensions?.[sid]), `${verb} has no session id of a launch`);
        if (verb !== 'launched')
          assert(s.object.id === activityId || verb === 'answered', `${verb} is not about the AU`);
      }
      const verdict = stored.find((s) => /passed|failed/.test(s.verb.id))!;
      const expected = score(answers);
      assert(
        expected === null || verdict.result.score.scaled === expected / 100,
        `scaled ${verdict.result.score.scaled}`,
      );
      assert(/^PT[\d.]+S$/.test(stored.find((s) => s.verb.id.endsWith('completed'))!.result.duration), 'no duration');
    },
  );
}
