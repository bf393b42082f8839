/**
 * Step 1, where the contract is silent: the shorthand trainees type on a phone, read as the words it stands
 * for ("jvais" is « je vais », "im" is "I am", "cest" is « c'est »). Each word it gives keeps the range of
 * what was typed, so a highlight covers the shorthand itself. See docs/format-notes.md, "Shorthand".
 */
import type { ScannedWord } from './scan.ts';
import { textWord } from './word.ts';

/** French shorthand, as the words the scanner would read (« je » before a consonant, elisions as `j`, `c`, `t`…). */
const FR_SHORTHAND = new Map<string, readonly string[]>([
  ['chuis', ['je', 'suis']],
  ['chui', ['je', 'suis']],
  ['jsuis', ['je', 'suis']],
  ['jss', ['je', 'suis']],
  ['chais', ['je', 'sais']],
  ['jsp', ['je', 'sais', 'pas']],
  ['jcp', ['je', 'sais', 'pas']],
  ['chepa', ['je', 'sais', 'pas']],
  ['chépa', ['je', 'sais', 'pas']],
  ['jai', ['j', 'ai']],
  ['jen', ['j', 'en']],
  ['jy', ['j', 'y']],
  ['cest', ['c', 'est']],
  ['cetait', ['c', 'était']],
  ['ct', ['c', 'était']],
  ['quil', ['qu', 'il']],
  ['quils', ['qu', 'ils']],
  ['sil', ['s', 'il']],
  ['sils', ['s', 'ils']],
  ['ya', ['il', 'y', 'a']],
  ['tkt', ['t', 'inquiète']],
  ['tqt', ['t', 'inquiète']],
  ['stp', ['s', 'il', 'te', 'plaît']],
  ['svp', ['s', 'il', 'vous', 'plaît']],
  ['pk', ['pourquoi']],
  ['pq', ['pourquoi']],
  ['pkoi', ['pourquoi']],
  ['pourkoi', ['pourquoi']],
  ['bcp', ['beaucoup']],
  ['tjrs', ['toujours']],
  ['tjr', ['toujours']],
  ['tjs', ['toujours']],
  ['ptet', ['peut-être']],
  ['ptetre', ['peut-être']],
  ['ptêtre', ['peut-être']],
  ['qqch', ['quelque', 'chose']],
  ['qqc', ['quelque', 'chose']],
  ['qqun', ["quelqu'un"]],
  ['qqn', ["quelqu'un"]],
  ['qq1', ["quelqu'un"]],
  ['quelquun', ["quelqu'un"]],
  ['mtn', ['maintenant']],
  ['mnt', ['maintenant']],
  ['dsl', ['désolé']],
  ['daccord', ['d', 'accord']],
  ['dac', ['d', 'accord']],
  ['dacc', ['d', 'accord']],
  ['nimporte', ['n', 'importe']],
  ['tlm', ['tout', 'le', 'monde']],
]);

/** English shorthand and apostrophe-less clitics ("im", "youre", "u") read as the words they stand for. */
const EN_SHORTHAND = new Map<string, readonly string[]>([
  ['u', ['you']],
  ['im', ['i', 'am']],
  ['youre', ['you', 'are']],
  ['thats', ['that', 'is']],
  ['whats', ['what', 'is']],
  ['theres', ['there', 'is']],
  ['hes', ['he', 'is']],
  ['shes', ['she', 'is']],
  ['theyre', ['they', 'are']],
  ['ive', ['i', 'have']],
  ['youve', ['you', 'have']],
  ['youll', ['you', 'will']],
  ['itll', ['it', 'will']],
  ['theyll', ['they', 'will']],
  ['youd', ['you', 'would']],
  ['theyd', ['they', 'would']],
  ['shouldve', ['should', 'have']],
  ['couldve', ['could', 'have']],
  ['wouldve', ['would', 'have']],
  ['mustve', ['must', 'have']],
  ['mightve', ['might', 'have']],
  ['idk', ['i', "don't", 'know']],
  ['gonna', ['going', 'to']],
  ['wanna', ['want', 'to']],
  ['pls', ['please']],
  ['plz', ['please']],
  ['cuz', ['because']],
  ['bc', ['because']],
  ['ppl', ['people']],
  ['urself', ['yourself']],
  ['urselves', ['yourselves']],
]);

/** After "ur", these words make it "you are" ("ur not alone", "ur doing great"); otherwise it is "your". */
const UR_ARE_BEFORE = new Set(
  (
    'not so really very too right wrong safe ok okay brave alone allowed welcome in on here there busy sure ' +
    'still just never always totally definitely a an the going gonna being doing'
  ).split(' '),
);
/** Before "its", these words make it the possessive ("on its own", "with its settings"); otherwise "it is". */
const ITS_OWNER_AFTER = new Set(
  'on in with of for by from to about into through onto have has had follow follows use uses'.split(' '),
);

/**
 * After "id" / "ill", these words make them "I would" / "I will" ("id believe her", "ill call you back");
 * otherwise they stay "ID" and "ill" ("his id", "she felt ill").
 */
const I_WOULD_WILL_BEFORE = new Set(
  (
    'believe say be go call tell talk rather probably just never definitely suggest recommend want like love get ' +
    'try ask keep stay also really honestly not have advise start take do make block report screenshot encourage ' +
    'wait think feel need hate help check ring give send pass look explain see put sort find stop always still ' +
    'totally actually personally speak contact text message write leave let come bring'
  ).split(' '),
);

/** The words a shorthand word stands for, in its context, or undefined when it is an ordinary word. */
function expansion(
  w: ScannedWord,
  prev: ScannedWord | undefined,
  next: ScannedWord | undefined,
  text: string,
  english: boolean,
): readonly string[] | undefined {
  const word = w.word;
  if (english) {
    if (word === 'ur')
      return next && (UR_ARE_BEFORE.has(next.word) || next.word.endsWith('ing')) ? ['you', 'are'] : ['your'];
    if (word === 'its')
      return (prev && ITS_OWNER_AFTER.has(prev.word)) || next?.word === 'own' ? undefined : ['it', 'is'];
    if ((word === 'id' || word === 'ill') && next && I_WOULD_WILL_BEFORE.has(next.word))
      return word === 'id' ? ['i', 'would'] : ['i', 'will'];
    if (word === 'r' && prev && (prev.word === 'u' || prev.word === 'we' || prev.word === 'they')) return ['are'];
    return EN_SHORTHAND.get(word);
  }
  const elided = text.charCodeAt(w.end) === 39 || text.charCodeAt(w.end) === 0x2019;
  if (elided) return undefined; // « c' », « t' »: the scanner's own elisions
  const known = FR_SHORTHAND.get(word);
  if (known) return known;
  // « jvais », « jpense », « jte » : no French word starts with j and a consonant
  if (J_CONSONANT.test(word)) return ['je', word.slice(1)];
  if (word === 'c' && next) return ['c', 'est']; // « c pas ta faute », « c grave »
  if (word === 'tes' && next?.word === 'pas') return ['t', 'es']; // « tes pas seule » (not « tes parents »)
  return undefined;
}

/** English words expansion() reads in context, besides the table. */
const EN_CONTEXTUAL = new Set(['ur', 'its', 'r', 'id', 'ill']);
/** « j » + a consonant: « jvais », « jte ». */
const J_CONSONANT = /^j[bcdfgklmnpqrstvwxz]/;

/** (first letter, length) pairs of the shorthand words, per locale: a word that fits none leaves at once. */
function shapesOf(words: Iterable<string>): Uint8Array {
  const shapes = new Uint8Array(128 * 16);
  for (const w of words) shapes[(w.charCodeAt(0) & 127) * 16 + Math.min(w.length, 15)] = 1;
  return shapes;
}
const EN_SHAPES = shapesOf([...EN_SHORTHAND.keys(), ...EN_CONTEXTUAL]);
const FR_SHAPES = shapesOf([...FR_SHORTHAND.keys(), 'c', 'tes']);

/** A quick test that leaves at once for the ordinary words (most of them); the scanner runs it on each word. */
export function mayBeShorthand(word: string, english: boolean): boolean {
  const c = word.charCodeAt(0);
  if (c > 127) return false;
  const shape = (c & 127) * 16 + Math.min(word.length, 15);
  if (english) return EN_SHAPES[shape] === 1 && (EN_SHORTHAND.has(word) || EN_CONTEXTUAL.has(word));
  if (c === 106) return word.length >= 2 && (J_CONSONANT.test(word) || FR_SHORTHAND.has(word));
  return FR_SHAPES[shape] === 1 && (FR_SHORTHAND.has(word) || word === 'c' || word === 'tes');
}

/** Replaces each shorthand word by the words it stands for, each with the typed word's range. */
export function expandShorthand(words: ScannedWord[], text: string, english: boolean): ScannedWord[] {
  let out: ScannedWord[] | undefined;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const parts = mayBeShorthand(w.word, english) ? expansion(w, words[k - 1], words[k + 1], text, english) : undefined;
    if (!parts) {
      out?.push(w);
      continue;
    }
    out ??= words.slice(0, k);
    for (let i = 0; i < parts.length; i++) out.push(textWord(parts[i]!, w.start, w.end, i === 0 ? w.before : ''));
  }
  return out ?? words;
}
