/**
 * Build step: compiles the conjugation tables the matcher needs (format r2, step 5) from maintained
 * data packages into engine/text/lexicon/generated/ (not committed; `npm run build:lexicon`, run by
 * `prepare`, `typecheck`, `build:cli`, `build:web` and `test`).
 *
 * - French verbs: french-verbs-lefff (conjugations from the Lefff, LGPL-LR; see engine/text/lexicon/NOTICE.md).
 * - English irregular verbs: english-verbs-irregular (Apache-2.0), the regular forms by rule.
 *
 * Output, per locale: the full table (every lemma with all its forms, paradigm-compressed) and the
 * forms of the closed verb classes the clause segmenter knows (verbs of thinking, saying, stopping…).
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compact } from '../engine/text/lexicon/compact.ts';

const require = createRequire(import.meta.url);
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(repo, 'engine/text/lexicon/generated');
const frSource = require.resolve('french-verbs-lefff/dist/conjugations.json');
const enSource = require.resolve('english-verbs-irregular/dist/verbs.json');

/** Lower-case, accents removed (the engine's fold, restated: this script must not import the engine). */
const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');

/** The auxiliaries that r2 does not join (fr `avoir`, en `have`, `do`). */
const NOT_JOINED = new Set(['avoir', 'have', 'do']);

type Table = Map<string, Set<string>>; // lemma → folded forms

/** Tenses of the Lefff data: P présent, S subjonctif, Y impératif, I imparfait, G participe présent,
 * K participe passé, J passé simple, T subjonctif imparfait, F futur, C conditionnel, W infinitif. */
const LITERARY = new Set(['J', 'T']);

function frenchTable(spoken = false): Table {
  const data = JSON.parse(readFileSync(frSource, 'utf8')) as Record<string, Record<string, Array<string | null>>>;
  const table: Table = new Map();
  for (const [lemma, tenses] of Object.entries(data)) {
    if (NOT_JOINED.has(lemma) || /\s/.test(lemma)) continue;
    const forms = new Set<string>([fold(lemma)]);
    for (const [tense, list] of Object.entries(tenses))
      if (!spoken || !LITERARY.has(tense))
        for (const f of list) if (f && f !== 'NA' && !/\s/.test(f)) forms.add(fold(f));
    // -ayer verbs conjugate with y or i (paye / paie, payerai / paierai); the Lefff lists only y.
    if (lemma.endsWith('ayer')) for (const f of [...forms]) if (/aye(?!z)/.test(f)) forms.add(f.replace(/aye/, 'aie'));
    table.set(fold(lemma), forms);
  }
  return table;
}

const EN_BE = ['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being'];

/** Verbs whose last consonant doubles before -ing / -ed although they are longer than one syllable. */
const DOUBLING = new Set([
  'forget',
  'regret',
  'commit',
  'admit',
  'permit',
  'submit',
  'prefer',
  'refer',
  'occur',
  'quit',
  'omit',
  'upset',
  'begin',
  'control',
]);

/** Regular English forms of a verb: -s, -ing, -ed, by the usual spelling rules. */
function regular(base: string): string[] {
  const cvc = (/[^aeiou][aeiou][^aeiouwxy]$/.test(base) && base.length <= 4) || DOUBLING.has(base);
  const s = /(s|sh|ch|x|z|o)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const ing = base.endsWith('ie')
    ? `${base.slice(0, -2)}ying`
    : /[^e]e$/.test(base)
      ? `${base.slice(0, -1)}ing`
      : cvc
        ? `${base}${base.at(-1)}ing`
        : `${base}ing`;
  const ed = base.endsWith('e')
    ? `${base}d`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ied`
      : cvc
        ? `${base}${base.at(-1)}ed`
        : `${base}ed`;
  return [base, s, ing, ed];
}

function englishTable(): Table {
  const data = JSON.parse(readFileSync(enSource, 'utf8')) as Record<string, string[][]>;
  const table: Table = new Map();
  for (const [lemma, pasts] of Object.entries(data)) {
    if (NOT_JOINED.has(lemma) || /\s/.test(lemma)) continue;
    const forms = new Set(regular(lemma).slice(0, 3));
    for (const pair of pasts) for (const f of pair) if (f && !/\s/.test(f)) forms.add(fold(f));
    table.set(lemma, forms);
  }
  table.set('be', new Set(EN_BE));
  // Irregular plurals that stems do not join.
  for (const [one, many] of [
    ['child', 'children'],
    ['man', 'men'],
    ['woman', 'women'],
    ['person', 'people'],
    ['foot', 'feet'],
    ['tooth', 'teeth'],
    ['mouse', 'mice'],
  ] as const)
    table.set(one, new Set([one, many]));
  return table;
}

/** The lemmas of each closed verb class of the clause segmenter (docs/format-notes.md, "Clauses"). */
const CLASSES = {
  fr: {
    think: ['penser', 'croire', 'trouver'],
    say: [
      'dire',
      'conseiller',
      'promettre',
      'demander',
      'suggérer',
      'proposer',
      'recommander',
      'jurer',
      'affirmer',
      'prétendre',
      'écrire',
      'raconter',
      'expliquer',
      'répondre',
      'répéter',
      'assurer',
      'garantir',
      'certifier',
      'annoncer',
      'ordonner',
      'menacer',
      'exiger',
      'supplier',
      'prévenir',
      'avertir',
    ],
    stop: [
      'arrêter',
      'cesser',
      'hésiter',
      'oublier',
      'renoncer',
      'empêcher',
      'interdire',
      'abstenir',
      'éviter',
      'refuser',
      'déconseiller',
      'dissuader',
    ],
    doubt: ['douter'],
    factive: [
      'savoir',
      'comprendre',
      'voir',
      'remarquer',
      'entendre',
      'regretter',
      'apprendre',
      'réaliser',
      'oublier',
      'reconnaître',
      'admettre',
      'avouer',
      'respecter',
      'accepter',
      'retenir',
    ],
    attribute: ['vouloir', 'envoyer', 'penser', 'croire', 'trouver'],
    modal: ['pouvoir', 'devoir', 'falloir', 'aller'],
    aux: ['avoir', 'être'],
  },
  en: {
    think: ['think', 'believe', 'reckon', 'feel'],
    say: [
      'say',
      'tell',
      'advise',
      'promise',
      'ask',
      'suggest',
      'recommend',
      'swear',
      'claim',
      'write',
      'text',
      'message',
      'explain',
      'answer',
      'reply',
      'mention',
      'insist',
      'guarantee',
      'threaten',
      'warn',
      'repeat',
      'assure',
      'urge',
      'beg',
    ],
    stop: ['stop', 'quit', 'cease', 'hesitate', 'forget', 'avoid', 'refuse', 'discourage', 'dissuade'],
    doubt: ['doubt'],
    factive: [
      'know',
      'realise',
      'realize',
      'understand',
      'see',
      'notice',
      'regret',
      'learn',
      'hear',
      'admit',
      'acknowledge',
      'respect',
      'accept',
    ],
    attribute: ['want', 'demand', 'expect', 'send', 'think', 'believe', 'reckon'],
    modal: [],
    aux: [],
  },
} as const;

const EN_EXTRA: Record<string, string[]> = {
  // "some people worry the police won't…": someone's worry or fear, a verb of thinking (its subject's thought)
  think: ['worry', 'worries', 'worried', 'fear', 'fears', 'feared'],
  modal: [
    'can',
    'could',
    'should',
    'would',
    'might',
    'may',
    'must',
    'will',
    'shall',
    'ought',
    'gonna',
    'wanna',
    'need',
    'needs',
  ],
  aux: ['have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing', ...EN_BE],
};

/** Each class as a list of lemmas (compressed with one shared paradigm list) plus loose extra words. */
function classes(
  table: Table,
  lemmas: Record<string, readonly string[]>,
  extra: Record<string, string[]>,
): { paradigms: string[]; classes: Record<string, string>; words: Record<string, string> } {
  const all: Table = new Map();
  const members: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(lemmas)) {
    members[name] = [];
    for (const l of list) {
      const f = table.get(fold(l)) ?? (name === 'aux' ? fullAux(l) : undefined);
      if (!f) throw new Error(`build-lexicon: no forms for "${l}"`);
      all.set(fold(l), f);
      members[name]!.push(fold(l));
    }
  }
  const { paradigms, rows } = compact(entries(all));
  const rowOf = new Map([...all.keys()].sort().map((l, i) => [l, rows.split(';')[i]!]));
  const res: Record<string, string> = {};
  for (const [name, list] of Object.entries(members)) res[name] = list.map((l) => rowOf.get(l)).join(';');
  const words: Record<string, string> = {};
  for (const [name, list] of Object.entries(extra)) words[name] = list.join(' ');
  return { paradigms: [...paradigms], classes: res, words };
}

/** A table as the compact form's input. */
const entries = (t: Table): Array<[string, string[]]> => [...t].map(([l, f]) => [l, [...f]]);

let frAll: Record<string, Record<string, Array<string | null>>> | undefined;
/** Forms of an auxiliary the joined table leaves out (avoir). */
function fullAux(lemma: string): Set<string> {
  frAll ??= JSON.parse(readFileSync(frSource, 'utf8')) as typeof frAll;
  const forms = new Set<string>([fold(lemma)]);
  for (const [tense, list] of Object.entries(frAll![lemma] ?? {}))
    if (!LITERARY.has(tense)) for (const f of list) if (f && f !== 'NA') forms.add(fold(f));
  return forms;
}

function englishForTable(): Table {
  // Classes need the regular verbs too; the joined table only holds irregular ones.
  const t = englishTable();
  for (const list of Object.values(CLASSES.en)) for (const l of list) if (!t.has(l)) t.set(l, new Set(regular(l)));
  return t;
}

function write(name: string, value: unknown): void {
  const header = '/* Generated by scripts/build-lexicon.ts from npm data packages: do not edit, not committed. */';
  const body = `${header}\n/* eslint-disable */\nexport default ${JSON.stringify(value)} as const;\n`;
  writeFileSync(join(out, name), body);
}

function upToDate(): boolean {
  try {
    const built = statSync(join(out, 'classes.ts')).mtimeMs;
    return [frSource, enSource, fileURLToPath(import.meta.url)].every((f) => statSync(f).mtimeMs < built);
  } catch {
    return false;
  }
}

if (!process.argv.includes('--force') && upToDate()) process.exit(0);
mkdirSync(out, { recursive: true });
const fr = frenchTable(true); // trainees never type the passé simple or the imperfect subjunctive
const en = englishTable();
write('fr-table.ts', compact(entries(fr)));
write('en-table.ts', compact(entries(en)));
write('classes.ts', {
  fr: classes(frenchTable(true), CLASSES.fr, {}),
  en: classes(englishForTable(), CLASSES.en, EN_EXTRA),
});
