/** Steps 1–5 of the contract's text analysis: words, clauses, negation, function words, stems. */
import type { Locale } from '../types.ts';
import { fold } from './fold.ts';
import { wordKeys } from './keys.ts';
import { language, type Language } from './lang.ts';
import { scan } from './scan.ts';

/** A word left after the analysis, as a phrase or an answer is compared. */
export interface Token {
  /** The word, lower-cased as typed. */
  word: string;
  /** Its comparison keys (stems with and without accents); two words are the same when keys intersect. */
  keys: readonly string[];
  /** True when the word's clause holds a negation marker. */
  neg: boolean;
  /** Index of the clause in the text (0-based). */
  clause: number;
  /** Character range [start, end) in the original text. */
  start: number;
  end: number;
}

type Kind = 'word' | 'marker' | 'ne' | 'plus' | 'drop' | 'break';

const KIND_CACHE_LIMIT = 50_000;
const kinds: Record<Locale, Map<string, Kind>> = { fr: new Map(), en: new Map() };

/** What a word does in the analysis (cached per locale). */
function kindOf(word: string, lang: Language, locale: Locale): Kind {
  const cache = kinds[locale];
  let kind = cache.get(word);
  if (kind === undefined) {
    kind = classify(word, lang, locale);
    if (cache.size >= KIND_CACHE_LIMIT) cache.clear();
    cache.set(word, kind);
  }
  return kind;
}

function classify(word: string, lang: Language, locale: Locale): Kind {
  const f = fold(word);
  if (lang.clauseWords.has(f)) return 'break';
  if (f === 'ne' && locale === 'fr') return 'ne';
  if (lang.markers.has(f) || lang.isNegatedContraction(f.replace(/[’‘ʼ`´′]/gu, "'"))) return 'marker';
  if (f === 'plus' && locale === 'fr') return 'plus';
  if (lang.functionWords.has(f)) return 'drop';
  for (const k of wordKeys(word, locale)) if (lang.markerStems.has(k)) return 'marker';
  return 'word';
}

/** Analyses a text for a locale: the words to compare, each with its negation and character range. */
export function analyse(text: string, locale: Locale): Token[] {
  const lang = language(locale);
  const tokens: Token[] = [];
  let clause = 0;
  let pending: Array<{ word: string; kind: Kind; start: number; end: number }> = [];
  const flush = () => {
    let ne = false;
    let neg = false;
    for (const p of pending) {
      if (p.kind === 'ne') ne = true;
      if (p.kind === 'marker' || p.kind === 'ne') neg = true;
    }
    if (ne && pending.some((p) => p.kind === 'plus')) neg = true;
    for (const p of pending) {
      if (p.kind === 'word' || (p.kind === 'plus' && !ne)) {
        tokens.push({ word: p.word, keys: wordKeys(p.word, locale), neg, clause, start: p.start, end: p.end });
      }
    }
    if (pending.length) clause++;
    pending = [];
  };
  for (const piece of scan(text, lang, locale === 'en')) {
    const kind = piece.word === null ? 'break' : kindOf(piece.word, lang, locale);
    if (kind === 'break') {
      flush();
      continue;
    }
    if (kind !== 'drop') pending.push({ word: piece.word!, kind, start: piece.start, end: piece.end });
  }
  flush();
  return tokens;
}
