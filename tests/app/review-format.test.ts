import { describe, expect, it } from 'vitest';
import { importProgress, refreshEngine, reviewFor } from '../../app/review/answers.ts';
import {
  answerId,
  mergeReviews,
  parseReview,
  reviewOfFile,
  serializeReview,
  sourceFiles,
  type ReviewFile,
} from '../../app/review/format.ts';
import { contentHash } from '../../engine/compile.ts';
import { loadScenario } from '../../engine/load/index.ts';
import { attempt, contractScenario, progressExport, reviewer, SOURCE } from './review-fixtures.ts';

const scenario = contractScenario();

function imported(...texts: string[]): ReviewFile {
  const r = importProgress(
    reviewFor(scenario, SOURCE),
    scenario,
    progressExport(...texts.map((t, i) => attempt(`x@${i}`, [['opening', t]]))),
    'p.json',
  );
  if ('error' in r) throw new Error(r.error);
  return r.review;
}

describe('importing progress exports into a review', () => {
  it('keeps each typed answer once with every attempt it came from, the engine verdict, and no name', () => {
    const text = progressExport(
      attempt('webcam-blackmail-call@1', [
        ['opening', "Tu as bien fait d'appeler."],
        ['story', 'refuse'],
      ]),
      attempt('webcam-blackmail-call@2', [['opening', "  Tu as bien  fait d'appeler. "]]),
      attempt('other@1', [['opening', 'Bonjour.']], 'another-scenario'),
    );
    const r = importProgress(reviewFor(scenario, SOURCE), scenario, text, 'trainee-a.json');
    if ('error' in r) throw new Error(r.error);
    expect(r).toMatchObject({ added: 1, duplicates: 1, attempts: 2, otherScenario: 1, notFree: 0 });
    expect(r.review.scenario).toEqual({
      id: 'webcam-blackmail-call',
      hash: contentHash(SOURCE),
      title: scenario.title,
      locale: 'fr',
    });
    const [a] = r.review.answers;
    expect(a).toMatchObject({ node: 'opening', text: "Tu as bien fait d'appeler.", engine: ['welcome'] });
    expect(a!.from.map((s) => s.ref)).toEqual(['webcam-blackmail-call@1', 'webcam-blackmail-call@2']);
    expect(JSON.stringify(r.review)).not.toMatch(/trainee"/);
  });

  it('imports the same export twice without doubling anything', () => {
    const text = progressExport(attempt('webcam-blackmail-call@1', [['opening', 'Bonjour.']]));
    const once = importProgress(reviewFor(scenario, SOURCE), scenario, text, 'a.json');
    if ('error' in once) throw new Error(once.error);
    const twice = importProgress(once.review, scenario, text, 'a.json');
    if ('error' in twice) throw new Error(twice.error);
    expect(twice.review.answers).toHaveLength(1);
    expect(twice.review.answers[0]!.from).toHaveLength(1);
  });

  it('sets aside an attempt with a broken turn, says where, keeps the others; refuses a file that is no progress', () => {
    const text = JSON.stringify({
      format: 'rehearse-progress',
      v: 1,
      attempts: [
        { ...attempt('webcam-blackmail-call@1', [['opening', 'Bonjour.']]), turns: [null] },
        attempt('webcam-blackmail-call@2', [['opening', 'Salut.']]),
      ],
    });
    const r = importProgress(reviewFor(scenario, SOURCE), scenario, text, 'p.json');
    if ('error' in r) throw new Error(r.error);
    expect(r.notices).toEqual(['p.json: record 1: turn 1: not an object; set aside']);
    expect(r.review.answers.map((a) => a.text)).toEqual(['Salut.']);
    const bad = importProgress(reviewFor(scenario, SOURCE), scenario, '{"attempts": 3', 'bad.json');
    expect(bad).toEqual({ error: expect.stringMatching(/^bad\.json: not valid JSON/) });
  });

  it('reads the answers again when the scenario changes, with the new content hash', () => {
    const review = imported('Bonjour, prends ton temps.');
    expect(review.answers[0]!.engine).toEqual(['welcome']);
    const edited = SOURCE.replace('"prends ton temps"', '"prends ton café"');
    const changed = loadScenario(edited, 'x.yaml').scenario!;
    const again = refreshEngine(review, changed, edited);
    expect(again.answers[0]!.engine).toEqual([]);
    expect(again.scenario.hash).toBe(contentHash(edited));
  });
});

describe('reading a review file', () => {
  const review = imported("Tu as bien fait d'appeler.", 'Bonjour.');
  const [a, b] = review.answers;
  review.reviewers.push(reviewer('r1', 'Alice', { [a!.id]: true, [b!.id]: true }));
  review.reviewers[0]!.verdicts[a!.id]!.welcome!.comment = 'Clear welcome.';

  it('round-trips: what is written is read back the same', () => {
    const back = parseReview(serializeReview(review));
    expect(back).toEqual({ review: JSON.parse(serializeReview(review)), notices: [] });
  });

  it('refuses what is not a review, with the position of a JSON error', () => {
    expect(parseReview('{\n  "format": "rehearse-review",\n  "v": 1,,\n}')).toEqual({
      error: expect.stringMatching(/^not valid JSON at line 3, column \d+: /),
    });
    expect(parseReview('{"format": "rehearse-progress"}')).toEqual({
      error: 'not a Rehearse review file (expected "format": "rehearse-review")',
    });
    expect(parseReview('{"format": "rehearse-review", "v": 2}')).toEqual({
      error: 'unsupported review version 2 (this Rehearse reads version 1)',
    });
  });

  it('sets aside a broken answer or verdict, says where, and keeps the rest', () => {
    const data = JSON.parse(serializeReview(review));
    data.answers.push({ node: 'opening', text: 42, engine: [], from: [] });
    data.reviewers[0].verdicts[a!.id].blame = { met: 'yes' };
    data.reviewers[0].verdicts['a-unknown'] = { welcome: { met: true } };
    const back = parseReview(JSON.stringify(data));
    if ('error' in back) throw new Error(back.error);
    expect(back.notices).toEqual([
      'answers[2]: "text" must be a non-empty string; set aside',
      `reviewers[0].verdicts["${a!.id}"]["blame"]: "met" must be true or false; set aside`,
      'reviewers[0].verdicts["a-unknown"]: no such answer in the file; set aside',
    ]);
    expect(back.review.answers).toHaveLength(2);
    expect(back.review.reviewers[0]!.verdicts[a!.id]).toEqual({ welcome: { met: true, comment: 'Clear welcome.' } });
  });

  it('gives an answer the id of its node and text, whatever id the file claims', () => {
    const data = JSON.parse(serializeReview(review));
    data.answers[0].id = 'forged';
    data.reviewers[0].verdicts = { forged: { welcome: { met: false } } };
    const back = parseReview(JSON.stringify(data));
    if ('error' in back) throw new Error(back.error);
    expect(back.review.answers[0]!.id).toBe(answerId('opening', "Tu as bien fait d'appeler."));
    expect(back.review.reviewers[0]!.verdicts[back.review.answers[0]!.id]).toEqual({ welcome: { met: false } });
  });

  it("merges two trainers' files: answers once, both reviewers, and refuses another scenario", () => {
    const other: ReviewFile = { ...review, reviewers: [reviewer('r2', 'Bob', { [a!.id]: false })] };
    const merged = mergeReviews(review, other);
    if ('error' in merged) throw new Error(merged.error);
    expect(merged.review.answers).toHaveLength(2);
    expect(merged.review.reviewers.map((r) => r.name)).toEqual(['Alice', 'Bob']);
    expect(mergeReviews(review, { ...other, scenario: { ...other.scenario, id: 'x' } })).toEqual({
      error: 'this review is of scenario "x", not "webcam-blackmail-call"',
    });
  });
});

describe("one trainee's part of a review", () => {
  it('keeps only the answers of that file, their sources from it, and the verdicts on them', () => {
    const two = importProgress(
      imported('Bonjour.', 'Salut.'),
      scenario,
      progressExport(
        attempt('webcam-blackmail-call@9', [
          ['opening', 'Salut.'],
          ['opening', 'Coucou.'],
        ]),
      ),
      'other.json',
    );
    if ('error' in two) throw new Error(two.error);
    const review = two.review;
    const [bonjour, salut, coucou] = review.answers;
    review.reviewers.push(reviewer('r1', 'Alice', { [bonjour!.id]: true, [salut!.id]: false, [coucou!.id]: true }));
    expect(sourceFiles(review)).toEqual(['p.json', 'other.json']);
    const part = reviewOfFile(review, 'other.json');
    expect(part.answers.map((a) => [a.text, a.from.map((s) => s.file)])).toEqual([
      ['Salut.', ['other.json']],
      ['Coucou.', ['other.json']],
    ]);
    expect(Object.keys(part.reviewers[0]!.verdicts)).toEqual([salut!.id, coucou!.id]);
    expect(serializeReview(part)).not.toContain('Bonjour');
  });
});

describe('hostile review files', () => {
  it('gives a message, never a throw: binary, deep nesting, wrong shapes, a huge answer', () => {
    expect(parseReview('\u0000\u0001\u00ff PNG')).toEqual({
      error: expect.stringMatching(/^not valid JSON at line 1/),
    });
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(parseReview(deep)).toEqual({ error: expect.stringMatching(/^(not valid JSON|not a Rehearse review file)/) });
    const head = { format: 'rehearse-review', v: 1 };
    expect(parseReview(JSON.stringify({ ...head, scenario: 'x' }))).toEqual({
      error: '"scenario" must be an object with id, hash, title and locale',
    });
    const scenarioRef = { id: 's', hash: 'h', title: 't', locale: 'en' };
    expect(parseReview(JSON.stringify({ ...head, scenario: scenarioRef, answers: {}, reviewers: [] }))).toEqual({
      error: '"answers" must be a list',
    });
    const huge = { node: 'n', text: 'x'.repeat(100_001), engine: [], from: [] };
    const r = parseReview(JSON.stringify({ ...head, scenario: scenarioRef, answers: [huge], reviewers: [42] }));
    if ('error' in r) throw new Error(r.error);
    expect(r.notices).toEqual([
      'answers[0]: "text" is longer than 100000 characters; set aside',
      'reviewers[0]: a reviewer needs an "id" and a "name" (at most 200 characters); set aside',
    ]);
  });
});
