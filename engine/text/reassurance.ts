/**
 * "Don't worry" / « ne t'inquiète pas »: a formula of reassurance is a clause of its own, even without its
 * comma, so its negation does not spread to the statement it comes with ("it'll be taken down dont worry",
 * « t'inquiète pas on va t'aider »). See docs/format-notes.md, "Clauses and negation scope".
 */
import type { Locale } from '../types.ts';
import type { TextWord } from './word.ts';

const EN_DONT = new Set(["don't", 'dont']);
const EN_WORRY = new Set(['worry', 'stress', 'panic', 'fret']);
const FR_WORRY = /^(inqui[eè]t(e|es)?|inqui[eé]tez|fais|faites|stresse[sz]?|panique[sz]?)$/;
/** Subjects before the formula: then it is a statement ("you don't worry enough"), not a reassurance. */
const SUBJECTS = new Set([
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'je',
  'j',
  'tu',
  'il',
  'elle',
  'on',
  'nous',
  'ils',
]);
/** Words that go on the formula's own clause after it ("don't worry about it", « t'inquiète pas pour ça »). */
const GOES_ON = new Set(['about', 'if', 'for', 'too', 'so', 'pour', 'de', 'd', 'si', 'trop', 'comme']);
const BREAKS = /[.,;:!?…]/;

/** The end (exclusive) of a formula of reassurance starting at word k, or -1. */
function formulaEnd(words: readonly TextWord[], k: number, locale: Locale): number {
  const w = (i: number): string => words[i]?.word ?? '';
  if (locale === 'en') {
    if (w(k) === 'no' && w(k + 1) === 'worries') return k + 2;
    const verb = EN_DONT.has(w(k)) ? k + 1 : w(k) === 'do' && w(k + 1) === 'not' ? k + 2 : -1;
    return verb > 0 && EN_WORRY.has(w(verb)) ? verb + 1 : -1;
  }
  let i = w(k) === 'ne' || w(k) === 'n' ? k + 1 : k;
  if (w(i) !== 't' && w(i) !== 'vous') return -1;
  i++;
  if (w(i) === 'en') i++;
  if (!FR_WORRY.test(w(i))) return -1;
  return w(i + 1) === 'pas' ? i + 2 : -1;
}

/** Sets each formula of reassurance off with a clause break before and after it (unless one is there). */
export function setOffReassurance(words: TextWord[], locale: Locale): void {
  for (let k = 0; k < words.length; k++) {
    const end = formulaEnd(words, k, locale);
    if (end < 0) continue;
    const first = words[k]!;
    const prev = words[k - 1];
    if (prev && SUBJECTS.has(prev.word) && !BREAKS.test(first.before)) continue;
    if (prev && !BREAKS.test(first.before)) first.before += ',';
    const after = words[end];
    if (after && !BREAKS.test(after.before) && !GOES_ON.has(after.word)) after.before = ',' + after.before;
    k = end - 1;
  }
}
