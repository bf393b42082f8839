import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { DeskNotice } from '../../app/review/review-desk.ts';
import { loadScenario } from '../../engine/load/index.ts';
import { previewPlural, previewStrings } from '../../web/i18n/preview-strings.ts';
import { reviewStrings } from '../../web/i18n/review-strings.ts';
import { DIAGNOSTICS_FR } from '../../web/preview/diagnostics-fr-catalogue.ts';
import { diagnosticText } from '../../web/preview/diagnostic-text.ts';
import { DeskNotices } from '../../web/review/desk-notices.tsx';
import { reviewWords } from '../../web/review/use-review-text.ts';
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

  it('a competency that mistakes took below zero reads « 0 sur 5 points, 5 points perdus en erreurs »', () => {
    const bar = { label: 'Sécurité', score: 0, earned: -5, possible: 5 };
    inLang('fr', <CompetencyBars competencies={{ safety: bar }} locale="fr" />);
    expect(screen.getByText('(0 sur 5 points, 5 points perdus en erreurs)')).toBeTruthy();
    inLang(
      'en',
      <CompetencyBars competencies={{ safety: { ...bar, label: 'Safety', earned: -1, possible: 2 } }} locale="en" />,
    );
    expect(screen.getByText('(0 of 2 points, 1 point lost to mistakes)')).toBeTruthy();
    expect(document.body.textContent).not.toContain('−');
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

/** The text of each notice of the review desk, in `lang`, as the trainer sees it. */
function noticeTexts(lang: Lang, notices: DeskNotice[]): string[] {
  const { container, unmount } = render(<DeskNotices notices={notices} r={reviewWords(lang)} />);
  const texts = [...container.querySelectorAll('p')].map((p) => p.textContent ?? '');
  unmount();
  return texts;
}

const progress = (n: number): DeskNotice => ({
  kind: 'progress',
  file: 'a.json',
  added: n,
  attempts: n,
  duplicates: n,
  otherScenario: n,
});
const lrs = (n: number): DeskNotice => ({
  kind: 'lrs',
  file: 'LRS',
  added: n,
  duplicates: 0,
  withoutText: n,
  otherScenario: 0,
  otherVersion: n,
  unreadable: n,
});

describe('plurals of the trainer screens (review, preview, diagnostics: the same rule)', () => {
  it('no trainer string writes a count as "(s)"', () => {
    const slips = (['en', 'fr'] as const).flatMap((lang) =>
      [...Object.entries(reviewStrings[lang]), ...Object.entries(previewStrings[lang])]
        .filter(([, text]) => /\w\(s\)|\(e\)\(s\)/.test(text))
        .map(([key]) => `${lang}.${key}`),
    );
    const diagnostics = Object.values(DIAGNOSTICS_FR).filter((text) => /\w\(s\)/.test(text));
    expect([...slips, ...diagnostics]).toEqual([]);
  });

  it('the notices of an import say "1 new answer from 1 attempt", « 2 nouvelles réponses de 2 tentatives »', () => {
    expect(
      noticeTexts('en', [progress(1), { kind: 'review', file: 'b.json', answers: 1, reviewers: 1, stale: false }]),
    ).toEqual([
      'a.json: 1 new answer from 1 attempt, 1 already there; 1 attempt of another scenario left out.',
      'b.json: review of 1 answer by 1 trainer merged.',
    ]);
    expect(
      noticeTexts('fr', [progress(2), { kind: 'review', file: 'b.json', answers: 3, reviewers: 2, stale: false }]),
    ).toEqual([
      'a.json\u00a0: 2 nouvelles réponses de 2 tentatives, 2 déjà présentes\u00a0; 2 tentatives d’autres scénarios écartées.',
      'b.json\u00a0: revue de 3 réponses par 2 formateurs fusionnée.',
    ]);
    expect(noticeTexts('fr', [progress(1)])).toEqual([
      'a.json\u00a0: 1 nouvelle réponse de 1 tentative, 1 déjà présente\u00a0; 1 tentative d’un autre scénario écartée.',
    ]);
  });

  it('the LRS, set-aside and resumed notices agree with their counts', () => {
    const one = noticeTexts('en', [lrs(1)])[0];
    expect(one).toMatch(/^LRS: 1 new answer from the LRS\. 1 answer was sent without its text and cannot be /);
    expect(one).toMatch(
      / 1 was given with another version .* engine read it again\. 1 Rehearse statement could not be read\.$/,
    );
    const two = noticeTexts('fr', [lrs(2)])[0];
    expect(two).toMatch(
      /^LRS\u00a0: 2 nouvelles réponses du LRS\. 2 réponses envoyées sans leur texte ne peuvent pas /,
    );
    expect(two).toMatch(/ 2 ont été données avec .* les a relues\. 2 déclarations Rehearse illisibles\.$/);
    const more: DeskNotice[] = [
      { kind: 'setAside', file: 'c.json', count: 1, first: 'record 3' },
      { kind: 'resumed', answers: 1, stale: false },
    ];
    expect(noticeTexts('en', more)).toEqual([
      'c.json: 1 part could not be read and was set aside (record 3).',
      'Your review of this scenario was restored (1 answer).',
    ]);
    expect(noticeTexts('fr', more)).toEqual([
      'c.json\u00a0: 1 élément illisible mis de côté (record 3).',
      'Votre revue de ce scénario a été restaurée (1 réponse).',
    ]);
  });

  it('the counts of the review and preview screens: answers reviewed, attempts, phrases, tests, graph', () => {
    const en = reviewWords('en');
    const fr = reviewWords('fr');
    expect(en.plural('reviewedCount', 1, { done: 0 })).toBe('0 of 1 answer reviewed by you');
    expect(en.plural('reviewedCount', 3, { done: 1 })).toBe('1 of 3 answers reviewed by you');
    expect(fr.plural('reviewedCount', 3, { done: 1 })).toBe('1 sur 3 réponses revues par vous');
    expect(en.plural('source', 1)).toBe('From 1 attempt');
    expect(fr.plural('source', 2)).toBe('Vient de 2 tentatives');
    const suggestion = (r: typeof en, words: number, also: number) =>
      r('suggestion', { phrase: 'x', words: r.plural('words', words), also: r.plural('alsoCatches', also) });
    expect(suggestion(en, 1, 1)).toBe('“x” (1 word; also catches 1 other answer)');
    expect(suggestion(fr, 2, 0)).toBe('«\u00a0x\u00a0» (2 mots\u00a0; capte aussi 0 autre réponse)');
    expect(previewPlural('en', 'testsCount', 1, { ok: 1 })).toBe('1 of 1 test passes');
    expect(previewPlural('fr', 'testsCount', 2, { ok: 1 })).toBe('1 sur 2 tests réussis');
    expect(previewPlural('en', 'graphNodes', 1)).toBe('1 node');
    expect(previewPlural('fr', 'graphRoutes', 2)).toBe('2 liaisons');
  });

  it('an indentation slip of one space says "1 space", « 1 espace », in the preview', () => {
    const example = readFileSync('tests/fixtures/contract-example.yaml', 'utf8');
    const slip = (from: string, to: string) =>
      loadScenario(example.replace(from, to), 'x.yaml').diagnostics.find((d) => d.code === 'RH001')!;
    const one = slip('  hang_up:\n', '   hang_up:\n');
    expect(diagnosticText(one, 'en')).toEqual({
      message:
        'this line is indented by 3 spaces, but the keys of its block by 2 spaces: the keys of one block start at the same column',
      hint: 'remove 1 space before "hang_up"',
    });
    expect(diagnosticText(one, 'fr').hint).toBe('retirez 1 espace avant «\u00a0hang_up\u00a0»');
    const less = slip('  hang_up:\n', ' hang_up:\n');
    expect(diagnosticText(less, 'en').message).toMatch(
      /^this line is indented by 1 space, but the keys of its block by 2 spaces:/,
    );
    expect(diagnosticText(less, 'en').hint).toBe('add 1 space before "hang_up"');
    expect(diagnosticText(less, 'fr').message).toMatch(
      /^cette ligne commence après 1 espace, mais les clés de son bloc après 2 espaces/,
    );
  });
});
