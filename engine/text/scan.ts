/** Step 1 of the analysis: the words of a text with their offsets, and the marks between them. */
import { fold } from './fold.ts';
import type { Language } from './lang.ts';
import { expandShorthand, mayBeShorthand } from './shorthand.ts';
import { textWord, type TextWord } from './word.ts';

/** A word as found in the text: lower-cased (NFC), its [start, end) range, and the marks just before it. */
export type ScannedWord = TextWord;

/** English clitics after an apostrophe, as the words they stand for ("you'd" is "you would"). */
const EN_CLITICS: Record<string, string> = { d: 'would', ll: 'will', re: 'are', m: 'am', ve: 'have' };
/** Words after which an English "'s" is "is" (else it is a possessive, dropped). */
const EN_IS_AFTER = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'who', 'where', 'here', 'how', 'this']);
/**
 * After another word, "'s" is "is" (or "has") when a verb form or an adverb follows it ("nobody's going to find
 * out", "my mum's been told", "everything's gone"), and a possessive before a noun ("nobody's fault", "the
 * school's safeguarding lead": a few nouns end in -ing).
 */
const EN_IS_BEFORE =
  /^\s+(going|gonna|been|got|gotten|gone|not|never|always|still|just|really|so|too|very|already|[a-z]+ing)\b/i;
const ING_NOUNS = new Set(
  (
    'meeting safeguarding building wedding morning evening feeling feelings thing things nothing something ' +
    'everything anything clothing training setting settings ring king spring sibling darling ceiling painting ' +
    'drawing recording parking shopping'
  ).split(' '),
);

/**
 * Splits a text into lower-cased words, each with the clause breaks and quotation marks before it. Hyphens
 * and apostrophes split words; French elisions (`l' j' t' d' qu' s' m' c' n'`) are separate words (`n'` is
 * `ne`, "quelqu'un" stays whole); an English "n't" stays on its word ("don't"), and the other English
 * clitics become the words they stand for ("you'd" → you would, "he's" → he is; a possessive 's is dropped).
 */
export function scan(text: string, lang: Language, english: boolean): ScannedWord[] {
  const out: ScannedWord[] = [];
  let marks = '';
  let apostropheAt = -1; // the end of the last apostrophe seen, when it touched the word before it
  let last: ScannedWord | undefined;
  let shorthand = false; // a word of shorthand seen ("jvais", "im"): the words are read as it stands for
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = charKind(c, text, i);
    if (kind === NOTHING) {
      if (c !== 32) marks += markOf(c, text, i); // a space leaves no mark
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      apostropheAt = -1;
      continue;
    }
    if (kind === APOSTROPHE) {
      apostropheAt = last && last.end === i && !marks ? i + 1 : -1;
      if (last && apostropheAt > 0 && !english) joinElision(last, lang);
      i++;
      continue;
    }
    if (kind === MARK) {
      marks += text[i]!;
      apostropheAt = -1;
      i++;
      continue;
    }
    const start = i;
    let ascii = c < 128;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (charKind(d, text, i) !== LETTER) break;
      if (d >= 128) ascii = false;
      i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
    }
    let word = text.slice(start, i).toLowerCase();
    if (!ascii && mayNeedNfc(word)) word = word.normalize('NFC');
    // « peut-être » is one word (perhaps), not « peut » + « être »
    if (
      word === 'peut' &&
      !english &&
      text.charCodeAt(i) === 45 &&
      /^[eê]tre(?![\p{L}])/iu.test(text.slice(i + 1, i + 7))
    ) {
      i += 5;
      word = 'peut-être';
    }
    if (apostropheAt === start && last && afterApostrophe(last, word, i, english, out, text) === 'done') {
      apostropheAt = -1;
      continue;
    }
    out.push((last = textWord(word, start, i, marks)));
    shorthand ||= mayBeShorthand(word, english);
    marks = '';
    apostropheAt = -1;
  }
  return shorthand ? expandShorthand(out, text, english) : out;
}

/**
 * Whether NFC may change a lower-cased word: only when it holds a character from U+0300 on (a combining accent, or
 * a letter beyond the Latin ranges). A word of Latin-1 and Latin Extended letters is NFC as it stands, whatever its
 * letters (checked over every pair of characters below U+0300), so the common French word skips normalize().
 */
function mayNeedNfc(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x300) return true;
  return false;
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/**
 * The mark a character that is no word leaves: a fragment separator (for keyword stuffing: `/ | • · * +`, a new
 * line, a dash between spaces), an emoji (it ends its clause as a comma would: "bad way to put it 🙏 ur not
 * stupid"), or nothing.
 */
function markOf(c: number, text: string, i: number): string {
  if (isSeparator(c, text, i)) return isDashOrLine(c) ? SEPARATOR + ';' : SEPARATOR;
  if (c >= 0x2600 && PICTOGRAPHIC.test(String.fromCodePoint(text.codePointAt(i)!))) return ',';
  return '';
}

/** The mark a fragment separator leaves in `before` (it ends no clause). */
export const SEPARATOR = '/';

const ASCII_SEPARATORS = new Uint8Array(128);
for (const m of '/|*+\n\r') ASCII_SEPARATORS[m.charCodeAt(0)] = 1;

/** A dash between words or a new line also ends a clause ("she says she won't — that's a relief"). */
function isDashOrLine(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 10 || c === 13;
}

function isSeparator(c: number, text: string, i: number): boolean {
  if (c < 128) return ASCII_SEPARATORS[c] === 1 || (c === 45 && text[i - 1] === ' ' && text[i + 1] === ' ');
  return c === 0x2022 || c === 0xb7 || c === 0x2013 || c === 0x2014;
}

const NOTHING = 0;
const LETTER = 1;
const APOSTROPHE = 2;
const MARK = 3;

/** What a character is for the scanner: part of a word, an apostrophe, a break or quotation mark, or nothing. */
function charKind(c: number, text: string, i: number): number {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return LETTER;
    if (c === 39 || c === 96) return APOSTROPHE;
    return ASCII_MARKS[c] === 1 ? MARK : NOTHING;
  }
  if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0xb4 || c === 0x2032) return APOSTROPHE;
  if (
    c === 0x2026 ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x201e ||
    c === 0x2039 ||
    c === 0x203a
  )
    return MARK;
  // Latin-1 and Latin Extended letters, combining accents: the common case in French, without a regex.
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f)) return LETTER;
  if (c < 0xc0)
    return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xb2 && c <= 0xb3) || c === 0xb9 ? LETTER : NOTHING;
  const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
  return WORD_CHAR.test(ch) ? LETTER : NOTHING;
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]+$/u;
const ASCII_MARKS = new Uint8Array(128);
for (const m of '.,;:!?"') ASCII_MARKS[m.charCodeAt(0)] = 1;

/** French: the word before an apostrophe is an elision (`qu'` stays `qu`, `n'` becomes `ne`). */
function joinElision(last: ScannedWord, lang: Language): void {
  if (last.word.length > 2) return; // every elided word is one or two letters (l j t d qu s m c n)
  const elided = lang.elisions.get(last.word);
  if (elided !== undefined) last.word = elided;
}

/** Whether the words after an English "'s" make it a verb ("is", "has"), not a possessive. */
function isBeforeVerb(text: string, end: number): boolean {
  const m = EN_IS_BEFORE.exec(text.slice(end, end + 24));
  return m !== null && !ING_NOUNS.has(m[1]!.toLowerCase());
}

/**
 * The word right after an apostrophe: English "n't" and clitics, French "quelqu'un". Returns 'done'
 * when it was merged into the previous word (or dropped), else lets the caller add it as a word.
 */
function afterApostrophe(
  last: ScannedWord,
  word: string,
  end: number,
  english: boolean,
  out: ScannedWord[],
  text: string,
): 'done' | 'word' {
  if (english) {
    if (word === 't' && last.word.endsWith('n')) {
      last.word = `${last.word}'t`;
      last.end = end;
      return 'done';
    }
    if (word === 's') {
      if (!EN_IS_AFTER.has(last.word) && !isBeforeVerb(text, end)) return 'done'; // a possessive
      out.push(textWord('is', last.end, end, ''));
      return 'done';
    }
    const clitic = EN_CLITICS[word];
    if (clitic) {
      out.push(textWord(clitic, last.end, end, ''));
      return 'done';
    }
    return 'word';
  }
  if (fold(last.word) === 'quelqu' && (word === 'un' || word === 'une')) {
    last.word = `quelqu'${word}`;
    last.end = end;
    return 'done';
  }
  return 'word';
}
