/**
 * End-to-end: the web app sends results to a real LRS (xapi-statements on 127.0.0.1). Settings are
 * typed in #/settings; while the LRS cannot be reached the result waits in IndexedDB (it survives a
 * reload), and "Send now" sends it; the LRS then holds the attempt's statements.
 */
import type { Page } from 'playwright-core';
import type { Scenario } from '../../engine/types.ts';
import { assert, axe, check, shot } from './harness.ts';
import { fresh, giveAnswer } from './trainee-flow.ts';

/** The web LRS checks; `lrs` is the LRS's statements base. */
export async function lrsWebChecks(page: Page, base: string, lrs: string, scenario: Scenario): Promise<void> {
  await check(
    'web → LRS: settings saved, a result waits in IndexedDB while the LRS is unreachable, then is sent',
    async () => {
      await fresh(page, base);
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('LRS address (xAPI endpoint)').fill(lrs);
      await page.getByLabel('Key (username)').fill('rehearse');
      await page.getByLabel('Secret (password)').fill('secret');
      await page.getByLabel('Your e-mail or id at your organisation').fill('e2e-volunteer@example.org');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText(`Saved: results go to ${new URL(lrs).host}.`).waitFor();
      const origin = new URL(lrs).origin;
      await page.route(`${origin}/**`, (route) => route.abort('connectionrefused'));
      await page.getByRole('link', { name: 'Scenarios' }).click();
      await page.getByRole('link', { name: scenario.title }).click();
      await page.getByRole('button', { name: 'Start' }).click();
      await giveAnswer(page, scenario, scenario.tests[0]!.answers[0]!);
      await page.getByText('1 result waiting to be sent').waitFor();
      await shot(page, 'lrs-waiting');
      await page.reload();
      await page.getByText('1 result waiting to be sent').waitFor(); // kept in IndexedDB
      await page.unroute(`${origin}/**`);
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Send now' }).click();
      await page.getByText('All results sent.').waitFor();
      await shot(page, 'lrs-settings-sent');
      await axe(page, 'the settings screen');
      const agent = JSON.stringify({ objectType: 'Agent', mbox: 'mailto:e2e-volunteer@example.org' });
      const res = await fetch(`${lrs}statements?agent=${encodeURIComponent(agent)}&ascending=true`, {
        headers: { 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic cmVoZWFyc2U6c2VjcmV0' },
      });
      const verbs = ((await res.json()) as { statements: Array<{ verb: { id: string } }> }).statements.map((s) =>
        s.verb.id.split('/').pop(),
      );
      assert(verbs.join(' ') === 'launched answered', `the LRS holds: ${verbs.join(' ') || 'nothing'}`);
      await page.getByRole('button', { name: 'Stop sending' }).click();
      await page.evaluate(() => localStorage.clear());
    },
  );
}
