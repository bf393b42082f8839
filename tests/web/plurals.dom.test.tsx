import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { CompetencyBars } from '../../web/components/competency-bars.tsx';
import { LrsStatus } from '../../web/lrs/lrs-status.tsx';
import { afterPlayStrings, afterPlayWords } from '../../web/i18n/after-play-strings.ts';
import { LangProvider } from '../../web/i18n/lang.tsx';
import { problemsCount } from '../../web/i18n/preview-strings.ts';
import { strings, translatePlural, type Lang } from '../../web/i18n/strings.ts';

const inLang = (lang: Lang, ui: React.ReactNode) =>
  render(
    <LangProvider initial={lang} storage={null}>
      {ui}
    </LangProvider>,
  );

describe('plurals of the trainee screens (one rule, web/i18n/plural.ts)', () => {
  it('no trainee string writes a count as "(s)": each has its one and other forms', () => {
    const slips = (['en', 'fr'] as const).flatMap((lang) =>
      [...Object.entries(strings[lang]), ...Object.entries(afterPlayStrings[lang])]
        .filter(([, text]) => /\w\(s\)|\(e\)\(s\)/.test(text))
        .map(([key]) => `${lang}.${key}`),
    );
    expect(slips).toEqual([]);
  });

  it('a competency bar with one point to earn says "1 of 1 point", « 0 sur 1 point »', () => {
    const bar = { label: 'Listening', score: 100, earned: 1, possible: 1 };
    inLang('en', <CompetencyBars competencies={{ listening: bar }} locale="en" />);
    expect(screen.getByText('(1 of 1 point)')).toBeTruthy();
    inLang('fr', <CompetencyBars competencies={{ listening: { ...bar, score: 0, earned: 0 } }} locale="fr" />);
    expect(screen.getByText('(0 sur 1 point)')).toBeTruthy();
    const safety = { ...bar, label: 'Safety', earned: 2, possible: 3 };
    inLang('en', <CompetencyBars competencies={{ safety }} locale="en" />);
    expect(screen.getByText('(2 of 3 points)')).toBeTruthy();
  });

  it('the results waiting for the LRS and those it refused are counted in words', () => {
    inLang('en', <LrsStatus status={{ waiting: 1, statements: 2, rejected: 1 }} host="lrs.example.org" />);
    expect(screen.getByRole('status').textContent).toBe(
      '1 result waiting to be sent · 1 statement refused by the LRS, kept aside.',
    );
    expect(translatePlural('en', 'lrsWaiting', 3)).toBe('3 results waiting to be sent');
    expect(translatePlural('fr', 'lrsRejected', 2)).toBe('2 déclarations refusées par le LRS, mises de côté.');
  });

  it("a trainer's review of one answer says one correction, not correction(s)", () => {
    expect(afterPlayWords('en').tp('reviewImported', 1, { a: 1 })).toMatch(/: one correction or comment on 1 of/);
    expect(afterPlayWords('en').tp('reviewImported', 4, { a: 2 })).toMatch(/: 4 corrections or comments on 2 of/);
  });

  it("the preview's count of problems uses the same rule", () => {
    expect(problemsCount('en', 2, 1)).toBe('2 errors, 1 warning');
    expect(problemsCount('en', 1, 3)).toBe('1 error, 3 warnings');
    expect(problemsCount('fr', 0, 2)).toBe('aucune erreur, 2 avertissements');
  });
});
