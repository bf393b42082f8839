/** The per-language tables of the text analysis (contract "Matching free text", steps 1–5). */
import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stem as englishStem } from 'porter2';
import type { Locale } from '../types.ts';

/** What the analysis needs to know about one language. */
export interface Language {
  /** Snowball stemmer of the language (lower-case input). */
  stem(word: string): string;
  /** Elided words split off before an apostrophe, folded: `n` becomes the word `ne`. */
  elisions: ReadonlyMap<string, string>;
  /** Words that end a clause and are dropped. */
  clauseWords: ReadonlySet<string>;
  /** Negation markers (folded words), dropped after use. */
  markers: ReadonlySet<string>;
  /** Folded stems whose every form is a negation marker (éviter, refuser, avoid, refuse). */
  markerStems: ReadonlySet<string>;
  /** Words dropped as function words (folded). */
  functionWords: ReadonlySet<string>;
  /** English: whole words such as "don't" are markers; apostrophe-less "dont" counts too. */
  isNegatedContraction(word: string): boolean;
}

const FR_ELISIONS = ['l', 'j', 't', 'd', 'qu', 's', 'm', 'c'];

const fr: Language = {
  stem: frenchStem,
  elisions: new Map([...FR_ELISIONS.map((e): [string, string] => [e, e]), ['n', 'ne']]),
  clauseWords: new Set(['et', 'mais', 'puis']),
  markers: new Set(['ne', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'ni', 'sans']),
  markerStems: new Set(['evit', 'refus']),
  functionWords: new Set([
    'le',
    'la',
    'les',
    'un',
    'une',
    'des',
    'de',
    'du',
    'au',
    'aux',
    'a',
    'en',
    'y',
    ...FR_ELISIONS,
  ]),
  isNegatedContraction: () => false,
};

/** Apostrophe-less spellings of n't words that trainees type ("dont pay"): read as "don't". */
const EN_BARE_CONTRACTIONS = new Set([
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'cant',
  'couldnt',
  'shouldnt',
  'wouldnt',
  'wont',
  'havent',
  'hasnt',
  'hadnt',
  'mustnt',
  'neednt',
  'aint',
]);

const en: Language = {
  stem: englishStem,
  elisions: new Map(),
  clauseWords: new Set(['and', 'but', 'then']),
  markers: new Set(['not', 'no', 'never', 'nothing', 'without']),
  markerStems: new Set(['avoid', 'refus']),
  functionWords: new Set(['the', 'a', 'an', 'of', 'to']),
  isNegatedContraction: (w) => w.endsWith("n't") || EN_BARE_CONTRACTIONS.has(w),
};

/** The language tables for a locale. */
export function language(locale: Locale): Language {
  return locale === 'en' ? en : fr;
}
