/**
 * The terminal's outbox: statements queue in the data folder (lrs-queue.json, through the same
 * file store as progress) and are sent when a command ends. Nothing happens without an LRS configured.
 */
import type { SessionState } from '../../engine/session/index.ts';
import type { Scenario } from '../../engine/types.ts';
import { createOutbox, type Outbox } from '../../app/xapi/outbox.ts';
import { queueStorageOf } from '../../app/xapi/queue.ts';
import { statusText } from '../../app/xapi/status-text.ts';
import { dataDir, fileStore } from '../storage/file-store.ts';
import { terminalLrs } from './lrs-config.ts';

/** The outbox of the configured LRS and its host, null when none is configured, or the settings' problem. */
export function terminalOutbox(
  env: NodeJS.ProcessEnv = process.env,
): { outbox: Outbox; host: string } | { error: string } | null {
  const lrs = terminalLrs(env);
  if (lrs === null || 'error' in lrs) return lrs;
  const outbox = createOutbox({
    config: lrs.config,
    storage: queueStorageOf(fileStore(dataDir(env))),
    fetch: (u, i) => fetch(u, i),
    timeoutMs: 8000,
  });
  return { outbox, host: new URL(lrs.config.endpoint).host };
}

/** Queues what a session owes and tries to send the queue; the line to tell the trainee, null without an LRS. */
export async function sendSession(
  scenario: Scenario,
  state: SessionState,
  hash: string,
  lang: 'en' | 'fr' = 'en',
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | null> {
  const o = terminalOutbox(env);
  if (o === null) return null;
  if ('error' in o) return `⚠ ${o.error}`;
  const queued = await o.outbox.track(scenario, state, hash);
  if (queued.storageError) return statusText(queued, lang, o.host);
  return statusText(await o.outbox.flush(), lang, o.host);
}
