import { describe, expect, it } from 'vitest';
import { afterPlayStrings, afterPlayWords } from '../../web/i18n/after-play-strings.ts';
import { formatters, NBSP } from '../../web/i18n/format.ts';
import { reviewStrings } from '../../web/i18n/review-strings.ts';
import { strings, translate } from '../../web/i18n/strings.ts';

const NO_BREAK = /[\u00a0\u202f]/;

describe('French typography of the interface', () => {
  const fr = [
    ...Object.entries(strings.fr),
    ...Object.entries(afterPlayStrings.fr),
    ...Object.entries(reviewStrings.fr),
  ];
  it('puts a no-break space before « : ; ? ! % » and inside « », never a plain one', () => {
    const bad: string[] = [];
    for (const [key, text] of fr) {
      const plain = text.replace(/https?:\/\/\S+/g, '');
      for (const m of plain.matchAll(/[:;?!%»]/g)) {
        const before = plain[m.index - 1];
        if (m.index === 0 || !before || !NO_BREAK.test(before))
          bad.push(`${key}: …${plain.slice(m.index - 12, m.index + 2)}`);
      }
      for (const m of plain.matchAll(/«/g)) if (!NO_BREAK.test(plain[m.index + 1] ?? '')) bad.push(`${key}: «…`);
    }
    expect(bad).toEqual([]);
  });
  it('writes ages with « ans », percentages and labels with their space', () => {
    expect(translate('fr', 'age', { n: 15 })).toBe(`15${NBSP}ans`);
    const f = formatters('fr');
    expect(f.pct(71)).toBe(`71${NBSP}%`);
    expect(f.colon('Compétences')).toBe(`Compétences${NBSP}:`);
    expect(formatters('en').pct(71)).toBe('71%');
  });
  it('says plurals right in both languages', () => {
    expect(afterPlayWords('fr').tp('imported', 1)).toBe('1 tentative importée.');
    expect(afterPlayWords('fr').tp('imported', 2)).toBe('2 tentatives importées.');
    expect(afterPlayWords('en').tp('imported', 1)).toBe('1 attempt imported.');
    expect(afterPlayWords('en').tp('points', -1, { n: '-1' })).toBe('-1 point');
    expect(afterPlayWords('en').tp('points', 3, { n: '+3' })).toBe('+3 points');
  });
});
