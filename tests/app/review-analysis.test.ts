import { describe, expect, it } from 'vitest';
import { analyseReview } from '../../app/review/analysis.ts';
import { importProgress, reviewFor } from '../../app/review/answers.ts';
import type { ReviewFile } from '../../app/review/format.ts';
import { attempt, contractScenario, progressExport, reviewer, SOURCE } from './review-fixtures.ts';

const scenario = contractScenario();
// The engine matches `welcome` in the first two, not in the last two.
const TEXTS = ["Tu as bien fait d'appeler.", "Je t'écoute.", 'Bonjour, raconte.', 'Salut toi.'];

function review(): ReviewFile {
  const text = progressExport(...TEXTS.map((t, i) => attempt(`webcam-blackmail-call@${i}`, [['opening', t]])));
  const r = importProgress(reviewFor(scenario, SOURCE), scenario, text, 'p.json');
  if ('error' in r) throw new Error(r.error);
  const [a1, a2, a3, a4] = r.review.answers.map((a) => a.id);
  // welcome — engine: met, met, not, not. Alice: met, met, met, not. Bob: met, not, met, not.
  r.review.reviewers.push(reviewer('r1', 'Alice', { [a1!]: true, [a2!]: true, [a3!]: true, [a4!]: false }));
  r.review.reviewers.push(reviewer('r2', 'Bob', { [a1!]: true, [a2!]: false, [a3!]: true, [a4!]: false }));
  return r.review;
}

describe('the figures of a review', () => {
  const analysis = analyseReview(review(), scenario);
  const welcome = analysis.criteria.find((c) => c.criterion === 'welcome')!;

  it('compares each trainer with the engine: percent, κ, AC1, leniency (computed by hand)', () => {
    expect(review().answers.map((a) => a.engine)).toEqual([['welcome'], ['welcome'], [], []]);
    const [alice, bob] = welcome.vsEngine;
    // Alice agrees on 3 of 4; pe = .75×.5 + .25×.5 = .5, κ = (.75 − .5)/.5 = .5;
    // π = (.625, .375), AC1 pe = 2×.625×.375 = .46875.
    expect(alice).toMatchObject({ name: 'Alice', units: 4, percent: 0.75, lenient: 1, strict: 0 });
    expect(alice!.kappa).toBeCloseTo(0.5, 10);
    expect(alice!.ac1).toBeCloseTo((0.75 - 0.46875) / (1 - 0.46875), 10);
    // Bob agrees on 2 of 4 with the same marginals as the engine: κ = 0; he credits a3 and refuses a2.
    expect(bob).toMatchObject({ name: 'Bob', units: 4, percent: 0.5, kappa: 0, lenient: 1, strict: 1 });
  });

  it('compares the trainers with each other', () => {
    expect(welcome.between).toMatchObject({ units: 4, percent: 0.75 });
    expect(welcome.between!.kappa).toBeCloseTo(0.5, 10);
    expect(welcome.between!.alpha).not.toBeNull();
  });

  it("counts the engine's errors against the trainers' majority, a tie left out", () => {
    // a1 both met (engine right), a2 split (no majority), a3 both met (engine missed it), a4 both not (right).
    expect(welcome.engine).toEqual({ units: 3, wrong: 1, missed: 1, falseHits: 0, rate: 1 / 3 });
    expect(analysis.ranked[0]).toEqual({ node: 'opening', criterion: 'welcome', rate: 1 / 3, wrong: 1, units: 3 });
    // `blame`: everyone (engine too) says not met: no error.
    expect(analysis.ranked[1]).toMatchObject({ criterion: 'blame', rate: 0 });
  });

  it('lists the answers where the trainers split first, then those where they agree and the engine does not', () => {
    expect(analysis.disagreements.map((d) => [d.kind, d.answer.text, d.criterion, d.consensus])).toEqual([
      ['trainers', "Je t'écoute.", 'welcome', null],
      ['engine', 'Bonjour, raconte.', 'welcome', true],
    ]);
    expect(analysis.disagreements[0]!.verdicts.map((v) => [v.name, v.met])).toEqual([
      ['Alice', true],
      ['Bob', false],
    ]);
  });

  it("sums each trainer's leniency over every criterion", () => {
    expect(analysis.leniency).toEqual([
      { reviewer: 'r1', name: 'Alice', compared: 8, lenient: 1, strict: 0 },
      { reviewer: 'r2', name: 'Bob', compared: 8, lenient: 1, strict: 1 },
    ]);
    expect(analysis).toMatchObject({ answers: 4, reviewed: 4, skipped: 0 });
  });

  it('calls missing a mistake lenient on a negative criterion', () => {
    const r = review();
    const a1 = r.answers[0]!.id;
    r.answers[0]!.engine = ['welcome', 'blame'];
    const one = analyseReview({ ...r, reviewers: [r.reviewers[0]!] }, scenario);
    expect(one.criteria.find((c) => c.criterion === 'blame')!.vsEngine[0]).toMatchObject({ lenient: 1, strict: 0 });
    expect(one.criteria.find((c) => c.criterion === 'blame')!.between).toBeNull();
    expect(r.reviewers[0]!.verdicts[a1]!.blame).toEqual({ met: false });
  });

  it("uses Fleiss' κ and Krippendorff's α with three trainers (Fleiss computed by hand)", () => {
    const r = review();
    const [a1, a2, a3, a4] = r.answers.map((a) => a.id);
    r.reviewers.push(reviewer('r3', 'Carol', { [a1!]: true, [a2!]: true, [a3!]: false, [a4!]: false }));
    const between = analyseReview(r, scenario).criteria.find((c) => c.criterion === 'welcome')!.between!;
    // Units (met, not met): (3,0) (2,1) (2,1) (0,3): pa = 2/3; π = 7/12, 5/12: pe = 74/144; κ = 22/70.
    expect(between.kappa).toBeNull();
    expect(between.fleiss).toBeCloseTo(22 / 70, 10);
    expect(between.alpha).toBeGreaterThan(between.fleiss!);
    expect(between.percent).toBeCloseTo(2 / 3, 10);
  });
});
