/**
 * An organisation's LRS settings, as the web settings panel and the terminal's config file give
 * them: checked into an `LrsConfig`, or the reasons they are not usable. No endpoint, no LRS.
 */
import type { Agent } from './types.ts';

/** A usable LRS configuration. */
export interface LrsConfig {
  /** The statements API base, ending with `/` (e.g. https://lrs.example.org/xAPI/). */
  endpoint: string;
  /** The Authorization header value: `Basic …` from a key and secret, or `Bearer …` from a token. */
  authorization?: string;
  actor: Agent;
  /** Put the typed answer text in result.response (off by default: see docs/xapi.md). */
  sendResponses: boolean;
}

/** The raw settings, as typed by a person or read from a file / the environment. */
export interface LrsSettings {
  endpoint?: string;
  username?: string;
  password?: string;
  token?: string;
  /** The learner's e-mail, or an id on the organisation's system. */
  learner?: string;
  name?: string;
  sendResponses?: boolean;
}

const utf8Base64 = (s: string): string => {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
};

/** The Authorization header value for settings (Basic from username + password, else Bearer token). */
export function authorizationOf(s: LrsSettings): string | undefined {
  if (s.username) return `Basic ${utf8Base64(`${s.username}:${s.password ?? ''}`)}`;
  const token = s.token?.trim();
  if (!token) return undefined;
  return /^(Basic|Bearer) /i.test(token) ? token : `Bearer ${token}`;
}

/** The xAPI agent for a learner id: an e-mail becomes an mbox, anything else an account on the LRS's host. */
export function agentOf(learner: string, endpoint: string, name?: string): Agent {
  const named = name?.trim() ? { name: name.trim() } : {};
  if (/^[^@\s]+@[^@\s]+$/.test(learner)) return { objectType: 'Agent', ...named, mbox: `mailto:${learner}` };
  return { objectType: 'Agent', ...named, account: { homePage: new URL(endpoint).origin, name: learner } };
}

/** Checks settings: null when no endpoint is set (no LRS), a config, or the problems to show. */
export function readLrsSettings(s: LrsSettings): { config: LrsConfig } | { errors: string[] } | null {
  const raw = s.endpoint?.trim();
  if (!raw) return null;
  const errors: string[] = [];
  let endpoint = '';
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') errors.push('the LRS endpoint must be an http(s) URL');
    endpoint = url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    errors.push(`the LRS endpoint is not a URL: ${JSON.stringify(raw)}`);
  }
  const learner = s.learner?.trim();
  if (!learner) errors.push('the learner (an e-mail or an id) is missing: statements need to say who learnt');
  if (s.username && s.token) errors.push('give a username and password, or a token, not both');
  if (errors.length) return { errors };
  const config: LrsConfig = {
    endpoint,
    actor: agentOf(learner!, endpoint, s.name),
    sendResponses: s.sendResponses === true,
  };
  const authorization = authorizationOf(s);
  if (authorization) config.authorization = authorization;
  return { config };
}

const SETTING_KEYS = ['endpoint', 'username', 'password', 'token', 'learner', 'name'] as const;

/** Reads settings from a parsed JSON object (the web's saved settings, the terminal's `lrs` block). */
export function settingsFromObject(raw: unknown, where: string): { settings: LrsSettings } | { error: string } {
  if (raw === undefined || raw === null) return { settings: {} };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { error: `${where} must be an object` };
  const r = raw as Record<string, unknown>;
  const settings: LrsSettings = {};
  for (const k of Object.keys(r)) {
    if (k === 'sendResponses') {
      if (typeof r[k] !== 'boolean') return { error: `${where}.sendResponses must be true or false` };
      settings.sendResponses = r[k];
    } else if ((SETTING_KEYS as readonly string[]).includes(k)) {
      if (typeof r[k] !== 'string') return { error: `${where}.${k} must be a string` };
      settings[k as (typeof SETTING_KEYS)[number]] = r[k];
    } else
      return { error: `${where} has an unknown key "${k}" (known: ${[...SETTING_KEYS, 'sendResponses'].join(', ')})` };
  }
  return { settings };
}
