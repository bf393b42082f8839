import { describe, expect, it } from 'vitest';
import { report, start, step } from '../../engine/session/index.ts';
import type { Input, Scenario } from '../../engine/types.ts';
import { buildScenario, choice, crit, free } from '../fixtures/build-scenario.ts';

function playAll(s: Scenario, inputs: Input[]) {
  let { state } = start(s, { seed: 3 });
  for (const input of inputs) {
    const r = step(s, state, input);
    if (r.error) throw new Error(r.error);
    state = r.state;
  }
  return report(s, state);
}
const say = (text: string, seconds?: number): Input =>
  seconds === undefined ? { type: 'answer', text } : { type: 'answer', text, seconds };
const pick = (option: string): Input => ({ type: 'choose', option });

/**
 * listening (weight 1): free q1 welcome +2, listen +1 → possible 3.
 * no_blame (weight 2): free q1 reassure +4, blame −3 → possible 4.
 * safety (weight 1): choice q2: refuse +3, report +2, pay −3 (critical) → possible 3.
 * ghost (weight 5): nothing can earn it → never possible.
 */
function scored(): Scenario {
  return buildScenario({
    pass: 70,
    competencies: {
      listening: 'Écoute',
      no_blame: { label: 'Déculpabiliser', weight: 2 },
      safety: 'Sécurité',
      ghost: { label: 'Rien', weight: 5 },
    },
    outcomes: { done: 'Fini' },
    nodes: {
      q1: free(
        [
          crit('welcome', ['bon endroit'], { competency: 'listening', points: 2, feedback: 'Bien accueilli.' }),
          crit('listen', ["je t'écoute"], { competency: 'listening', points: 1 }),
          crit('reassure', ['pas ta faute'], { competency: 'no_blame', points: 4 }),
          crit('blame', ["c'est de ta faute"], {
            competency: 'no_blame',
            points: -3,
            critical: 'Culpabiliser la victime',
          }),
        ],
        'q2',
      ),
      q2: choice([
        { id: 'refuse', text: 'Ne paie pas', competency: 'safety', points: 3, goto: 'end' },
        { id: 'report', text: 'Signale', competency: 'safety', points: 2, goto: 'end' },
        { id: 'pay', text: 'Paie', competency: 'safety', points: -3, critical: 'Conseiller de payer', goto: 'end' },
      ]),
      end: { end: 'done' },
    },
  });
}

describe('scoring by hand', () => {
  it('a perfect run', () => {
    const r = playAll(scored(), [say("Tu es au bon endroit, je t'écoute, ce n'est pas ta faute."), pick('refuse')]);
    expect(r.competencies.listening).toEqual({ label: 'Écoute', score: 100, earned: 3, possible: 3 });
    expect(r.competencies.no_blame).toEqual({ label: 'Déculpabiliser', score: 100, earned: 4, possible: 4 });
    expect(r.competencies).not.toHaveProperty('ghost'); // never possible: absent, not 0 (contract, Scoring)
    expect(r).toMatchObject({ score: 100, passed: true, critical: false, criticals: [], ended: true, outcome: 'done' });
  });
  it('weights: listening 2/3, no_blame 0/4, safety 2/3 → (0.667 + 2×0 + 0.667) / 4 = 33', () => {
    const r = playAll(scored(), [say('Tu es au bon endroit.'), pick('report')]);
    expect(r.competencies.listening!.score).toBe(67);
    expect(r.competencies.no_blame!.score).toBe(0);
    expect(r.competencies.safety!.score).toBe(67);
    expect(r.score).toBe(33);
    expect(r.passed).toBe(false);
  });
  it('negative points are earned and clamped at 0; a critical criterion fails the session', () => {
    const r = playAll(scored(), [say("Tu es au bon endroit, je t'écoute. Mais c'est de ta faute."), pick('refuse')]);
    expect(r.competencies.no_blame).toEqual({ label: 'Déculpabiliser', score: 0, earned: -3, possible: 4 });
    // (1 + 2×0 + 1) / 4 = 0.5
    expect(r.score).toBe(50);
    expect(r.critical).toBe(true);
    expect(r.passed).toBe(false);
    expect(r.criticals).toEqual([{ node: 'q1', id: 'blame', reason: 'Culpabiliser la victime' }]);
    expect(r.turns[0]!.points).toBe(0);
  });
  it('a critical option fails even with a high score; the weighted mean uses unrounded ratios', () => {
    const r = playAll(scored(), [say("Tu es au bon endroit, je t'écoute, ce n'est pas ta faute."), pick('pay')]);
    expect(r.competencies.safety).toEqual({ label: 'Sécurité', score: 0, earned: -3, possible: 3 });
    expect(r.score).toBe(75);
    expect(r.passed).toBe(false);
    expect(r.criticals).toEqual([{ node: 'q2', id: 'pay', reason: 'Conseiller de payer' }]);
  });
  it('answers that run out: ended false, outcome null, unanswered prompts count for nothing', () => {
    const r = playAll(scored(), [say("Bon endroit. je t'écoute")]);
    expect(r).toMatchObject({ ended: false, outcome: null, path: ['q1', 'q2'] });
    expect(r.competencies).not.toHaveProperty('safety'); // its prompt was never reached: absent, not 0
    // listening 3/3, no_blame 0/4 (weight 2): (1 + 0) / 3 = 33
    expect(r.score).toBe(33);
  });
  it('nothing answered: score 0 and no competency possible', () => {
    const r = playAll(scored(), []);
    expect(r).toMatchObject({ ended: false, outcome: null, score: 0, passed: false, path: ['q1'], turns: [] });
  });
  it('a choice whose options earn nothing in a competency adds nothing possible', () => {
    const s = buildScenario({
      outcomes: { done: 'Fini' },
      nodes: {
        q: choice([
          { id: 'a', text: 'A', competency: 'skill', points: -1, goto: 'end' },
          { id: 'b', text: 'B', goto: 'end' },
        ]),
        end: { end: 'done' },
      },
    });
    const r = playAll(s, [pick('a')]);
    expect(r.competencies).not.toHaveProperty('skill'); // nothing possible: absent, even with points lost
    expect(r.score).toBe(0);
    expect(r.passed).toBe(false);
  });
  it('rounds half up on exact halves (141/200 → 71)', () => {
    const s = buildScenario({
      outcomes: { done: 'Fini' },
      nodes: {
        q: free([crit('a', ['alpha'], { points: 141 }), crit('b', ['beta'], { points: 59 })], 'end'),
        end: { end: 'done' },
      },
    });
    expect(playAll(s, [say('alpha')]).score).toBe(71);
  });
});

describe('turns in the report', () => {
  it('has answer, matched ids, points, spans, late and feedback; a choice has its id and no matches', () => {
    const answer = "Tu es au bon endroit, je t'écoute.";
    const r = playAll(scored(), [say(answer, 5), pick('refuse')]);
    expect(r.turns).toEqual([
      {
        node: 'q1',
        answer,
        matched: ['welcome', 'listen'],
        points: 3,
        spans: { welcome: [[9, 20]], listen: [[22, 33]] },
        late: false,
        feedback: ['Bien accueilli.'],
      },
      { node: 'q2', answer: 'refuse', matched: [], points: 3, spans: {}, late: false },
    ]);
    expect(answer.slice(9, 20)).toBe('bon endroit');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
