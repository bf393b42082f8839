/** The words of a text as units the clause segmenter reads: each with what it does in the analysis. */
import type { Locale } from '../types.ts';
import { fold } from './fold.ts';
import { wordKeys } from './keys.ts';
import { SAID_IMPERATIVES, type Language } from './lang.ts';
import { verbClasses, type VerbClass } from './lexicon/classes.ts';

/** What a word does: a word to match, a function word, a negation marker, `ne`, `plus`, a clause word,
 * a negative pronoun that stays a word (personne, nobody), or a marker that works as a verb of stopping
 * (éviter, refuser, avoid, refuse). */
export type Role = 'word' | 'drop' | 'marker' | 'negWord' | 'ne' | 'plus' | 'break' | 'stopMarker';

/** What the analysis knows of one word, whatever its place. */
export interface WordInfo {
  /** Folded (lower case, no accents). */
  f: string;
  role: Role;
  /** The closed verb classes it is a form of (empty for most words). */
  classes: ReadonlySet<VerbClass>;
  /** What the segmenter may do with it (OPENS, SUBJECT bits): most words are 0 and skip every test. */
  mask: number;
  /** Its stem keys (wordKeys without a conjugation table), kept here so the analysis looks them up once. */
  stems: readonly string[];
  /**
   * The analysis's last comparison keys for this word (keys.ts wordKeysOf): valid for the same word, stems and
   * conjugation table. A copy of the info made for other stems (segment-rules.ts) carries it, and misses.
   */
  memo?: KeyMemo | undefined;
}

/** What wordKeysOf remembers on a word's info: the keys computed last, and the known key ids of them. */
export interface KeyMemo {
  word: string;
  stems: readonly string[];
  lemmas: unknown;
  keys: readonly string[];
  /** knownKeyIds(keys) at key generation `generation` (-1: not yet asked). */
  ids: readonly number[];
  generation: number;
}

/** The word may open a scope: a subordinator, a relative pronoun, an introducer, "sans". */
export const OPENS = 1;
/** The word is a subject pronoun. */
export const SUBJECT = 2;
/** The word is a copula that may pass a verdict on a topic (« payer c'est dangereux », "paying is pointless"). */
export const COPULA = 4;
/** The word may open what « plutôt que », « au lieu de », "rather than", "instead of" set aside. */
export const SETS_ASIDE = 8;
/** The word names a wish (vouloir, envie, want, urge…): the trainee may be describing the caller's. */
export const WISH = 16;

/** The word is a form of « aller » that may make a near future, or English "going" (segment-rules.ts nearFutureAt). */
export const GO = 32;
/** The word is a French form of « vouloir » (segment-rules.ts markEnVouloir). */
export const VOULOIR_FORM = 64;

/** The word is a pronoun that takes up a fronted topic (« Payer, ça… », « …, c'est… »): TOPIC_PRONOUNS. */
export const TOPIC = 128;
/** The word may open an exception (« sauf si », « à moins que », "unless"…): EXCEPTION_WORDS. */
export const EXCEPTION = 256;

/** The pronouns that take up a fronted topic (segment.ts). */
const TOPIC_PRONOUNS: ReadonlySet<string> = new Set(['ca', 'c', 'cela', 'ce']);
/** The words that may open an exception (segment.ts isException). */
const EXCEPTION_WORDS: ReadonlySet<string> = new Set(['sauf', 'moins', 'sans', 'unless', 'except', 'without']);

/** Forms of « aller » that make a near future (« je vais t'aider », « j'allais te le dire »), and English "going". */
const GO_FORMS: Record<Locale, ReadonlySet<string>> = {
  fr: new Set(['vais', 'vas', 'va', 'allons', 'allez', 'vont', 'allais', 'allait', 'allions', 'alliez', 'allaient']),
  en: new Set(['going']),
};
/** Forms of « vouloir ». */
const FR_VOULOIR =
  /^(veux|veut|voulons|voulez|veulent|voulais|voulait|voulions|vouliez|voulaient|voudr(ai|as|a|ons|ez|ont|ais|ait|ions|iez|aient)|voulu|voulue|vouloir|veuille|veuilles|veuillent)$/;

/** Forms of vouloir and nouns of wishing, en want and urge (see Segmenter.understoodWish). */
const WISHES: ReadonlySet<string> = new Set(
  (
    'veux veut voulons voulez veulent veuille veuilles veuillent voulais voulait vouliez voulaient voudrais ' +
    'voudrait voudriez voudraient envie tentation want wants wanted wanting wanna urge temptation'
  ).split(' '),
);

/** Copulas before a verdict on a topic, present or to come (in the past they judge what was done). */
const COPULAS: ReadonlySet<string> = new Set(['est', 'serait', 'sera', 'is', 'would', 'will']);
const SET_ASIDE_AFTER: ReadonlySet<string> = new Set(['que', 'qu', 'de', 'd', 'than', 'of']);

/** Question words that open what "peu importe" / "no matter" concedes ("peu importe pourquoi…"). */
export const CONCESSIVE_WH: ReadonlySet<string> = new Set(
  'pourquoi comment quoi ce qui quand ou combien si why what how who whether when where which if'.split(' '),
);

function maskOf(f: string, raw: string, lang: Language, locale: Locale): number {
  let m = (COPULAS.has(f) ? COPULA : 0) | (SET_ASIDE_AFTER.has(f) ? SETS_ASIDE : 0) | (WISHES.has(f) ? WISH : 0);
  if (GO_FORMS[locale].has(f)) m |= GO;
  if (TOPIC_PRONOUNS.has(f)) m |= TOPIC;
  if (EXCEPTION_WORDS.has(f)) m |= EXCEPTION;
  if (locale === 'fr' && FR_VOULOIR.test(f)) m |= VOULOIR_FORM;
  if (lang.subjects.has(f)) m |= SUBJECT | (locale === 'en' ? OPENS : 0);
  const pairSecond = [...lang.subordinatorPairs.values()].some((set) => set.has(f));
  if (
    pairSecond ||
    lang.subordinators.has(f) ||
    lang.relatives.has(f) ||
    f === 'sans' ||
    f === 'without' ||
    (locale === 'en' ? f === 'once' : f === 'fois' || f === 'genre') ||
    CONCESSIVE_WH.has(f) ||
    (locale === 'fr' && (f === 'que' || f === 'qu' || f === 'de' || f === 'd' || f === 's' || raw === 'à')) ||
    (locale === 'en' &&
      (f === 'that' ||
        f === 'to' ||
        f === 'not' ||
        f === 'never' ||
        f === 'from' ||
        f === 'so' ||
        f.endsWith('ing') ||
        EN_NOUN_SUBJECT_START.has(f) ||
        SAID_IMPERATIVES.has(f) ||
        lang.nounPronouns.has(f) ||
        lang.negativeWords.has(f)))
  )
    m |= OPENS;
  return m;
}

/** Determiners and quantifiers that may open a noun subject after a verb of thinking ("I doubt the police will…"). */
export const EN_NOUN_SUBJECT_START: ReadonlySet<string> = new Set(
  'some these those the most many lots loads all'.split(' '),
);

const CACHE_LIMIT = 50_000;
const caches: Record<Locale, Map<string, WordInfo>> = { fr: new Map(), en: new Map() };

/** Nouns that share their stem with éviter / refuser / avoid / refuse. */
const STOP_NOUNS: ReadonlySet<string> = new Set(['refus', 'evitement', 'refusal', 'refusals', 'avoidance']);

function roleOf(word: string, f: string, stems: readonly string[], lang: Language, locale: Locale): Role {
  if (lang.clauseWords.has(f)) return 'break';
  if (f === 'ne' && locale === 'fr') return 'ne';
  if (lang.markers.has(f) || lang.isNegatedContraction(f.replace(/[’‘ʼ`´′]/gu, "'"))) return 'marker';
  if (lang.negativeWords.has(f)) return 'negWord';
  if (f === 'plus' && locale === 'fr') return 'plus';
  if (lang.functionWords.has(f)) return 'drop';
  // « le refus d'Insta », "a refusal", « l'évitement »: the nouns negate nothing
  if (!STOP_NOUNS.has(f)) for (const k of stems) if (lang.markerStems.has(k)) return 'stopMarker';
  return 'word';
}

/** The classification of one lower-cased word (cached per locale). */
export function classify(word: string, lang: Language, locale: Locale): WordInfo {
  const cache = caches[locale];
  let hit = cache.get(word);
  if (!hit) {
    const f = fold(word);
    const stems = wordKeys(word, locale);
    hit = {
      f,
      role: roleOf(word, f, stems, lang, locale),
      classes: verbClasses(locale).get(f) ?? new Set(),
      mask: maskOf(f, word, lang, locale),
      stems,
      memo: undefined,
    };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, hit);
  }
  return hit;
}
