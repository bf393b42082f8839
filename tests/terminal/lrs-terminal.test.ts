/** The terminal and the LRS: settings from the config file and the environment, the queue file, `rehearse lrs`. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../terminal/commands/lrs.ts';
import { terminalLrs } from '../../terminal/lrs/lrs-config.ts';
import { sendSession } from '../../terminal/lrs/terminal-outbox.ts';
import { startLrs, startProxy, type RunningLrs } from '../tools/lrs.ts';
import { libraryScenario, playStates } from '../xapi/play-states.ts';
import { capture } from './capture.ts';

const { scenario, hash } = libraryScenario('s01-webcam-sextortion.fr.yaml');
const good = scenario.tests[0]!;
let lrs: RunningLrs;
let home: string;

function env(over: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data'), ...over };
}
function writeConfig(text: string): string {
  const path = join(home, 'config', 'rehearse', 'config.json');
  mkdirSync(join(home, 'config', 'rehearse'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  lrs = await startLrs();
}, 180_000);
afterAll(async () => {
  await lrs?.stop();
});
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'rehearse-lrs-home-'));
});

describe('LRS settings of the terminal', () => {
  it('none set: no LRS; the config file, overridden key by key by the environment', () => {
    expect(terminalLrs(env())).toBeNull();
    writeConfig(
      JSON.stringify({ lrs: { endpoint: 'https://lrs.example.org/xapi/', learner: 'a@example.org', token: 't' } }),
    );
    const r = terminalLrs(env({ REHEARSE_LRS_LEARNER: 'b@example.org', REHEARSE_LRS_SEND_RESPONSES: '1' }));
    expect(r).toEqual({
      config: {
        endpoint: 'https://lrs.example.org/xapi/',
        authorization: 'Bearer t',
        actor: { objectType: 'Agent', mbox: 'mailto:b@example.org' },
        sendResponses: true,
      },
    });
  });

  it('a broken config file is named with its line and column; an unknown key is named', () => {
    const path = writeConfig('{\n  "lrs": { "endpoint": "x", }\n}');
    expect(terminalLrs(env())).toEqual({ error: expect.stringMatching(new RegExp(`^${path}:2:\\d+: not valid JSON`)) });
    writeConfig('{ "lrs": { "endpoint": "https://x.org/", "learner": "l", "pasword": "s" } }');
    expect(terminalLrs(env())).toEqual({ error: expect.stringContaining('unknown key "pasword"') });
  });
});

describe('sending from the terminal', () => {
  it('nothing is queued or sent without an LRS', async () => {
    const final = playStates(scenario, good.answers.slice(0, 2)).at(-1)!;
    expect(await sendSession(scenario, final, hash, 'fr', env())).toBeNull();
    expect(existsSync(join(home, 'data', 'rehearse', 'lrs-queue.json'))).toBe(false);
  });

  it('offline: the results wait in lrs-queue.json, and `rehearse lrs send` sends them once the LRS is back', async () => {
    const proxy = await startProxy(new URL(lrs.origin));
    try {
      await proxy.down();
      const e = env({ REHEARSE_LRS_ENDPOINT: `${proxy.origin}/xAPI/`, REHEARSE_LRS_LEARNER: 'vol-3' });
      const final = playStates(scenario, good.answers, 5).at(-1)!;
      const line = await sendSession(scenario, final, hash, 'fr', e);
      expect(line).toMatch(
        /^1 résultat en attente d'envoi à 127\.0\.0\.1:\d+\. Dernier essai : the LRS could not be reached/,
      );
      const queue = JSON.parse(readFileSync(join(home, 'data', 'rehearse', 'lrs-queue.json'), 'utf8'));
      expect(queue.pending.length).toBe(good.answers.length + 3);
      for (const [k, v] of Object.entries(e)) vi.stubEnv(k, v as string);
      const waiting = await capture(main, ['status']);
      expect(waiting.code).toBe(1);
      expect(waiting.out).toMatch(/^1 result waiting to be sent to 127\.0\.0\.1:\d+\./);
      await proxy.up();
      const sent = await capture(main, ['send']);
      expect(sent.out).toMatch(/^All results sent to 127\.0\.0\.1:\d+\./);
      expect(sent.code).toBe(0);
      const stored = await fetch(`${lrs.endpoint}statements?registration=${queue.cursor.registration}&limit=100`, {
        headers: { 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic eDp4' },
      });
      expect(((await stored.json()) as { statements: unknown[] }).statements).toHaveLength(queue.pending.length);
    } finally {
      vi.unstubAllEnvs();
      await proxy.close();
    }
  });

  it('`rehearse lrs` without an LRS says how to set one', async () => {
    vi.stubEnv('XDG_CONFIG_HOME', join(home, 'config'));
    vi.stubEnv('REHEARSE_LRS_ENDPOINT', '');
    const r = await capture(main, []);
    vi.unstubAllEnvs();
    expect(r.code).toBe(0);
    expect(r.out).toContain('No LRS is configured: nothing is queued or sent. Set "lrs" in');
  });
});
