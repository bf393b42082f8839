/** Comparison keys of a word (contract step 5): its Snowball stems, with and without accents, and its lemma. */
import type { Locale } from '../types.ts';
import { fold } from './fold.ts';
import { language } from './lang.ts';
import type { LemmaMap } from './lexicon/compact.ts';
import type { TextWord } from './word.ts';

const CACHE_LIMIT = 50_000;
const caches: Record<Locale, Map<string, readonly string[]>> = { fr: new Map(), en: new Map() };
/**
 * The key of the `que` of « ne … que », *only* (no stem of a typed word is this: « seulement » stems to `seul`). An
 * answer's restrictive que has it besides `que`; a phrase's has only it (phrase.ts).
 */
export const ONLY_KEY = 'ne·que';

/** Key lists given as they are: no lemma is added to them (an auxiliary compared as such, segment-rules.ts). */
const FIXED = new WeakSet<readonly string[]>();

/** Marks a list of keys as fixed: a word given them keeps exactly them. */
export function fixedKeys(keys: readonly string[]): readonly string[] {
  FIXED.add(keys);
  return keys;
}

/** Per lemma map: a word's keys, with the stems they were built from (a caller may give other stems). */
const lemmaCaches = new WeakMap<LemmaMap, Map<string, { stems: readonly string[]; keys: readonly string[] }>>();

/** A French plural in -s after a vowel, or in -oux / -eux of a noun (four letters or more). */
const FR_PLURAL = /^(?:.{2,}[aeiouy]s|.+oux|(?:j|f|chev|li|nev|enj)eux)$/;
/** Words in -s that are no plural of the word without it (« mois » is not « moi »). */
const NOT_PLURAL: ReadonlySet<string> = new Set([
  'mois',
  'pays',
  'fois',
  'bus',
  'plus',
  'tous',
  'sous',
  'vous',
  'nous',
]);

/** The stem keys of a lower-cased word: `fold(stem(word))` and `stem(fold(word))` (one key when they agree). */
function stemKeys(word: string, locale: Locale): readonly string[] {
  const cache = caches[locale];
  const hit = cache.get(word);
  if (hit) return hit;
  const { stem } = language(locale);
  const folded = fold(word);
  let a = fold(stem(word));
  let b = folded === word ? a : stem(folded);
  // French plurals Snowball leaves whole (photos, vidéos, ados, amis, jeux, bijoux): keyed as their singular
  if (locale === 'fr' && b === folded && FR_PLURAL.test(folded) && !NOT_PLURAL.has(folded)) {
    b = stem(folded.slice(0, -1));
    if (a === folded) a = b;
  }
  const keys = a === b ? [a] : [a, b];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, keys);
  return keys;
}

/**
 * The keys of a lower-cased word. Two words are the same when their keys intersect: their stems agree,
 * or (r2) both are forms of one lemma of the conjugation table (`=lemma`: fr fallait ~ faut, en brought ~ bring).
 * `stems` may be given when the caller has them already (the word's classification keeps them).
 */
export function wordKeys(
  word: string,
  locale: Locale,
  lemmas?: LemmaMap,
  stems: readonly string[] = stemKeys(word, locale),
): readonly string[] {
  if (!lemmas || lemmas.size === 0 || FIXED.has(stems)) return stems;
  let cache = lemmaCaches.get(lemmas);
  if (!cache) lemmaCaches.set(lemmas, (cache = new Map()));
  const hit = cache.get(word);
  if (hit?.stems === stems) return hit.keys;
  const of = lemmas.get(fold(word));
  const keys = of ? [...stems, ...of.map((l) => `=${l}`)] : stems;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, { stems, keys });
  return keys;
}

/**
 * The keys of a word of an analysed text (its `info` from the segmenter): wordKeys, remembered on the info so that a
 * word typed again is keyed without a look-up.
 */
export function wordKeysOf(w: TextWord, locale: Locale, lemmas: LemmaMap | undefined): readonly string[] {
  const info = w.info;
  const stems = info.stems;
  const m = info.memo;
  if (m !== undefined && m.stems === stems && m.lemmas === lemmas && m.word === w.word) return m.keys;
  const keys = wordKeys(w.word, locale, lemmas, stems);
  info.memo = { word: w.word, stems, lemmas, keys, ids: NO_IDS, generation: -1 };
  return keys;
}

/** Every comparison key a compiled phrase uses, as a small integer (answer words only look keys up). */
const interned = new Map<string, number>();
let generation = 0;
const idCache = new WeakMap<readonly string[], { generation: number; ids: readonly number[] }>();

/** The integer of a phrase key, created on first use. */
export function internKey(key: string): number {
  let id = interned.get(key);
  if (id === undefined) {
    id = interned.size;
    interned.set(key, id);
    generation++;
  }
  return id;
}

const NO_IDS: readonly number[] = [];

/** Changes whenever a new phrase key is interned: an index built before then may lack it. */
export function keyGeneration(): number {
  return generation;
}

/** knownKeyIds of a token's keys, remembered with them on its word's info (wordKeysOf) when it has one. */
export function knownIdsOf(t: { keys: readonly string[] }): readonly number[] {
  const m = (t as Partial<TextWord>).info?.memo;
  if (m === undefined || m.keys !== t.keys) return knownKeyIds(t.keys);
  if (m.generation !== generation) {
    m.ids = knownKeyIds(t.keys);
    m.generation = generation;
  }
  return m.ids;
}

/** The integers of an answer word's keys that some phrase uses (cached per keys array; others cannot match). */
export function knownKeyIds(keys: readonly string[]): readonly number[] {
  const hit = idCache.get(keys);
  if (hit && hit.generation === generation) return hit.ids;
  let ids: number[] | undefined;
  for (const k of keys) {
    const id = interned.get(k);
    if (id !== undefined) (ids ??= []).push(id);
  }
  const result = ids ?? NO_IDS;
  idCache.set(keys, { generation, ids: result });
  return result;
}
