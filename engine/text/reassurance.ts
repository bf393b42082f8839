/**
 * "Don't worry" / « ne t'inquiète pas »: a formula of reassurance is a clause of its own, even without its
 * comma, so its negation does not spread to the statement it comes with ("it'll be taken down dont worry",
 * « t'inquiète pas on va t'aider »). See docs/format-notes.md, "Clauses and negation scope".
 */
import type { Locale } from '../types.ts';
import type { Language } from './lang.ts';
import { endsClause } from './segment.ts';
import type { TextWord } from './word.ts';

const EN_DONT = new Set(["don't", 'dont']);
const EN_WORRY = new Set(['worry', 'stress', 'panic', 'fret']);
const FR_WORRY = /^(inqui[eè]t(e|es)?|inqui[eé]tez|fais|faites|stresse[sz]?|panique[sz]?)$/;
/** Words that go on the formula's own clause after it ("don't worry about it", « t'inquiète pas pour ça »). */
const GOES_ON = new Set(['about', 'if', 'for', 'too', 'so', 'pour', 'de', 'd', 'si', 'trop', 'comme']);
/** The words a formula may start with (most words are none of them, and leave at once). */
const FIRST_WORDS = new Set(["don't", 'dont', 'do', 'no', 'ne', 't', 'vous']);

/** The word at i, or '' (a function, not a closure per call: this runs on every word). */
function wordAt(words: readonly TextWord[], i: number): string {
  return words[i]?.word ?? '';
}

/** The end (exclusive) of a formula of reassurance starting at word k, or -1. */
function formulaEnd(words: readonly TextWord[], k: number, locale: Locale): number {
  const first = words[k]!.word;
  // « inquiétez-vous pas », « inquiete toi pas » (the imperative, its pronoun after it)
  if (locale === 'fr' && first.startsWith('inqui') && FR_WORRY.test(first)) {
    const pronoun = wordAt(words, k + 1);
    return (pronoun === 'vous' || pronoun === 'toi') && wordAt(words, k + 2) === 'pas' ? k + 3 : -1;
  }
  if (!FIRST_WORDS.has(first)) return -1;
  if (locale === 'en') {
    if (first === 'no') return wordAt(words, k + 1) === 'worries' ? k + 2 : -1;
    const verb = EN_DONT.has(first) ? k + 1 : first === 'do' && wordAt(words, k + 1) === 'not' ? k + 2 : -1;
    return verb > 0 && EN_WORRY.has(wordAt(words, verb)) ? verb + 1 : -1;
  }
  let i = first === 'ne' ? k + 1 : k;
  if (wordAt(words, i) !== 't' && wordAt(words, i) !== 'vous') return -1;
  i++;
  if (wordAt(words, i) === 'en') i++;
  if (!FR_WORRY.test(wordAt(words, i))) return -1;
  return wordAt(words, i + 1) === 'pas' ? i + 2 : -1;
}

/** A quick test on the text: only an answer that holds one of these may hold a formula of reassurance. */
const MAY_REASSURE = /worr|stress|panic|fret|inqui|fais|faites|paniqu/i;

/** Sets each formula of reassurance off with a clause break before and after it (unless one is there). */
export function setOffReassurance(words: TextWord[], text: string, lang: Language, locale: Locale): void {
  if (!MAY_REASSURE.test(text)) return;
  for (let k = 0; k < words.length; k++) {
    const end = formulaEnd(words, k, locale);
    if (end < 0) continue;
    const first = words[k]!;
    const prev = words[k - 1];
    if (prev && !endsClause(first.before)) {
      if (lang.subjects.has(prev.word)) continue; // "you don't worry enough" is a statement
      first.before += ',';
    }
    const after = words[end];
    if (after && !endsClause(after.before) && !GOES_ON.has(after.word)) after.before = ',' + after.before;
    k = end - 1;
  }
}
