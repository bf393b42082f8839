import { describe, expect, it } from 'vitest';
import { checkExpect, play, playErrorText, runTests } from '../../engine/testing.ts';
import type { Scenario } from '../../engine/types.ts';
import { buildScenario, choice, crit, ex, free, when } from '../fixtures/build-scenario.ts';

/** The contract's example, built in TypeScript (same nodes, criteria, options and tests). */
function contractLike(): Scenario {
  const s = buildScenario({
    id: 'webcam-blackmail-call',
    state: { trust: 1 },
    competencies: {
      listening: 'Écoute et accueil',
      no_blame: { label: 'Déculpabiliser', weight: 2 },
      safety: 'Conseils de sécurité',
    },
    concepts: { pay: ['payer', "verser de l'argent", "envoyer de l'argent", 'faire un virement'] },
    outcomes: { helped: 'Lucas repart avec un plan', hung_up: 'Lucas a raccroché' },
    nodes: {
      opening: {
        say: [{ lucas: 'Euh… bonjour.' }],
        ...free(
          [
            crit('welcome', ['bon endroit', "bien fait d'appeler", "je t'écoute", 'prends ton temps'], {
              competency: 'listening',
              points: 2,
            }),
            crit('blame', ['pourquoi tu as fait ça', "c'est de ta faute"], {
              competency: 'no_blame',
              points: -3,
              critical: 'Culpabiliser la victime',
            }),
          ],
          [
            { when: when(ex.matched('welcome')), set: { trust: { op: 'add', n: 1 } }, goto: 'story' },
            { goto: 'story' },
          ],
          { ask: { seconds: 30 } as never },
        ),
      },
      story: choice(
        [
          { id: 'refuse', text: 'Surtout ne paie pas.', competency: 'safety', points: 3, goto: 'evidence' },
          {
            id: 'pay',
            text: 'Paie.',
            competency: 'safety',
            points: -3,
            critical: 'Conseiller de payer',
            goto: 'hang_up',
          },
        ],
        { shuffle: true },
      ),
      evidence: { say: [{ lucas: "D'accord." }], goto: 'wrap_up' },
      hang_up: { say: [{ lucas: 'Ok… bon, au revoir.' }], end: 'hung_up' },
      wrap_up: { end: 'helped' },
    },
  });
  s.tests = [
    {
      name: 'good call',
      answers: ["Tu as bien fait d'appeler, je t'écoute.", 'refuse'],
      expect: { outcome: 'helped', passed: true, critical: false, path: ['opening', 'story', 'evidence', 'wrap_up'] },
    },
    {
      name: 'advising to pay fails',
      answers: [{ text: 'Bonjour.', seconds: 45 }, 'pay'],
      expect: { outcome: 'hung_up', passed: false, critical: true, score_max: 40 },
    },
  ];
  return s;
}

describe('play', () => {
  it('plays strings as text or option ids, and objects with seconds', () => {
    const { report, error } = play(contractLike(), [
      { text: "Tu as bien fait d'appeler.", seconds: 40 },
      { choice: 'refuse', seconds: 3 },
    ]);
    expect(error).toBeUndefined();
    expect(report.turns.map((t) => [t.answer, t.matched, t.late])).toEqual([
      ["Tu as bien fait d'appeler.", ['welcome'], true],
      ['refuse', [], false],
    ]);
    expect(report).toMatchObject({ ended: true, outcome: 'helped', score: 100, passed: true });
  });
  it('an answer that does not fit its prompt is an error with its number', () => {
    const r = play(contractLike(), ['Bonjour', 'maybe']);
    expect(r.error).toEqual({
      index: 2,
      answer: 'maybe',
      node: 'story',
      message: 'unknown option "maybe": pick one of refuse, pay',
    });
    expect(playErrorText(r.error!)).toBe(
      'answer 2 ("maybe") at node "story": unknown option "maybe": pick one of refuse, pay',
    );
    expect(r.report.turns).toHaveLength(1);
    const late = play(contractLike(), ['Bonjour', 'refuse', 'encore']).error!;
    expect(late).toMatchObject({ index: 3, node: null });
    expect(playErrorText(late)).toMatch(/answer 3 \("encore"\) comes after the end/);
    expect(playErrorText(play(contractLike(), ['   ']).error!)).toMatch(/answer 1 .*empty/);
  });
  it('answers that run out leave the session open', () => {
    expect(play(contractLike(), ['Bonjour']).report).toMatchObject({
      ended: false,
      outcome: null,
      path: ['opening', 'story'],
    });
  });
});

describe('runTests', () => {
  it("the contract's two tests pass", () => {
    const results = runTests(contractLike());
    expect(results.map((r) => [r.name, r.ok, r.failures])).toEqual([
      ['good call', true, []],
      ['advising to pay fails', true, []],
    ]);
    expect(results[1]!.report).toMatchObject({
      critical: true,
      score: 0,
      criticals: [{ node: 'story', id: 'pay', reason: 'Conseiller de payer' }],
    });
  });
  it('says clearly what went wrong', () => {
    const s = contractLike();
    s.tests = [
      {
        name: 'wrong',
        answers: ['Bonjour.', 'pay'],
        expect: {
          outcome: 'helped',
          passed: true,
          critical: false,
          score_min: 50,
          path: ['opening', 'story'],
          matched: ['welcome'],
          not_matched: [],
        },
      },
    ];
    const [r] = runTests(s);
    expect(r!.ok).toBe(false);
    expect(r!.failures).toEqual([
      'expected outcome helped, got hung_up',
      'expected passed true, got false (score 0, critical)',
      'expected critical false, got true (pay)',
      'expected score ≥ 50, got 0',
      'expected path [opening, story], got [opening, story, hang_up]',
      'expected welcome to match, it did not (matched: [])',
    ]);
  });
  it('checks score_max and not_matched', () => {
    const r = play(contractLike(), ["je t'écoute", 'refuse']).report;
    expect(checkExpect({ score_max: 40, not_matched: ['welcome'] }, r)).toEqual([
      'expected score ≤ 40, got 100',
      `expected welcome not to match, it matched "je t'écoute" at node opening`,
    ]);
  });
});
