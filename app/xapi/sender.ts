/**
 * Sends one statement to an LRS with fetch: PUT with the statement's own id, so a retry of the
 * same statement is stored once (the LRS answers 204 again, or 409 when it holds that id already).
 */
import type { LrsConfig } from './config.ts';
import { XAPI_VERSION } from './profile.ts';
import type { Statement } from './types.ts';

/** What became of one statement. */
export type SendOutcome =
  | { kind: 'stored' }
  | { kind: 'duplicate' }
  /** The LRS refused the statement itself (400): it will never be stored as it is. */
  | { kind: 'rejected'; status: number; message: string }
  /** The LRS refused us (credentials, wrong endpoint…), or could not be reached: try later. */
  | { kind: 'retry'; status?: number; message: string };

/** The fetch function (the platform's, or a test's). */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The headers of every request to the LRS. */
export function lrsHeaders(config: Pick<LrsConfig, 'authorization'>, json: boolean): Record<string, string> {
  const h: Record<string, string> = { 'X-Experience-API-Version': XAPI_VERSION };
  if (json) h['Content-Type'] = 'application/json';
  if (config.authorization) h.Authorization = config.authorization;
  return h;
}

async function messageOf(res: Response): Promise<string> {
  let text = '';
  try {
    text = await res.text();
    const data = JSON.parse(text) as { message?: unknown; warnings?: unknown };
    if (typeof data.message === 'string') text = data.message;
  } catch {
    // not JSON: keep the text
  }
  text = text.replace(/\s+/g, ' ').trim();
  return `${res.status} ${res.statusText}${text ? `: ${text.slice(0, 300)}` : ''}`;
}

/** PUTs one statement under its id; never throws (a network failure is a `retry`). */
export async function putStatement(
  config: LrsConfig,
  statement: Statement,
  fetchImpl: Fetch,
  timeoutMs = 15000,
): Promise<SendOutcome> {
  const url = `${config.endpoint}statements?statementId=${encodeURIComponent(statement.id)}`;
  let res: Response;
  try {
    res = await fetchImpl(url, {
      method: 'PUT',
      headers: lrsHeaders(config, true),
      body: JSON.stringify(statement),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    return { kind: 'retry', message: `the LRS could not be reached (${e instanceof Error ? e.message : String(e)})` };
  }
  if (res.status === 204 || res.status === 200) {
    await res.body?.cancel();
    return { kind: 'stored' };
  }
  if (res.status === 409) {
    await res.body?.cancel();
    return { kind: 'duplicate' };
  }
  const message = await messageOf(res);
  if (res.status === 400) return { kind: 'rejected', status: res.status, message };
  return { kind: 'retry', status: res.status, message };
}
