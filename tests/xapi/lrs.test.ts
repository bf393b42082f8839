/**
 * Integration: Rehearse's statements against a real LRS (Learning Locker's xapi-statements, in
 * memory on 127.0.0.1, started by the test): sending, reading back with the query API, retries,
 * the offline queue and a statement the LRS refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { report } from '../../engine/session/index.ts';
import { readLrsSettings, type LrsConfig } from '../../app/xapi/config.ts';
import { createOutbox } from '../../app/xapi/outbox.ts';
import { VERBS, XAPI_VERSION } from '../../app/xapi/profile.ts';
import { memoryQueueStorage, parseQueue } from '../../app/xapi/queue.ts';
import { readAnsweredStatements } from '../../app/xapi/reader.ts';
import { putStatement } from '../../app/xapi/sender.ts';
import { scenarioActivityId } from '../../app/xapi/statements.ts';
import type { Statement } from '../../app/xapi/types.ts';
import { uuidV4 } from '../../app/xapi/uuid.ts';
import { startLrs, startProxy, type RunningLrs } from '../tools/lrs.ts';
import { libraryScenario, playStates } from './play-states.ts';

const { scenario, hash } = libraryScenario('s01-webcam-sextortion.fr.yaml');
const good = scenario.tests[0]!;
let lrs: RunningLrs;

beforeAll(async () => {
  lrs = await startLrs();
}, 180_000);
afterAll(async () => {
  await lrs?.stop();
});

function config(endpoint = lrs.endpoint, sendResponses = false): LrsConfig {
  const r = readLrsSettings({
    endpoint,
    username: 'rehearse',
    password: 'secret',
    learner: 'trainee@example.org',
    sendResponses,
  });
  if (!r || 'errors' in r) throw new Error('bad test config');
  return r.config;
}

async function query(params: Record<string, string>): Promise<Statement[]> {
  const res = await fetch(
    `${lrs.endpoint}statements?${new URLSearchParams({ ...params, limit: '500', ascending: 'true' })}`,
    {
      headers: { 'X-Experience-API-Version': XAPI_VERSION, Authorization: config().authorization! },
    },
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { statements: Statement[] }).statements;
}

/** Plays the good test of s01 fr through an outbox, tracking after every step; gives the registration. */
async function playThrough(outbox: ReturnType<typeof createOutbox>, seed = 7, answers = good.answers) {
  for (const state of playStates(scenario, answers, seed)) await outbox.track(scenario, state, hash);
  return playStates(scenario, answers, seed).at(-1)!;
}

describe('statements to a real LRS', () => {
  it('an attempt reaches the LRS in order and reads back as the engine reported it', async () => {
    const storage = memoryQueueStorage();
    const outbox = createOutbox({ config: config(), storage, fetch });
    const final = await playThrough(outbox);
    const before = await outbox.status();
    expect(before.waiting).toBe(1);
    expect(before.statements).toBeGreaterThan(10);
    expect(await outbox.flush()).toEqual({ waiting: 0, statements: 0, rejected: 0 });
    const registration = parseQueue(storage.text).cursor!.registration;
    const stored = await query({ registration });
    const rep = report(scenario, final);
    expect(stored.map((s) => s.verb.id)).toEqual([
      VERBS.launched.id,
      ...rep.turns.map(() => VERBS.answered.id),
      VERBS.completed.id,
      VERBS.passed.id,
    ]);
    const read = await readAnsweredStatements(config(), fetch, {
      activity: scenarioActivityId(scenario, {}),
      registration,
    });
    expect(read.skipped).toEqual([]);
    expect(read.records.map((r) => ({ node: r.node, matched: r.matched }))).toEqual(
      rep.turns.map((t) => ({ node: t.node, matched: t.matched })),
    );
    for (const r of read.records) expect([scenario.id, hash]).toEqual([r.scenario, r.contentHash]);
    const typed = read.records.filter((r) => r.option === undefined);
    expect(typed.every((r) => r.response === undefined)).toBe(true);
  });

  it('sends the typed text only when the organisation turned it on, and the reader returns it', async () => {
    const storage = memoryQueueStorage();
    const outbox = createOutbox({ config: config(lrs.endpoint, true), storage, fetch });
    await playThrough(outbox, 8, good.answers.slice(0, 2));
    await outbox.flush();
    const { records } = await readAnsweredStatements(config(), fetch, {
      registration: parseQueue(storage.text).cursor!.registration,
    });
    expect(records.map((r) => r.response)).toEqual(good.answers.slice(0, 2));
  });

  it('a retry of statements already stored does not duplicate them', async () => {
    const storage = memoryQueueStorage();
    const outbox = createOutbox({ config: config(), storage, fetch });
    await playThrough(outbox, 9, good.answers.slice(0, 3));
    const queued = parseQueue(storage.text).pending;
    await outbox.flush();
    await outbox.enqueue(queued); // as after a crash between sending and saving the queue
    expect((await outbox.status()).statements).toBe(queued.length);
    expect(await outbox.flush()).toMatchObject({ waiting: 0, rejected: 0 });
    const stored = await query({ registration: parseQueue(storage.text).cursor!.registration });
    expect(stored.map((s) => s.id)).toEqual(queued.map((s) => s.id));
  });

  it('a different statement under a stored id is a 409, taken as already sent', async () => {
    const s = (await query({ limit: '1' }))[0]!;
    const { id, actor, verb, object } = s;
    const changed: Statement = { id, actor, verb, object, timestamp: new Date().toISOString() };
    expect(await putStatement(config(), changed, fetch)).toEqual({ kind: 'duplicate' });
  });

  it('a statement the LRS refuses (400) is set aside with its message; the others still go', async () => {
    const storage = memoryQueueStorage();
    const outbox = createOutbox({ config: config(), storage, fetch });
    await playThrough(outbox, 10, good.answers.slice(0, 1));
    const [launched, answered] = parseQueue(storage.text).pending as [Statement, Statement];
    const bad = { ...answered, id: uuidV4(), verb: { id: 'not an IRI', display: { en: 'broken' } } };
    storage.text = JSON.stringify({ ...parseQueue(storage.text), pending: [launched, bad, answered] });
    expect(await outbox.flush()).toEqual({ waiting: 0, statements: 0, rejected: 1 });
    const rejected = parseQueue(storage.text).rejected;
    expect(rejected[0]!.statement.id).toBe(bad.id);
    expect(rejected[0]!.message).toMatch(/^400 /);
    const stored = await query({ registration: launched.context!.registration! });
    expect(stored.map((s) => s.id)).toEqual([launched.id, answered.id]);
  });

  it('while the LRS is unreachable statements wait in order; they go out in that order when it is back', async () => {
    const proxy = await startProxy(new URL(lrs.origin));
    try {
      const storage = memoryQueueStorage();
      const outbox = createOutbox({ config: config(`${proxy.origin}/xAPI/`), storage, fetch });
      await proxy.down();
      await playThrough(outbox, 11, good.answers.slice(0, 2));
      const offline = await outbox.flush();
      expect(offline.waiting).toBe(1);
      expect(offline.lastError).toMatch(/could not be reached/);
      await playThrough(outbox, 12, good.answers.slice(0, 1));
      expect((await outbox.flush()).waiting).toBe(2);
      const queued = parseQueue(storage.text).pending.map((s) => s.id);
      await proxy.up();
      expect(await outbox.flush()).toEqual({ waiting: 0, statements: 0, rejected: 0 });
      const stored = (await query({})) as Array<Statement & { stored: string }>;
      const sentOrder = stored
        .filter((s) => queued.includes(s.id))
        .sort((a, b) => (a.stored < b.stored ? -1 : a.stored > b.stored ? 1 : 0))
        .map((s) => s.id);
      expect(sentOrder).toEqual(queued);
    } finally {
      await proxy.close();
    }
  });

  it('reads page by page, following `more`', async () => {
    let pages = 0;
    const counting: typeof fetch = (input, init) => {
      pages++;
      return fetch(input, init);
    };
    const all = await readAnsweredStatements(config(), counting, { limit: 3 });
    expect(pages).toBeGreaterThan(3);
    expect(new Set(all.records.map((r) => r.statementId)).size).toBe(all.records.length);
    const inOne = await readAnsweredStatements(config(), fetch, { limit: 500 });
    expect(all.records.map((r) => r.statementId)).toEqual(inOne.records.map((r) => r.statementId));
    expect(all.records.some((r) => r.matched.length > 0)).toBe(true);
  });
});
