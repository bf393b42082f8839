import { describe, expect, it } from 'vitest';
import { analyse, compileCriterion, matchCriterion } from '../../engine/text/index.ts';
import type { Locale } from '../../engine/types.ts';
import { crit, oneFree } from '../fixtures/build-scenario.ts';

const PAY = { pay: ['payer', "verser de l'argent", "envoyer de l'argent", 'faire un virement'] };
const PAY_EN = { pay: ['pay', 'send money', 'transfer money'] };

/** The spans of `phrases` (any one) in `answer`, or null when it does not match. */
function spans(
  phrases: string[] | { all: string[][] },
  answer: string,
  locale: Locale = 'fr',
  concepts: Record<string, string[]> = {},
) {
  const c = crit('c', phrases);
  const scenario = oneFree([c], locale, concepts);
  return matchCriterion(scenario, c, analyse(answer, scenario));
}
const matches = (phrase: string, answer: string, locale: Locale = 'fr', concepts: Record<string, string[]> = {}) =>
  spans([phrase], answer, locale, concepts) !== null;

describe("the contract's examples", () => {
  it('"surtout ne paie pas" matches "ne pas @pay" and not "payer"', () => {
    expect(matches('ne pas @pay', 'surtout ne paie pas', 'fr', PAY)).toBe(true);
    expect(matches('payer', 'surtout ne paie pas', 'fr', PAY)).toBe(false);
  });
  it('"tu dois payer" matches "payer" and not "ne pas payer"', () => {
    expect(matches('payer', 'tu dois payer')).toBe(true);
    expect(matches('ne pas payer', 'tu dois payer')).toBe(false);
  });
  it('"ce n\'est pas ta faute" does not match "c\'est ta faute"', () => {
    expect(matches("c'est ta faute", "ce n'est pas ta faute")).toBe(false);
    expect(matches("c'est de ta faute", "c'est de ta faute")).toBe(true);
    expect(matches('pas ta faute', 'Ce n’est pas ta faute, Lucas.')).toBe(true);
  });
  it('understands a trainee who types without accents', () => {
    expect(matches('tu as été très courageux', 'tu as ete tres courageux')).toBe(true);
    expect(matches('tu as ete tres courageux', 'Tu as été très courageux !')).toBe(true);
  });
});

describe('French phrases', () => {
  it('informal negation, jamais, rien, sans, "refuse de"', () => {
    expect(matches('ne pas payer', 'paie pas')).toBe(true);
    expect(matches('ne jamais payer', 'Ne lui verse jamais rien, ne paie jamais')).toBe(true);
    expect(matches('ne pas @pay', "refuse de lui verser de l'argent", 'fr', PAY)).toBe(true);
    expect(matches('payer', "refuse de lui verser de l'argent", 'fr', PAY)).toBe(false);
    expect(matches("tu n'as rien fait de mal", 'tu as rien fait de mal')).toBe(true);
    expect(matches('sans répondre', 'bloque sans lui répondre')).toBe(true);
  });
  it('a clause break ends the negation: "ne réponds pas et paie" still advises to pay', () => {
    expect(matches('payer', 'ne réponds pas et paie')).toBe(true);
    expect(matches('payer', 'ne réponds pas, paie')).toBe(true);
    expect(matches('ne pas payer', 'ne réponds pas et paie')).toBe(false);
  });
  it('elisions, typographic apostrophes, hyphens, upper case and digits', () => {
    expect(matches("bien fait d'appeler", 'TU AS BIEN FAIT D’APPELER')).toBe(true);
    expect(matches("je t'écoute", 'Je t’écoute.')).toBe(true);
    expect(matches('bloque-le', 'bloque le')).toBe(true);
    expect(matches('bloquer le compte', 'Bloque-le, le compte.')).toBe(true);
    expect(matches('3018', 'appelle le 3018')).toBe(true);
    expect(matches('3018', 'appelle le 3019')).toBe(false);
  });
  it('allows at most 2 other words between phrase words, in order, across clauses', () => {
    expect(matches('garder messages', 'garder tous ses messages')).toBe(true);
    expect(matches('garder messages', 'garder bien tous ses messages')).toBe(false);
    expect(matches('garder messages', 'messages garder')).toBe(false);
    expect(matches('garde preuves', 'garde, les preuves')).toBe(true);
  });
  it('@concept stands for each of its phrases', () => {
    expect(matches('ne pas @pay', 'ne fais pas de virement', 'fr', PAY)).toBe(true); // r2: fais ~ faire (conjugation table)
    expect(matches('ne pas @pay', "ne lui verse surtout pas d'argent", 'fr', PAY)).toBe(true);
    expect(matches('@pay', "il veut que j'envoie de l'argent", 'fr', PAY)).toBe(true);
  });
});

describe('English phrases', () => {
  it("don't, never, avoid, n't and the affirmative", () => {
    expect(matches("don't @pay", "Please don't pay him.", 'en', PAY_EN)).toBe(true);
    expect(matches('@pay', "Please don't pay him.", 'en', PAY_EN)).toBe(false);
    expect(matches('never @pay', 'You should never send money', 'en', PAY_EN)).toBe(true);
    expect(matches("don't reply", 'avoid replying to him', 'en')).toBe(true);
    expect(matches('not your fault', "It isn't your fault", 'en')).toBe(true);
    expect(matches('@pay', 'just pay him and it stops', 'en', PAY_EN)).toBe(true);
  });
  it('and / but / then break clauses: "don\'t reply but pay" advises to pay', () => {
    expect(matches('pay', "don't reply but pay", 'en')).toBe(true);
    expect(matches('pay', "don't reply or pay", 'en')).toBe(false);
  });
  it('stems: "screenshots" matches "screenshot", "called" matches "call"', () => {
    expect(matches('screenshot', 'Take screenshots first', 'en')).toBe(true);
    expect(matches('glad you called', "I'm so glad you've called", 'en')).toBe(true);
  });
});

describe('all: one phrase from each list, any order', () => {
  const all = {
    all: [
      ['preuves', 'captures'],
      ['bloquer', 'signaler'],
    ],
  };
  it('needs every list', () => {
    expect(spans(all, 'garde les preuves puis signale-le')).not.toBeNull();
    expect(spans(all, 'signale-le après avoir fait des captures')).not.toBeNull();
    expect(spans(all, 'garde les preuves')).toBeNull();
  });
});

describe('spans', () => {
  it('one [start, end) range per matched phrase, in original offsets', () => {
    const answer = "Tu as bien fait d'appeler, je t'écoute.";
    const s = spans(['bien fait d’appeler', "je t'écoute", 'prends ton temps'], answer)!;
    expect(s).toEqual([
      [6, 25],
      [27, 38],
    ]);
    expect(s.map(([a, b]) => answer.slice(a, b))).toEqual(["bien fait d'appeler", "je t'écoute"]);
  });
  it('covers the leftmost occurrence, from the first matched word to the last, with its negation (r2)', () => {
    const answer = 'Surtout NE PAIE PAS. Ne paie pas.';
    const s = spans(['ne pas @pay'], answer, 'fr', PAY)!;
    expect(s).toEqual([[8, 19]]);
    expect(answer.slice(8, 19)).toBe('NE PAIE PAS');
  });
  it('keeps offsets right after characters that change length when lower-cased', () => {
    const answer = 'İİ garde les preuves';
    const [[a, b]] = spans(['garder les preuves'], answer)! as [[number, number]];
    expect(answer.slice(a, b)).toBe('garde les preuves');
  });
  it('for `all`, the ranges of each list', () => {
    const answer = 'Signale-le, et garde les preuves.';
    const s = spans({ all: [['preuves'], ['signaler']] }, answer)!;
    expect(s.map(([a, b]) => answer.slice(a, b))).toEqual(['Signale', 'preuves']);
  });
});

describe('compiled criteria', () => {
  it('analyses a criterion once and an empty phrase never matches', () => {
    const c = crit('c', ['ne pas', 'la']);
    const s = oneFree([c]);
    expect(compileCriterion(s, c)).toBe(compileCriterion(s, c));
    expect(matchCriterion(s, c, analyse('ne pas la', 'fr'))).toBeNull();
  });
  it('matches a phrase at the very end of a 180 000-character answer of repeated words', () => {
    // Its speed is measured by `npm run bench` (row 3c: a 200 000-character answer, < 100 ms), not here.
    const answer = 'tu tu tu '.repeat(20_000) + 'tu as bien fait';
    const [start, end] = spans(['tu tu as bien fait'], answer)![0]!;
    expect(end).toBe(answer.length);
    expect(answer.slice(start, end)).toMatch(/^tu( tu)+ as bien fait$/);
  });
});
