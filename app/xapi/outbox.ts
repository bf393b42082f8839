/**
 * The outbox: queues a session's statements in order and sends them when the LRS is reachable.
 * One per screen, over a storage port; its operations run one at a time, so two sends never
 * overlap and the order is kept. Nothing is queued or sent when no LRS is configured.
 */
import type { SessionState } from '../../engine/session/core.ts';
import type { Scenario } from '../../engine/types.ts';
import type { LrsConfig } from './config.ts';
import {
  parseQueue,
  queueStatus,
  serializeQueue,
  type QueueData,
  type QueueStatus,
  type QueueStorage,
} from './queue.ts';
import { putStatement, type Fetch } from './sender.ts';
import type { StatementOptions } from './statements.ts';
import { trackStatements } from './tracker.ts';
import type { Statement } from './types.ts';
import { uuidV4 } from './uuid.ts';

/** The outbox of one screen. */
export interface Outbox {
  /** Queues what this session owes since the last call (a new attempt starts with its first statement). */
  track(scenario: Scenario, state: SessionState, contentHash: string): Promise<QueueStatus>;
  /** Queues statements as they are (cmi5's own, for instance). */
  enqueue(statements: Statement[]): Promise<QueueStatus>;
  /** Sends the waiting statements in order; stops at the first that cannot be sent now. */
  flush(): Promise<QueueStatus>;
  status(): Promise<QueueStatus>;
  /** Called with the new status after every change. */
  subscribe(listener: (s: QueueStatus) => void): () => void;
}

/** What an outbox needs: the LRS, the storage, and the platform's fetch and clock. */
export interface OutboxDeps {
  config: LrsConfig;
  storage: QueueStorage;
  fetch: Fetch;
  now?: () => string;
  uuid?: () => string;
  /** How long one statement may take to send (ms); 15 s unless said. */
  timeoutMs?: number;
  /** Extra statement options (cmi5 launch, activity base). */
  options?: Partial<Pick<StatementOptions, 'cmi5' | 'activityBase'>>;
}

class StorageError extends Error {}

/** Creates the outbox of a screen. */
export function createOutbox(deps: OutboxDeps): Outbox {
  const now = deps.now ?? (() => new Date().toISOString());
  const uuid = deps.uuid ?? uuidV4;
  const opts: StatementOptions = {
    actor: deps.config.actor,
    includeResponse: deps.config.sendResponses,
    now,
    uuid,
    ...deps.options,
  };
  const listeners = new Set<(s: QueueStatus) => void>();
  let chain: Promise<unknown> = Promise.resolve();
  const notify = (s: QueueStatus) => {
    for (const l of listeners) l(s);
    return s;
  };
  const save = async (q: QueueData): Promise<QueueStatus> => {
    const failed = await deps.storage.write(serializeQueue(q));
    const s = queueStatus(q);
    const where = deps.storage.where();
    return notify(failed ? { ...s, storageError: `the queue could not be saved in ${where}: ${failed.error}` } : s);
  };
  const load = async (): Promise<QueueData> => {
    const r = await deps.storage.read();
    if ('error' in r) throw new StorageError(`the queue in ${deps.storage.where()} could not be read: ${r.error}`);
    return parseQueue('text' in r ? r.text : null);
  };
  /** Runs one operation after the others; a storage failure is a status, never a throw, and writes nothing. */
  const serial = (job: () => Promise<QueueStatus>): Promise<QueueStatus> => {
    const guarded = () =>
      job().catch((e: unknown) => {
        if (!(e instanceof StorageError)) throw e;
        return notify({ waiting: 0, statements: 0, rejected: 0, storageError: e.message });
      });
    const run = chain.then(guarded, guarded);
    chain = run.catch(() => undefined);
    return run;
  };
  return {
    track: (scenario, state, contentHash) =>
      serial(async () => {
        const q = await load();
        const { statements, cursor } = trackStatements(scenario, state, contentHash, opts, q.cursor);
        q.pending.push(...statements);
        q.cursor = cursor;
        return save(q);
      }),
    enqueue: (statements) =>
      serial(async () => {
        const q = await load();
        q.pending.push(...statements);
        return save(q);
      }),
    flush: () => serial(async () => flushQueue(await load(), deps, now, save)),
    status: () => serial(async () => queueStatus(await load())),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

async function flushQueue(
  q: QueueData,
  deps: OutboxDeps,
  now: () => string,
  save: (q: QueueData) => Promise<QueueStatus>,
): Promise<QueueStatus> {
  while (q.pending.length) {
    const s = q.pending[0]!;
    const outcome = await putStatement(deps.config, s, deps.fetch, deps.timeoutMs);
    if (outcome.kind === 'retry') {
      q.lastError = outcome.message;
      return save(q);
    }
    q.pending.shift();
    if (outcome.kind === 'rejected') q.rejected.push({ statement: s, message: outcome.message, at: now() });
    delete q.lastError;
    await save(q);
  }
  return queueStatus(q);
}
