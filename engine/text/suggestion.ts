/**
 * A negated question that suggests: « Tu pourrais pas demander à ta coloc ? », "Why don't you tell your mum?",
 * "Couldn't you ask her?" ask the person to do it; they do not say it should not be done. Run on the segmented
 * words, before their readings: the negation of such a question is taken out of its scope. See
 * docs/format-notes.md, "Clauses and negation scope".
 */
import type { Locale } from '../types.ts';
import type { Language } from './lang.ts';
import type { Range } from './scope.ts';
import { isInfinitive } from './segment-words.ts';
import type { TextWord } from './word.ts';

/** Forms of pouvoir / vouloir that ask when negated in a question (« tu pourrais pas… ? », « tu veux pas… ? »). */
const FR_ASKING_MODALS = new Set(
  'pourrais pourriez pourrait pourrions peux pouvez peut voudrais voudriez veux voulez'.split(' '),
);
/** English n't forms that ask when they open a question with "you" ("can't you…?", "why don't you…?"). */
const EN_ASKING = new Set("can't cant couldn't couldnt won't wont wouldn't wouldnt don't dont".split(' '));

/** The subjects of a French suggesting question: the person addressed (« tu pourrais pas… ? », « on peut pas… ? »). */
const ADDRESSED = new Set(['tu', 't', 'vous', 'on']);

/** Takes the negation out of each clause that is a suggesting question (it ends with `?`). */
export function readSuggestions(words: readonly TextWord[], text: string, lang: Language, locale: Locale): void {
  if (!text.includes('?')) return;
  let first = 0;
  for (let k = 0; k < words.length; k++) {
    const next = words[k + 1];
    if (next && next.clause === words[k]!.clause) continue;
    const tail = next ? next.before : text.slice(words[k]!.end);
    if (/^[^.,;:!]*\?/.test(tail)) unnegateSuggestion(words, first, k + 1, lang, locale);
    first = k + 1;
  }
}

/** In words[from, to) — one clause, a question —, removes the marker of a suggesting question from its scope. */
function unnegateSuggestion(
  words: readonly TextWord[],
  from: number,
  to: number,
  lang: Language,
  locale: Locale,
): void {
  let i = from;
  if (locale === 'en') {
    const opener = fAt(words, from, to, i);
    if (opener === 'why' || opener === 'so') i++;
    const f = fAt(words, from, to, i);
    const opens = EN_ASKING.has(f) && fAt(words, from, to, i + 1) === 'you';
    if (opens || (opener === 'why' && f === 'not')) drop(words[i]!);
    return;
  }
  // « pourquoi tu l'appelles pas ? », « pourquoi vous n'en parlez pas à sa mère ? »: why don't you
  const why = fAt(words, from, to, i) === 'pourquoi';
  if (why) i++;
  const addressed = ADDRESSED.has(fAt(words, from, to, i));
  if (addressed) i++;
  const ne = fAt(words, from, to, i) === 'ne' ? words[i++] : undefined;
  while (i < to && lang.objects.has(fAt(words, from, to, i))) i++;
  // in the past (« pourquoi tu l'as pas dit ? », « pourquoi tu disais rien ? ») it is a reproach: kept
  const present = i < to && words[i]!.info.role === 'word' && !words[i]!.info.classes.has('aux');
  if (why && addressed && present && !imperfect(words[i]!.info.f) && fAt(words, from, to, i + 1) === 'pas') {
    drop(words[i + 1]!);
    if (ne) dropNe(ne);
    return;
  }
  if (!FR_ASKING_MODALS.has(fAt(words, from, to, i)) || fAt(words, from, to, i + 1) !== 'pas') return;
  let v = i + 2;
  while (v < to && lang.objects.has(fAt(words, from, to, v))) v++;
  // what follows « tu pourrais pas » is its infinitive, of any group (« réécrire », « venir », « voir »)
  if (v >= to || !(isInfinitive(words[v]!.info, lang, locale) || /(ir|re)$/.test(words[v]!.info.f))) return;
  drop(words[i + 1]!);
  if (ne) dropNe(ne);
}

/** Takes a suggesting question's « ne » out of its scope. */
function dropNe(ne: TextWord): void {
  const s = ne.scope;
  if (s.ne && s.ne[0] === ne.start) s.ne = undefined;
}

/** The imperfect reproaches (« tu disais »); the conditional suggests (« pourquoi tu ne ferais pas semblant ? »). */
function imperfect(f: string): boolean {
  return /(ais|ait|iez)$/.test(f) && !/r(ais|ait|iez)$/.test(f);
}

/** The folded word at i inside [from, to), or ''. */
function fAt(words: readonly TextWord[], from: number, to: number, i: number): string {
  return i >= from && i < to ? words[i]!.info.f : '';
}

/** Removes a marker word's range from its scope. */
function drop(marker: TextWord): void {
  const s = marker.scope;
  s.markers = s.markers.filter((r: Range) => r[0] !== marker.start);
}
