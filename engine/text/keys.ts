/** Comparison keys of a word: its Snowball stems, with and without accents (contract step 5). */
import type { Locale } from '../types.ts';
import { fold } from './fold.ts';
import { language } from './lang.ts';

const CACHE_LIMIT = 50_000;
const caches: Record<Locale, Map<string, readonly string[]>> = { fr: new Map(), en: new Map() };

/**
 * The keys of a lower-cased word: `fold(stem(word))` and `stem(fold(word))` (one key when they
 * agree). Two words are the same when their keys intersect.
 */
export function wordKeys(word: string, locale: Locale): readonly string[] {
  const cache = caches[locale];
  const hit = cache.get(word);
  if (hit) return hit;
  const { stem } = language(locale);
  const folded = fold(word);
  const a = fold(stem(word));
  const b = folded === word ? a : stem(folded);
  const keys = a === b ? [a] : [a, b];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, keys);
  return keys;
}
