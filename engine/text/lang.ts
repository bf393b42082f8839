/** The per-language tables of the text analysis (contract "Matching free text", steps 1–5, r2). */
import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stem as englishStem } from 'porter2';
import type { Locale } from '../types.ts';

/** What the analysis needs to know about one language. All words are folded (lower case, no accents). */
export interface Language {
  /** Snowball stemmer of the language (lower-case input). */
  stem(word: string): string;
  /** Elided words split off before an apostrophe: `n` becomes the word `ne`. */
  elisions: ReadonlyMap<string, string>;
  /** Words that end a clause and are dropped. */
  clauseWords: ReadonlySet<string>;
  /** Negation markers, dropped after use. */
  markers: ReadonlySet<string>;
  /** Negative pronouns that negate their scope and stay words to match ("personne ne le saura", "nobody"). */
  negativeWords: ReadonlySet<string>;
  /** Folded stems whose forms are markers that work as verbs of stopping (éviter, refuser, avoid, refuse). */
  markerStems: ReadonlySet<string>;
  /** Words dropped as function words. */
  functionWords: ReadonlySet<string>;
  /** English: whole words such as "don't" are markers; apostrophe-less "dont" counts too. */
  isNegatedContraction(word: string): boolean;
  /** Words that open a conditional, time or other subordinate clause (a scope of its own). */
  subordinators: ReadonlySet<string>;
  /** Second words of two-word subordinators, keyed by the first ("parce que", "so that"). */
  subordinatorPairs: ReadonlyMap<string, ReadonlySet<string>>;
  /** Relative pronouns: they open a relative clause after a noun or a pronoun. */
  relatives: ReadonlySet<string>;
  /** Subject pronouns (and words that start a clause as its subject). */
  subjects: ReadonlySet<string>;
  /** The trainee's own subjects (fr je, nous; en I, we). */
  ownSubjects: ReadonlySet<string>;
  /** Object pronouns and clitics, skipped between a verb and what it introduces. */
  objects: ReadonlySet<string>;
  /** Determiners and possessives: the next word is a noun. */
  determiners: ReadonlySet<string>;
  /** Pronouns a relative clause may follow ("quelqu'un qui", "someone you…"). */
  nounPronouns: ReadonlySet<string>;
  /** Frequent imperatives: after a negated fronted condition, one of these starts the main clause. */
  imperatives: ReadonlySet<string>;
  /** Nouns or adjectives that work like a verb of stopping before de / to ("peur de", "afraid to"). */
  stopNouns: ReadonlySet<string>;
}

/** A list of words written as one string. */
const words = (list: string): string[] => list.split(' ');

const FR_ELISIONS = ['l', 'j', 't', 'd', 'qu', 's', 'm', 'c'];

/**
 * The French stemmer, except that the forms of « tuer » (stem `tu`) do not meet the pronoun « tu » (« te
 * tuer » must not match « te demande si tu… »), and « faute(s) » (stem `faut`) does not meet « il faut »
 * (« la faute est à lui » must not match « il faut être à lui »).
 */
function stemFrench(word: string): string {
  const s = frenchStem(word);
  if (s === 'tu' && word !== 'tu') return 'tue';
  return s === 'faut' && word.startsWith('faute') ? 'faute' : s;
}

const fr: Language = {
  stem: stemFrench,
  elisions: new Map([...FR_ELISIONS.map((e): [string, string] => [e, e]), ['n', 'ne']]),
  clauseWords: new Set(words('et mais puis')),
  markers: new Set(words('ne pas jamais rien aucun aucune ni sans')),
  negativeWords: new Set(words('personne')),
  markerStems: new Set(words('evit refus')),
  functionWords: new Set([
    'le',
    'la',
    'les',
    'un',
    'une',
    'des',
    'de',
    'du',
    'au',
    'aux',
    'a',
    'en',
    'y',
    ...FR_ELISIONS,
  ]),
  isNegatedContraction: () => false,
  subordinators: new Set(words('si quand lorsque lorsqu puisque puisqu car pour afin')),
  subordinatorPairs: new Map([
    ['parce', new Set(words('que qu'))],
    ['bien', new Set(words('que qu'))],
    ['alors', new Set(words('que qu'))],
    ['pendant', new Set(words('que qu'))],
    ['tandis', new Set(words('que qu'))],
    ['avant', new Set(words('que qu'))],
    ['apres', new Set(words('que qu'))],
    ['des', new Set(words('que qu'))],
    ['tant', new Set(words('que qu'))],
  ]),
  relatives: new Set(words('qui que qu dont ou')),
  subjects: new Set(words('je j tu t il elle on nous vous ils elles ca cela c ce')),
  ownSubjects: new Set(words('je j nous')),
  objects: new Set(words('me m te t se s lui leur nous vous le la les l y en moi toi')),
  determiners: new Set(
    words(
      'le la les l un une des du de d ce cet cette ces mon ma mes ton ta tes son sa ses notre ' +
        'votre nos vos leur leurs quel quelle chaque plusieurs certains certaines aucun aucune au ' +
        'aux',
    ),
  ),
  nounPronouns: new Set(
    words(
      "quelqu'un quelqu'une celui celle ceux celles ce lui elle eux toi moi chose rien tout tous la personne " +
        'ca cela ceci',
    ),
  ),
  imperatives: new Set(
    words(
      'appelle appelez rappelle rappelez parle parlez dis dites va allez viens venez contacte ' +
        'contactez ecris ecrivez bloque bloquez garde gardez signale signalez fais faites demande ' +
        'demandez essaie essayez previens prevenez note notez prends prenez envoie compose composez ' +
        'pense pensez reviens revenez',
    ),
  ),
  stopNouns: new Set(words('peur honte inutile')),
};

/** Apostrophe-less spellings of n't words that trainees type ("dont pay"): read as "don't". */
const EN_BARE_CONTRACTIONS = new Set(
  words(
    'dont doesnt didnt isnt arent wasnt werent cant couldnt shouldnt wouldnt wont havent hasnt ' +
      'hadnt mustnt neednt aint',
  ),
);

const en: Language = {
  stem: englishStem,
  elisions: new Map(),
  clauseWords: new Set(words('and but then')),
  markers: new Set(words('not no never nothing without cannot')),
  negativeWords: new Set(words('nobody none nor neither nowhere noone')),
  markerStems: new Set(words('avoid refus')),
  functionWords: new Set(words('the a an of to')),
  isNegatedContraction: (w) => w.endsWith("n't") || EN_BARE_CONTRACTIONS.has(w),
  subordinators: new Set(
    words('if when unless because cos coz cuz although though while whereas before after until till whenever'),
  ),
  subordinatorPairs: new Map([
    ['so', new Set(words('that'))],
    ['soon', new Set(words('as'))],
    ['even', new Set(words('though'))],
    ['in', new Set(words('case'))],
  ]),
  relatives: new Set(words('who whom which')),
  subjects: new Set(words('i you he she it we they u ya there')),
  ownSubjects: new Set(words('i we')),
  objects: new Set(words('me you him her them us it u')),
  determiners: new Set(
    words(
      'the a an this these those my your his her our their its some any every each another other ' +
        'which what ur that',
    ),
  ),
  nounPronouns: new Set(
    words(
      'someone somebody anyone anybody everyone everybody nobody something anything everything ' +
        'nothing one people things stuff strangers guys men women kids friends photos pictures ' +
        'images videos messages',
    ),
  ),
  imperatives: new Set(
    words(
      'call ring text talk tell go contact block keep report ask try get speak message phone dial ' +
        'remember screenshot save come let',
    ),
  ),
  stopNouns: new Set(words('afraid scared ashamed frightened pointless useless')),
};

/** English imperatives a verb of saying may introduce bare ("I'm not saying go back with him", "…pay him"). */
export const SAID_IMPERATIVES: ReadonlySet<string> = new Set([
  ...en.imperatives,
  ...words('pay send reply answer delete meet leave stay give'),
]);

/** The language tables for a locale. */
export function language(locale: Locale): Language {
  return locale === 'en' ? en : fr;
}
