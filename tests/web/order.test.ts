import { describe, expect, it } from 'vitest';
import { languageFirst, nextInLanguage } from '../../web/library/order.ts';

const lib = [
  { id: 's01-fr', locale: 'fr' as const },
  { id: 's01-en', locale: 'en' as const },
  { id: 's06-fr', locale: 'fr' as const },
  { id: 's06-en', locale: 'en' as const },
  { id: 's09-fr', locale: 'fr' as const },
];

describe('the library order (issue 15)', () => {
  it('"Next scenario" stays in the language of the one just played, and wraps round', () => {
    expect(nextInLanguage(lib, 's01-en')?.id).toBe('s06-en');
    expect(nextInLanguage(lib, 's06-en')?.id).toBe('s01-en');
    expect(nextInLanguage(lib, 's06-fr')?.id).toBe('s09-fr');
    expect(nextInLanguage(lib, 's09-fr')?.id).toBe('s01-fr');
    expect(nextInLanguage([lib[0]!], 's01-fr')).toBeUndefined();
  });
  it('puts the UI language first, each group in the library order', () => {
    expect(languageFirst(lib, 'en').map((s) => s.id)).toEqual(['s01-en', 's06-en', 's01-fr', 's06-fr', 's09-fr']);
  });
});
