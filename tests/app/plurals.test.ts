/**
 * Plurals outside the web app: one rule (app/plural.ts) for the notices of app/, the terminal's words and
 * commands, and the counts of the checker's messages. No "(s)" comes back, and each count takes its form.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishText } from '../../app/diagnostic-words.ts';
import { byCount, counted, pluralForm } from '../../app/plural.ts';
import { parseProgress, serializeProgress } from '../../app/progress.ts';
import { storageWords } from '../../app/storage-words.ts';
import { statusText } from '../../app/xapi/status-text.ts';
import { loadScenario } from '../../engine/load/index.ts';
import { wordsFor } from '../../terminal/ui/words.ts';
import { formatDiagnostic } from '../../terminal/diagnostic-lines.ts';
import { attemptOf } from '../terminal/drill-fixtures.ts';

const LANGS = ['en', 'fr'] as const;
/** A count written with "(s)", "(e)(s)" or "(es)" glued to a word: "attempt(s)", « refusée(s) ». */
const SLIP = /\p{L}\((e|s|es)\)/u;

/** Every text of a dictionary: its strings, and its functions called with every argument `n`. */
function textsOf(dictionary: object, n: number): Array<[string, string]> {
  return Object.entries(dictionary).flatMap(([key, value]): Array<[string, string]> => {
    if (typeof value === 'string') return [[key, value]];
    if (typeof value === 'function') return [[key, String(value(...Array.from({ length: value.length }, () => n)))]];
    if (value && typeof value === 'object') return textsOf(value, n).map(([k, t]) => [`${key}.${k}`, t]);
    return [];
  });
}

describe('the one plural rule (app/plural.ts)', () => {
  it('takes the form of each language: "0 attempts" in English, « 0 tentative » and « 1,5 point » in French', () => {
    expect(counted('en', 1, 'attempt', 'attempts')).toBe('1 attempt');
    expect(counted('en', 3, 'attempt', 'attempts')).toBe('3 attempts');
    expect(counted('en', 0, 'attempt', 'attempts')).toBe('0 attempts');
    expect(counted('fr', 0, 'tentative', 'tentatives')).toBe('0 tentative');
    expect(counted('fr', 1, 'tentative', 'tentatives')).toBe('1 tentative');
    expect(counted('fr', 3, 'tentative', 'tentatives')).toBe('3 tentatives');
    expect(pluralForm('fr', 1.5)).toBe('one');
    expect(byCount('en', -1, 'point', 'points')).toBe('point');
  });

  it('is the web app’s rule too: web/ has no copy of it', () => {
    const webRule = readFileSync(new URL('../../web/i18n/strings.ts', import.meta.url), 'utf8');
    expect(webRule).toContain("from '../../app/plural.ts'");
  });
});

describe('no dictionary outside web/ writes a count as "(s)"', () => {
  it.each(LANGS)('the storage notices and the terminal’s words, in %s, with 1 and with 3', (lang) => {
    const slips = [1, 3].flatMap((n) =>
      [...textsOf(storageWords(lang), n), ...textsOf(wordsFor(lang), n)].filter(([, t]) => SLIP.test(t)),
    );
    expect(slips).toEqual([]);
  });

  it('the outbox status, in both languages', () => {
    for (const lang of LANGS)
      for (const n of [1, 3])
        expect(statusText({ waiting: n, statements: n, rejected: n }, lang, 'h')).not.toMatch(SLIP);
  });
});

describe('the trainee’s storage notices count attempts', () => {
  it('readable attempts that still count, after a cut: "the 1 readable attempt still counts"', () => {
    const en = storageWords('en');
    expect(en.someUnreadable('why', 'x', 1)).toMatch(/; the 1 readable attempt still counts\.$/);
    expect(en.someUnreadable('why', 'x', 3)).toMatch(/; the 3 readable attempts still count\.$/);
    const fr = storageWords('fr');
    expect(fr.someUnreadable('why', 'x', 1)).toMatch(/ ; 1 tentative lisible compte toujours\.$/);
    expect(fr.someUnreadable('why', 'x', 3)).toMatch(/ ; les 3 tentatives lisibles comptent toujours\.$/);
  });

  it('attempts of a newer version: "1 attempt was saved…", « 3 tentatives ont été enregistrées… »', () => {
    expect(storageWords('en').newerRecords(1)).toMatch(/^1 attempt was saved by a newer version of Rehearse: it stays/);
    expect(storageWords('en').newerRecords(3)).toMatch(/^3 attempts were saved by a newer version of Rehearse: they/);
    expect(storageWords('fr').newerRecords(1)).toMatch(/^1 tentative a été enregistrée par une version plus récente/);
    expect(storageWords('fr').newerRecords(3)).toMatch(/^3 tentatives ont été enregistrées par une version plus/);
  });

  it('a progress text cut after its first record: "1 complete attempt before the cut was recovered"', () => {
    const one = (n: number) => {
      const full = serializeProgress(
        Array.from({ length: n + 1 }, (_, i) => attemptOf({ scenario: `s${i}`, at: `2026-11-0${i + 1}T10:00:00Z` })),
      );
      return parseProgress(full.slice(0, full.indexOf(`"s${n}"`) - 20)).notice;
    };
    expect(one(1)).toMatch(/; 1 complete attempt before the cut was recovered\.$/);
    expect(one(2)).toMatch(/; 2 complete attempts before the cut were recovered\.$/);
  });
});

describe('the outbox status (terminal) counts refused statements', () => {
  it('"1 statement refused", « 1 déclaration refusée…, mise de côté », « 3 déclarations refusées…, mises »', () => {
    expect(statusText({ waiting: 1, statements: 2, rejected: 1 }, 'en', 'h')).toBe(
      '1 result waiting to be sent to h. 1 statement refused by the LRS, kept aside.',
    );
    expect(statusText({ waiting: 0, statements: 0, rejected: 3 }, 'en', 'h')).toBe(
      'All results sent to h. 3 statements refused by the LRS, kept aside.',
    );
    expect(statusText({ waiting: 2, statements: 2, rejected: 1 }, 'fr', 'h')).toBe(
      "2 résultats en attente d'envoi à h. 1 déclaration refusée par le LRS, mise de côté.",
    );
    expect(statusText({ waiting: 0, statements: 0, rejected: 3 }, 'fr', 'h')).toBe(
      'Tous les résultats sont envoyés à h. 3 déclarations refusées par le LRS, mises de côté.',
    );
  });
});

describe('the terminal’s words count answers and prompts', () => {
  it('a resumed session and the drills line, in English and French', () => {
    expect(wordsFor('en').continuing('T', 1, 't')).toContain('(1 answer so far)');
    expect(wordsFor('en').continuing('T', 2, 't')).toContain('(2 answers so far)');
    expect(wordsFor('fr').continuing('T', 1, 't')).toContain('(1 réponse déjà donnée)');
    expect(wordsFor('fr').continuing('T', 3, 't')).toContain('(3 réponses déjà données)');
    expect(wordsFor('en').drillsDone(3, 1)).toBe('Drills: 3 prompts answered, 1 passed.');
    expect(wordsFor('fr').drillsDone(3, 0)).toBe('Exercices : 3 questions traitées, 0 réussie.');
    expect(wordsFor('fr').drillsDone(2, 2)).toBe('Exercices : 2 questions traitées, 2 réussies.');
  });
});

describe('the checker’s space counts, as the terminal prints them', () => {
  const example = readFileSync(new URL('../fixtures/contract-example.yaml', import.meta.url), 'utf8');
  const slip = (indent: string) =>
    loadScenario(example.replace('  hang_up:\n', `${indent}hang_up:\n`), 'x.yaml').diagnostics.find(
      (d) => d.code === 'RH001',
    )!;

  it('one space too many: "remove 1 space", "indented by 3 spaces, but … by 2 spaces"', () => {
    expect(englishText(slip('   '))).toEqual({
      message:
        'this line is indented by 3 spaces, but the keys of its block by 2 spaces: the keys of one block start at ' +
        'the same column',
      hint: 'remove 1 space before "hang_up"',
    });
    const printed = formatDiagnostic(slip('   '), example);
    expect(printed).toContain('remove 1 space before "hang_up"');
    expect(printed).not.toMatch(SLIP);
  });

  it('one space only: "indented by 1 space", "add 1 space"', () => {
    expect(englishText(slip(' '))).toEqual({
      message:
        'this line is indented by 1 space, but the keys of its block by 2 spaces: the keys of one block start at ' +
        'the same column',
      hint: 'add 1 space before "hang_up"',
    });
  });
});
