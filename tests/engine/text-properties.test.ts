import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, matchCriterion } from '../../engine/text/index.ts';
import { start, step } from '../../engine/session/index.ts';
import { crit, oneFree } from '../fixtures/build-scenario.ts';

const words = fc.constantFrom(
  'ne',
  'pas',
  'paie',
  'payer',
  'et',
  ',',
  ' ',
  "n'",
  '’',
  '-',
  'don’t',
  'pay',
  'ÉTÉ',
  'été',
  'İ',
  '…',
  '3018',
  'œ',
  'e\u0301',
  '🙂',
  'plus',
  'refuse',
  'avoid',
  'chuis',
  'stp',
  'c',
  'ur',
  'its',
  'dont worry',
  "t'inquiète pas",
  'without',
  'sans',
);
const text = fc.array(fc.oneof(words, fc.string({ maxLength: 4 })), { maxLength: 30 }).map((a) => a.join(''));

describe('analysis properties', () => {
  it("never throws; every token is a slice of the original answer, in order (a shorthand's words share its range)", () => {
    fc.assert(
      fc.property(text, fc.constantFrom('fr', 'en') as fc.Arbitrary<'fr' | 'en'>, (t, locale) => {
        let [lastStart, lastEnd] = [-1, 0];
        for (const tok of analyse(t, locale)) {
          const sameWord = tok.start === lastStart && tok.end === lastEnd; // « chuis » → je, suis
          if (!sameWord) expect(tok.start).toBeGreaterThanOrEqual(lastEnd);
          expect(tok.end).toBeGreaterThan(tok.start);
          expect(tok.end).toBeLessThanOrEqual(t.length);
          [lastStart, lastEnd] = [tok.start, tok.end];
        }
      }),
      { numRuns: 400 },
    );
  });
  it('spans stay inside the answer, and step never throws', () => {
    const criteria = [
      crit('a', ['ne pas payer', 'paie']),
      crit('b', ["don't pay", 'été']),
      crit('c', { all: [['plus'], ['3018']] }),
    ];
    const s = oneFree(criteria);
    const begun = start(s, { seed: 1 }).state;
    fc.assert(
      fc.property(text, (t) => {
        for (const c of criteria) {
          for (const [a, b] of matchCriterion(s, c, analyse(t, 'fr')) ?? []) {
            expect(0 <= a && a < b && b <= t.length).toBe(true);
          }
        }
        const r = step(s, begun, { type: 'answer', text: t });
        expect(r.error === undefined || /empty/.test(r.error)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
