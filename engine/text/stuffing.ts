/**
 * Keyword stuffing (r2): an answer that is a list of keywords rather than words addressed to the person —
 * many short fragments with no sentence, or the same text pasted again at another prompt — earns no
 * positive points. docs/format-notes.md ("Keyword stuffing") gives the exact rule and its calibration.
 */
import type { Locale, Scenario } from '../types.ts';
import type { Token } from './analyse.ts';
import { fold } from './fold.ts';
import { language } from './lang.ts';
import { verbClasses } from './lexicon/classes.ts';

/** Why an answer's positive points are withheld. */
export type Stuffing = 'fragments' | 'repeated';

/** Fewest fragments for a list; most words a fragment of a list has on average; share of fragments with no sentence. */
export const LIST_MIN_FRAGMENTS = 6;
export const LIST_MAX_MEAN_WORDS = 3;
export const LIST_MIN_BARE_SHARE = 0.85;
/** Fewest words for a pasted answer to count as repeated, and how much of it must be the same. */
export const REPEAT_MIN_WORDS = 8;
export const REPEAT_MIN_SHARE = 0.8;

/** Words that make a fragment a sentence addressed to someone: pronouns, question words, forms of être / be. */
const ADDRESS: Record<Locale, ReadonlySet<string>> = {
  fr: new Set(
    (
      'je tu il elle on nous vous ils elles te toi moi me lui leur ca cela ce qui que quoi comment pourquoi est es ' +
      'suis sont'
    ).split(' '),
  ),
  en: new Set(
    (
      'i you he she we they me him us them it this that there what how why who is are was am were be u ya ' +
      'would will'
    ).split(' '),
  ),
};

/** A run of words with no sentence: fewest words, and at most one word that glues a sentence per this many words. */
export const RUN_MIN_WORDS = 6;
export const RUN_WORDS_PER_GLUE = 10;

/** Words that glue words into a sentence besides ADDRESS: articles, prepositions, conjunctions, negation… */
const GLUE: Record<Locale, ReadonlySet<string>> = {
  fr: new Set(
    (
      'le la les l un une des du de d au aux et ou mais donc car or ni a en dans sur sous pour par avec sans chez ' +
      'ne n pas plus jamais rien y se s sa son ses ton ta tes mon ma mes notre votre nos vos si quand comme ' +
      'parce puis aussi tres bien ok oui non ouais bon'
    ).split(' '),
  ),
  en: new Set(
    (
      'the a an and or but so to of in on for with at by from about into not no never my your his her our their ' +
      'its if when because as then also very do does did can could should have has had ok yes yeah let lets'
    ).split(' '),
  ),
};

/** Marks that end a fragment: the clause breaks and the separators the scanner notes (`/`). */
const FRAGMENT_MARKS = '.,;:!?…/';

/** Whether the marks before a word end a fragment (one of FRAGMENT_MARKS among them). */
function endsFragment(before: string): boolean {
  for (let i = 0; i < before.length; i++) if (FRAGMENT_MARKS.includes(before[i]!)) return true;
  return false;
}

/** The words of an answer cut into fragments at `, ; / | • . ! ?`, new lines and spaced dashes. */
function fragmentsOf(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  for (const t of tokens) {
    if (current.length && endsFragment(t.before)) {
      out.push(current);
      current = [];
    }
    current.push(t);
  }
  if (current.length) out.push(current);
  return out;
}

/** How many fragments the answer has, without building them (a cheap test before the real one). */
function countFragments(tokens: readonly Token[]): number {
  let n = tokens.length ? 1 : 0;
  for (let i = 1; i < tokens.length; i++) if (endsFragment(tokens[i]!.before)) n++;
  return n;
}

/** Whether a fragment reads as a sentence: a pronoun, a verb (known classes, imperatives, fr -ez / -ons), six words. */
function isSentence(fragment: readonly Token[], locale: Locale): boolean {
  if (fragment.length >= 6) return true;
  return fragment.some((t) => {
    const f = fold(t.word);
    return addresses(f, locale) || (locale === 'fr' && /.{2}(ez|ons)$/.test(f));
  });
}

/** Whether a folded word addresses someone: a pronoun or question word, a verb of the known classes, an imperative. */
function addresses(f: string, locale: Locale): boolean {
  return ADDRESS[locale].has(f) || verbClasses(locale).has(f) || language(locale).imperatives.has(f);
}

/**
 * Whether the words hold (almost) nothing that makes a sentence: no pronoun, verb, imperative, article,
 * preposition or conjunction, or one per RUN_WORDS_PER_GLUE words at most ("plainte victime deepfake loi 3018").
 * `n` is the text's countWords, when the caller has it.
 */
export function isBareRun(text: string, locale: Locale, n = countWords(text)): boolean {
  if (n < RUN_MIN_WORDS) return false;
  const glue = GLUE[locale];
  const allowed = Math.floor(n / RUN_WORDS_PER_GLUE);
  let found = 0;
  // word by word, stopping at the glue word one too many: a real answer has one within its first words
  const len = text.length;
  let i = 0;
  while (i < len) {
    let size = wordCharAt(text, i);
    if (!size) {
      i += surrogatePairAt(text, i) ? 2 : 1;
      continue;
    }
    const start = i;
    do i += size;
    while (i < len && (size = wordCharAt(text, i)));
    const f = fold(text.slice(start, i).toLowerCase());
    if ((glue.has(f) || addresses(f, locale)) && ++found > allowed) return false;
  }
  return true;
}

/** The characters below this that are `[\p{L}\p{N}]`, looked up in a table (built by that very test). */
const WORD_TABLE_END = 0x800;
const WORD_CHAR_TEST = /^[\p{L}\p{N}]$/u;
const WORD_TABLE = new Uint8Array(WORD_TABLE_END);
for (let c = 0; c < WORD_TABLE_END; c++) WORD_TABLE[c] = WORD_CHAR_TEST.test(String.fromCharCode(c)) ? 1 : 0;

/** Whether a high surrogate and a low one start at i (one code point of two code units). */
function surrogatePairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/**
 * How many code units the code point at i takes when it is a letter or a digit (`[\p{L}\p{N}]`, as the
 * `u` regexes read it), else 0.
 */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < WORD_TABLE_END) return WORD_TABLE[c]!;
  if (surrogatePairAt(text, i)) return WORD_CHAR_TEST.test(text.slice(i, i + 2)) ? 2 : 0;
  return WORD_CHAR_TEST.test(text[i]!) ? 1 : 0;
}

/** 1 for the characters below U+00C0 that countWords reads as part of a word: ASCII letters and digits. */
const ASCII_WORD_CHARS = new Uint8Array(0xc0);
for (let c = 48; c <= 57; c++) ASCII_WORD_CHARS[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD_CHARS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD_CHARS[c] = 1;

/** How many words a text has, roughly (a letter, digit or non-ASCII run), without building them. */
function countWords(text: string): number {
  let n = 0;
  let inWord = 0;
  for (let i = 0, len = text.length; i < len; i++) {
    const c = text.charCodeAt(i);
    const letter = c >= 0xc0 ? 1 : ASCII_WORD_CHARS[c]!;
    n += letter & (inWord ^ 1); // a word starts where a letter follows a non-letter
    inWord = letter;
  }
  return n;
}

/**
 * Whether an answer (its text and analysed words) is a list of keyword fragments. The mean length counts the
 * words as typed, function words included: « ne t'inquiète pas mon grand, ces gens-là ne publient jamais, … » has
 * few words left after the analysis but is a sentence. `words` is the text's countWords, when the caller has it.
 */
export function isKeywordList(
  text: string,
  tokens: readonly Token[],
  locale: Locale,
  words = countWords(text),
): boolean {
  const n = countFragments(tokens);
  if (n < LIST_MIN_FRAGMENTS || words / n > LIST_MAX_MEAN_WORDS) return false;
  const fragments = fragmentsOf(tokens);
  const bare = fragments.filter((f) => !isSentence(f, locale)).length;
  return bare / fragments.length >= LIST_MIN_BARE_SHARE;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => fold(m[0]));
}

/** The share of the longer text's words that the other one also has (a multiset overlap). */
function overlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}

/** Whether an answer repeats one given at another prompt of the session. */
export function isRepeated(text: string, earlier: readonly string[]): boolean {
  const words = wordsOf(text);
  if (words.length < REPEAT_MIN_WORDS) return false;
  return earlier.some((e) => overlap(words, wordsOf(e)) >= REPEAT_MIN_SHARE);
}

/** Whether (and why) an answer is keyword stuffing; `earlier` are the answers given at other prompts. */
export function stuffing(
  text: string,
  tokens: readonly Token[],
  scenario: Pick<Scenario, 'locale' | 'setting'>,
  earlier: readonly string[] = [],
): Stuffing | undefined {
  // A report desk writes notes and notices, where terse fragments are the genre: only pasting counts there.
  if (scenario.setting !== 'report') {
    const words = countWords(text);
    if (isKeywordList(text, tokens, scenario.locale, words) || isBareRun(text, scenario.locale, words))
      return 'fragments';
  }
  if (earlier.length && isRepeated(text, earlier)) return 'repeated';
  return undefined;
}
