import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importProgress, reviewFor } from '../../app/review/answers.ts';
import { serializeReview, type ReviewFile } from '../../app/review/format.ts';
import { main, parseReviewArgs } from '../../terminal/commands/review.ts';
import { attempt, contractScenario, progressExport, reviewer, SOURCE } from '../app/review-fixtures.ts';
import { capture } from './capture.ts';

const EXAMPLE = 'tests/fixtures/contract-example.yaml';
const run = (...args: string[]) => capture(main, args);
const scenario = contractScenario();

/** Two trainers' review files of four answers (as in tests/app/review-analysis.test.ts), in a temp folder. */
function files(): { dir: string; alice: string; bob: string } {
  const texts = ["Tu as bien fait d'appeler.", "Je t'écoute.", 'Bonjour, raconte.', 'Salut toi.'];
  const r = importProgress(
    reviewFor(scenario, SOURCE),
    scenario,
    progressExport(...texts.map((t, i) => attempt(`webcam-blackmail-call@${i}`, [['opening', t]]))),
    'p.json',
  );
  if ('error' in r) throw new Error(r.error);
  const [a1, a2, a3, a4] = r.review.answers.map((a) => a.id);
  const only = (x: ReviewFile['reviewers'][number]): ReviewFile => ({ ...r.review, reviewers: [x] });
  const alice = reviewer('r1', 'Alice', { [a1!]: true, [a2!]: true, [a3!]: true, [a4!]: false });
  const bob = reviewer('r2', 'Bob', { [a1!]: true, [a2!]: false, [a3!]: true, [a4!]: false });
  bob.verdicts[a2!]!.welcome!.comment = 'Listening is not yet\u001b[31m welcoming.';
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-review-'));
  writeFileSync(join(dir, 'alice.json'), serializeReview(only(alice)));
  writeFileSync(join(dir, 'bob.json'), serializeReview(only(bob)));
  return { dir, alice: join(dir, 'alice.json'), bob: join(dir, 'bob.json') };
}

describe('rehearse review', () => {
  it('prints per criterion each trainer against the engine, the trainers together, and the engine’s errors', async () => {
    const { alice, bob } = files();
    const { code, out, err } = await run(EXAMPLE, '--reviews', alice, bob);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Review of webcam-blackmail-call — Appel : chantage après un appel vidéo',
      '4 answers, 4 reviewed by 2 trainers: Alice (4), Bob (4)',
    ]);
    expect(out).toContain(
      [
        '  opening › welcome (+2) — 4 answers, engine met 2',
        '    Alice vs engine   75.0 %   κ  0.50   AC1  0.53   lenient 1, strict 0',
        '    Bob vs engine     50.0 %   κ  0.00   AC1  0.00   lenient 1, strict 1',
        '    between trainers  75.0 %   κ  0.50   α  0.53   AC1  0.53',
        '    engine wrong     1 of 3 (33.3 %): missed 1, false hits 0',
      ].join('\n'),
    );
    expect(out).toContain('   1. opening › welcome   33.3 % (1 of 3)');
    expect(out).toContain(
      "  opening › welcome: “Je t'écoute.” — engine: met; Alice: met; Bob: not met (“Listening is not yet\uFFFD[31m welcoming.”)",
    );
    expect(out).not.toContain('\u001b');
  });

  it('counts one trainer as "1 trainer", never "trainer(s)"', async () => {
    const { alice } = files();
    const { code, out } = await run(EXAMPLE, '--reviews', alice);
    expect(code).toBe(0);
    expect(out.split('\n')[1]).toBe('4 answers, 4 reviewed by 1 trainer: Alice (4)');
    expect(out).not.toMatch(/\w\(s\)/);
  });

  it('gives the same figures as JSON', async () => {
    const { alice, bob } = files();
    const { code, out } = await run(EXAMPLE, '--reviews', alice, bob, '--json');
    expect(code).toBe(0);
    const data = JSON.parse(out);
    expect(data).toMatchObject({ scenario: 'webcam-blackmail-call', reviews: ['alice.json', 'bob.json'], answers: 4 });
    const welcome = data.criteria.find((c: { criterion: string }) => c.criterion === 'welcome');
    expect(welcome.vsEngine.map((v: { percent: number }) => v.percent)).toEqual([0.75, 0.5]);
    expect(data.disagreements).toHaveLength(2);
  });

  it('reads the answers again, and says so, when a review was made with another version of the scenario', async () => {
    const { dir, alice } = files();
    const edited = join(dir, 'edited.yaml');
    writeFileSync(edited, SOURCE.replace('"bien fait d\'appeler", ', ''));
    const { code, out, err } = await run(edited, '--reviews', alice);
    expect(code).toBe(0);
    expect(err).toMatch(
      /alice\.json: made with another version of the scenario \([0-9a-f]{16}\); the engine's verdicts are read again/,
    );
    expect(out).toContain('engine met 1');
  });

  it('refuses bad arguments and unreadable files with a message, never a stack trace', async () => {
    const { dir, alice } = files();
    writeFileSync(join(dir, 'broken.json'), '{"format": "rehearse-review",');
    expect(await run(EXAMPLE)).toMatchObject({
      code: 2,
      err: expect.stringContaining('name at least one review file after --reviews'),
    });
    expect(await run(EXAMPLE, '--reviews', join(dir, 'broken.json'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/broken\.json: not valid JSON at line 1, column \d+/),
    });
    expect(await run(EXAMPLE, '--reviews', join(dir, 'missing.json'))).toMatchObject({
      code: 2,
      err: expect.stringContaining('missing.json: no such file'),
    });
    expect(await run(join(dir, 'nope.yaml'), '--reviews', alice)).toMatchObject({ code: 1 });
    expect(parseReviewArgs(['a.yaml', 'b.yaml'])).toEqual({
      error: 'one scenario FILE only (got "a.yaml" and "b.yaml"); review files go after --reviews',
    });
    expect(parseReviewArgs(['a.yaml', '--reviews', 'r1.json', 'r2.json', '--json'])).toEqual({
      file: 'a.yaml',
      reviews: ['r1.json', 'r2.json'],
      json: true,
    });
  });
});
