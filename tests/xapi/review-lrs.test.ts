/**
 * Integration: the trainer review reads trainees' answers from a real LRS (Learning Locker's
 * xapi-statements in memory on 127.0.0.1): two trainees play s06 en through the outbox, one with
 * the organisation's "send the typed text" on, one without; the review desk reads them back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../app/persistence.ts';
import { createReviewDesk } from '../../app/review/review-desk.ts';
import { readLrsSettings } from '../../app/xapi/config.ts';
import { createOutbox } from '../../app/xapi/outbox.ts';
import { memoryQueueStorage } from '../../app/xapi/queue.ts';
import { startLrs, type RunningLrs } from '../tools/lrs.ts';
import { libraryScenario, playStates } from './play-states.ts';
import { readFileSync } from 'node:fs';
import { folderConceptSets } from '../../terminal/folder-sets.ts';

const FILE = 's06-public-account.en.yaml';
const { scenario, hash } = libraryScenario(FILE);
const source = readFileSync(`scenarios/${FILE}`, 'utf8');
const answers = scenario.tests[0]!.answers;
let lrs: RunningLrs;

beforeAll(async () => {
  lrs = await startLrs();
}, 180_000);
afterAll(async () => {
  await lrs?.stop();
});

async function trainee(learner: string, sendResponses: boolean, seed: number): Promise<void> {
  const r = readLrsSettings({
    endpoint: lrs.endpoint,
    username: 'rehearse',
    password: 'secret',
    learner,
    sendResponses,
  });
  if (!r || 'errors' in r) throw new Error('bad test config');
  const outbox = createOutbox({ config: r.config, storage: memoryQueueStorage(), fetch });
  for (const state of playStates(scenario, answers, seed)) await outbox.track(scenario, state, hash);
  expect(await outbox.flush()).toMatchObject({ waiting: 0, rejected: 0 });
}

describe('the trainer review reads answers from a real LRS', () => {
  it('imports the answers sent with their text, with the engine’s verdict, and counts the others', async () => {
    await trainee('ana@example.org', true, 3);
    await trainee('ben@example.org', false, 4);
    const desk = createReviewDesk(memoryStore(), {
      fetch,
      loadOptions: { conceptSets: folderConceptSets('scenarios') },
    });
    expect(desk.getState().openScenario(source, FILE)).toBe(true);
    const read = await desk.getState().readLrs({ endpoint: lrs.endpoint, username: 'rehearse', password: 'secret' });
    expect(read).toBe(true);
    const typed = answers.filter((a) => typeof a === 'string' && a.includes(' '));
    const notice = desk.getState().notices[0];
    expect(notice).toMatchObject({ kind: 'lrs', added: typed.length, withoutText: typed.length, unreadable: 0 });
    const review = desk.getState().review!;
    expect(review.answers.map((a) => a.text)).toEqual(typed);
    expect(review.answers.every((a) => a.from[0]!.trainee === 'mailto:ana@example.org')).toBe(true);
    const first = review.answers[0]!;
    const played = playStates(scenario, answers, 3).at(-1)!;
    const turn = played.events.find((e) => e.type === 'feedback' && e.answer === first.text);
    expect(first.engine).toEqual(turn && 'items' in turn ? turn.items.map((i) => i.id) : null);
  }, 60_000);
});
