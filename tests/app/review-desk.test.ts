import { describe, expect, it } from 'vitest';
import { memoryStore, type TextStore } from '../../app/persistence.ts';
import { createReviewDesk } from '../../app/review/review-desk.ts';
import { serializeReview } from '../../app/review/format.ts';
import { attempt, progressExport, SOURCE } from './review-fixtures.ts';

/** A store in memory that can be made to refuse writes (a full browser storage). */
function memory(): TextStore & { texts: Map<string, string>; full: boolean } {
  const inner = memoryStore();
  const store = {
    ...inner,
    full: false,
    write: (name: string, text: string) => (store.full ? { error: 'QuotaExceededError' } : inner.write(name, text)),
  };
  return store;
}

const TEXTS = ["Tu as bien fait d'appeler.", 'Bonjour, raconte.', "Je t'écoute."];
const EXPORT = progressExport(...TEXTS.map((t, i) => attempt(`webcam-blackmail-call@${i}`, [['opening', t]])));

function desk(storage = memory()) {
  const d = createReviewDesk(storage, { newId: () => 'r-test0001' });
  d.getState().openScenario(SOURCE, 'contract-example.yaml');
  d.getState().importText(EXPORT, 'trainee.json');
  return { d, storage };
}

describe('the review desk', () => {
  it('opens a scenario, imports a progress export and stands at its first answer', () => {
    const { d } = desk();
    const s = d.getState();
    expect(s.notices).toEqual([
      { kind: 'progress', file: 'trainee.json', added: 3, duplicates: 0, attempts: 3, otherScenario: 0 },
    ]);
    expect(s.groups.map((g) => [g.node, g.answers.length])).toEqual([['opening', 3]]);
    expect(s.place).toEqual({ node: 'opening', index: 0 });
  });

  it("agree records the engine's verdicts as the trainer's and goes to the next answer not judged", () => {
    const { d } = desk();
    d.getState().agree();
    const s = d.getState();
    const me = s.review!.reviewers[0]!;
    expect(me).toMatchObject({ id: 'r-test0001', name: 'r-test0001' });
    expect(me.verdicts[s.review!.answers[0]!.id]).toEqual({ welcome: { met: true }, blame: { met: false } });
    expect(s.place).toEqual({ node: 'opening', index: 1 });
  });

  it('flip changes one criterion, a comment sticks to it, and both survive a reload', () => {
    const { d, storage } = desk();
    d.getState().move(1);
    d.getState().change({ flip: 'welcome' });
    d.getState().change({ comment: 'welcome', text: '  Asks him to go on: that is a welcome. ' });
    d.getState().rename('Alice');
    const again = createReviewDesk(storage, { newId: () => 'r-other' }).getState();
    const a2 = again.review!.answers[1]!.id;
    expect(again.review!.reviewers).toEqual([
      {
        id: 'r-test0001',
        name: 'Alice',
        verdicts: {
          [a2]: { welcome: { met: true, comment: 'Asks him to go on: that is a welcome.' }, blame: { met: false } },
        },
      },
    ]);
    expect(again.place).toEqual({ node: 'opening', index: 1 });
    expect(again.me).toEqual({ id: 'r-test0001', name: 'Alice' });
  });

  it("merges another trainer's review file and says what it did", () => {
    const { d } = desk();
    d.getState().agree();
    const other = JSON.parse(serializeReview(d.getState().review!));
    other.reviewers = [{ id: 'r-bob', name: 'Bob', verdicts: other.reviewers[0].verdicts }];
    d.getState().importText(JSON.stringify(other), 'bob.json');
    const s = d.getState();
    expect(s.notices).toEqual([{ kind: 'review', file: 'bob.json', answers: 3, reviewers: 1, stale: false }]);
    expect(s.review!.reviewers.map((r) => r.name)).toEqual(['r-test0001', 'Bob']);
  });

  it('refuses a broken file or scenario with a reason and keeps what it had', () => {
    const { d } = desk();
    const before = d.getState().review;
    d.getState().importText('{"attempts": [', 'broken.json');
    expect(d.getState().notices).toEqual([
      { kind: 'error', file: 'broken.json', reason: expect.stringMatching(/^broken\.json: not valid JSON/) },
    ]);
    expect(d.getState().review).toBe(before);
    expect(d.getState().openScenario('format: 1\nid: [', 'bad.yaml')).toBe(false);
    expect(d.getState().problems[0]).toMatch(/^bad\.yaml:\d+:\d+: error RH001/);
    expect(d.getState().review).toBe(before);
  });

  it('says so when the storage is full, and keeps working in the page', () => {
    const { d, storage } = desk();
    storage.full = true;
    d.getState().agree();
    expect(d.getState().notices.at(-1)).toEqual({ kind: 'storage', reason: 'QuotaExceededError' });
    expect(d.getState().review!.reviewers).toHaveLength(1);
  });

  it('moves an unreadable saved review aside instead of losing it', () => {
    const storage = memory();
    storage.texts.set('review.current', 'webcam-blackmail-call');
    storage.texts.set('review.webcam-blackmail-call', '{not json');
    const d = createReviewDesk(storage, { newId: () => 'r-x' });
    expect(d.getState().review).toBeNull();
    const aside = [...storage.texts.keys()].find((k) => k.startsWith('review.webcam-blackmail-call.corrupt-'));
    expect(aside && storage.texts.get(aside)).toBe('{not json');
  });

  it('never writes over a saved review it could neither read nor move aside', () => {
    const storage = memory();
    storage.texts.set('review.webcam-blackmail-call', '{not json');
    storage.move = () => ({ error: 'read-only' });
    const d = createReviewDesk(storage, { newId: () => 'r-x' });
    d.getState().openScenario(SOURCE, 'contract-example.yaml');
    d.getState().importText(EXPORT, 'trainee.json');
    d.getState().agree();
    expect(storage.texts.get('review.webcam-blackmail-call')).toBe('{not json');
    expect(d.getState().review!.reviewers).toHaveLength(1);
  });

  it('adds an answer as an example into the scenario text, and the loader judges the examples', () => {
    const { d, storage } = desk();
    const salut = d.getState().review!.answers[1]!;
    expect(d.getState().addExample(salut.id, 'welcome', 'yes')).toBe(true);
    const s = d.getState();
    expect(s.notices).toEqual([{ kind: 'example', criterion: 'welcome', example: 'yes' }]);
    expect(s.source).toContain('examples:\n              yes: ["Bonjour, raconte."]');
    expect(s.examples!.results.map((e) => [e.kind, e.text, e.ok])).toEqual([['yes', 'Bonjour, raconte.', false]]);
    expect(s.examples!.results[0]!.message).toMatch(/does not match criterion "welcome"/);
    expect(s.review!.scenario.hash).not.toBe(desk().d.getState().review!.scenario.hash);
    expect(JSON.parse(storage.texts.get('review.webcam-blackmail-call')!).source).toBe(s.source);
    expect(d.getState().addExample(salut.id, 'welcome', 'yes')).toBe(false);
    expect(d.getState().notices).toEqual([
      { kind: 'error', file: 'contract-example.yaml', reason: 'this answer is already a "yes" example of welcome' },
    ]);
  });

  it('accepts a suggested phrase: written into `match`, and the answers read again', () => {
    const { d } = desk();
    const salut = d.getState().review!.answers[1]!;
    expect(salut.engine).toEqual([]);
    expect(d.getState().acceptPhrase('welcome', 'raconte', null)).toBe(true);
    expect(d.getState().review!.answers[1]!.engine).toEqual(['welcome']);
    expect(d.getState().source).toContain('"prends ton temps", "raconte"]');
  });
});
