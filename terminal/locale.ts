/**
 * The language of a drill, never mixed: `--lang` when given (and then remembered in config.json as
 * `"lang"`), else the one remembered, else the locale of the environment (LC_ALL, LC_MESSAGES, LANG:
 * fr_FR.UTF-8 is French), else English.
 */
import { readFileSync } from 'node:fs';
import type { Locale } from '../engine/types.ts';
import { configPath } from './lrs/lrs-config.ts';
import { writeFileAtomic } from './storage/file-store.ts';

/** Where a drill's language came from, for the docs and the tests. */
export type LocaleSource = 'option' | 'saved' | 'environment' | 'default';

/** The config file as an object, null when it is missing, or why it cannot be used (then it is never written). */
function readConfig(path: string): Record<string, unknown> | null | { unusable: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? null : { unusable: (e as Error).message };
  }
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as Record<string, unknown>;
    return { unusable: 'not a JSON object' };
  } catch (e) {
    return { unusable: (e as Error).message };
  }
}

/** The locale of the environment, if it is French or English. */
export function environmentLocale(env: NodeJS.ProcessEnv): Locale | null {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const lang = raw.toLowerCase().slice(0, 2);
  return lang === 'fr' || lang === 'en' ? lang : null;
}

/** The drill's language and where it came from. */
export function drillLocale(
  option: Locale | undefined,
  env: NodeJS.ProcessEnv = process.env,
): { locale: Locale; from: LocaleSource } {
  if (option) return { locale: option, from: 'option' };
  const config = readConfig(configPath(env));
  const saved = config && !('unusable' in config) ? config.lang : undefined;
  if (saved === 'fr' || saved === 'en') return { locale: saved, from: 'saved' };
  const fromEnv = environmentLocale(env);
  return fromEnv ? { locale: fromEnv, from: 'environment' } : { locale: 'en', from: 'default' };
}

/** Remembers `--lang` in config.json (its other settings kept); null when done, else why not. */
export function rememberLocale(locale: Locale, env: NodeJS.ProcessEnv = process.env): string | null {
  const path = configPath(env);
  const config = readConfig(path);
  if (config && 'unusable' in config) return `${path} is left as it is (${config.unusable})`;
  if (config?.lang === locale) return null;
  try {
    writeFileAtomic(path, `${JSON.stringify({ ...(config ?? {}), lang: locale }, null, 2)}\n`);
    return null;
  } catch (e) {
    return `${path} could not be written (${(e as Error).message})`;
  }
}
