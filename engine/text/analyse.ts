/** Steps 1–5 of the contract's text analysis: words, clauses and scopes, negation, function words, keys. */
import type { Locale, Scenario } from '../types.ts';
import { wordKeysOf } from './keys.ts';
import { language } from './lang.ts';
import type { LemmaMap } from './lexicon/compact.ts';
import { lemmaMapOf } from './lexicon/scenario.ts';
import { scan } from './scan.ts';
import { readingOf } from './scope.ts';
import { segment } from './segment.ts';
import { setOffReassurance } from './reassurance.ts';
import { readSuggestions } from './suggestion.ts';

/** A word left after the analysis, as a phrase or an answer is compared. */
export interface Token {
  /** The word, lower-cased as typed. */
  word: string;
  /** Its comparison keys (stems with and without accents, lemma); two words are the same when keys intersect. */
  keys: readonly string[];
  /** True when the word is negated in its scope. */
  neg: boolean;
  /** r2: true under a negated verb of saying, advising or promising — it matches neither as affirmed nor negated. */
  reported: boolean;
  /** r2: true inside a quote or words the trainee attributes to someone else (negative criteria skip them). */
  attributed: boolean;
  /** Index of the clause in the text (0-based). */
  clause: number;
  /** Character range [start, end) in the original text. */
  start: number;
  end: number;
  /** The clause breaks, quotation marks and fragment separators (`/`) between the previous token and this one. */
  before: string;
  /** For a negated word: the range of what negates it ("pas", "ne … jamais", "arrête"), for highlights. */
  negStart?: number;
  negEnd?: number;
}

/** What a text is analysed for: a locale, or a scenario (its locale and its conjugation table). */
export type AnalysisTarget = Locale | Pick<Scenario, 'locale' | 'lexicon'>;

/** Analyses a text: the words to compare, each with its negation, scope and character range. */
export function analyse(text: string, target: AnalysisTarget): Token[] {
  const locale = typeof target === 'string' ? target : target.locale;
  const lemmas: LemmaMap | undefined = typeof target === 'string' ? undefined : lemmaMapOf(target);
  const lang = language(locale);
  const tokens: Token[] = [];
  let carried = '';
  const scanned = scan(text, lang, locale === 'en');
  setOffReassurance(scanned, text, lang, locale);
  const words = segment(scanned, lang, locale);
  readSuggestions(words, text, lang, locale);
  for (const w of words) {
    if (w.dropped) {
      carried += w.before; // the marks before a dropped word stay before the next token
      continue;
    }
    if (carried) {
      w.before = carried + w.before;
      carried = '';
    }
    const r = readingOf(w.scope);
    w.keys = wordKeysOf(w, locale, lemmas);
    w.neg = r.polarity === 'neg';
    w.reported = r.polarity === 'rep';
    w.attributed = r.attributed;
    if (w.neg && r.negatedBy) {
      w.negStart = r.negatedBy[0];
      w.negEnd = r.negatedBy[1];
    }
    tokens.push(w);
  }
  return tokens;
}

/** The reading prefix of a token: `` affirmed, `!` negated, `~` reported; `^` first when attributed and asked for. */
export function readingPrefix(t: Token, attribution: boolean): string {
  const p = t.reported ? '~' : t.neg ? '!' : '';
  return attribution && t.attributed ? `^${p}` : p;
}

/** The reading of a token as a number: 0 affirmed, 1 negated, 2 reported, + 4 when attributed and asked for. */
export function readingCode(t: Token, attribution: boolean): number {
  return (t.reported ? 2 : t.neg ? 1 : 0) + (attribution && t.attributed ? 4 : 0);
}

/** How a key id and a reading make one index code. */
export const READINGS = 8;
