/**
 * The terminal's LRS settings: the `lrs` block of `$XDG_CONFIG_HOME/rehearse/config.json` (else
 * `~/.config/rehearse/config.json`), each key overridden by an environment variable
 * (REHEARSE_LRS_ENDPOINT, _USERNAME, _PASSWORD, _TOKEN, _LEARNER, _NAME, _SEND_RESPONSES).
 * No endpoint, no LRS: nothing is queued or sent.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readLrsSettings, settingsFromObject, type LrsConfig, type LrsSettings } from '../../app/xapi/config.ts';

/** The config file's path. */
export function configPath(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const xdg = env.XDG_CONFIG_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.config'), 'rehearse', 'config.json');
}

/** The environment variables, by setting. */
export const LRS_ENV = {
  endpoint: 'REHEARSE_LRS_ENDPOINT',
  username: 'REHEARSE_LRS_USERNAME',
  password: 'REHEARSE_LRS_PASSWORD',
  token: 'REHEARSE_LRS_TOKEN',
  learner: 'REHEARSE_LRS_LEARNER',
  name: 'REHEARSE_LRS_NAME',
} as const;

/** 1-based line and column of a character offset. */
function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

function fileSettings(path: string): { settings: LrsSettings } | { error: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { settings: {} };
    return { error: `${path} cannot be read (${(e as Error).message})` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec((e as Error).message);
    return {
      error: `${path}${at ? `:${lineCol(text, Number(at[1]))}` : ''}: not valid JSON (${(e as Error).message})`,
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: `${path}: not a JSON object` };
  return settingsFromObject((data as { lrs?: unknown }).lrs, `${path}: "lrs"`);
}

/** The LRS configuration: null when none is set, a config, or what is wrong with the settings. */
export function terminalLrs(env: NodeJS.ProcessEnv = process.env): { config: LrsConfig } | { error: string } | null {
  const file = fileSettings(configPath(env));
  if ('error' in file) return file;
  const s: LrsSettings = { ...file.settings };
  for (const [key, name] of Object.entries(LRS_ENV)) {
    const v = env[name];
    if (v !== undefined && v !== '') s[key as keyof typeof LRS_ENV] = v;
  }
  const send = env.REHEARSE_LRS_SEND_RESPONSES;
  if (send !== undefined && send !== '') s.sendResponses = /^(1|true|yes|on)$/i.test(send);
  const r = readLrsSettings(s);
  if (r === null) return null;
  return 'errors' in r ? { error: `the LRS settings are not usable: ${r.errors.join('; ')}` } : r;
}
