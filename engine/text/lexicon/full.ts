/**
 * The full conjugation tables (r2, step 5) and the subset a scenario needs. Imported by the loader
 * only: the trainee's browser gets the subset inside each compiled scenario, the trainer preview and
 * the terminal load the whole table with the checker. Lookups go through a prefix index, so that
 * checking a file never decodes the 300 000 French forms.
 */
import type { Locale, Rec, Scenario } from '../../types.ts';
import { expandPhrase } from '../phrase.ts';
import { fold } from '../fold.ts';
import { compact, type CompactTable } from './compact.ts';
import fr from './generated/fr-table.ts';
import en from './generated/en-table.ts';

const tables: Record<Locale, CompactTable> = { fr, en };

/** A compact table ready for lookups: prefix → the paradigms of the lemmas that start with it. */
interface PrefixIndex {
  byPrefix: Map<string, number[]>;
  endings: string[][];
  endingSets: Array<Set<string>>;
  longest: number;
}

const indexes: Partial<Record<Locale, PrefixIndex>> = {};

function indexOf(locale: Locale): PrefixIndex {
  const hit = indexes[locale];
  if (hit) return hit;
  const table = tables[locale];
  const endings = table.paradigms.map((p) => p.split(','));
  const byPrefix = new Map<string, number[]>();
  let longest = 0;
  for (const row of table.rows.split(';')) {
    const colon = row.lastIndexOf(':');
    const prefix = row.slice(0, colon);
    const pid = Number(row.slice(colon + 1));
    const list = byPrefix.get(prefix);
    if (list) list.push(pid);
    else byPrefix.set(prefix, [pid]);
    if (prefix.length > longest) longest = prefix.length;
  }
  const made = { byPrefix, endings, endingSets: endings.map((e) => new Set(e)), longest };
  indexes[locale] = made;
  return made;
}

/** The lemmas a folded word is a form of, each with all its forms. */
export function lemmasOf(word: string, locale: Locale): Array<[string, string[]]> {
  const { byPrefix, endings, endingSets, longest } = indexOf(locale);
  const out: Array<[string, string[]]> = [];
  for (let i = Math.min(word.length, longest); i >= 0; i--) {
    const prefix = word.slice(0, i);
    for (const pid of byPrefix.get(prefix) ?? []) {
      if (!endingSets[pid]!.has(word.slice(i))) continue;
      const forms = endings[pid]!.map((e) => prefix + e);
      if (!out.some(([l]) => l === forms[0])) out.push([forms[0]!, forms]);
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The part of the locale's table that a scenario's phrases need: every lemma that one of its phrase
 * words (concepts expanded) is a form of, with all of that lemma's forms.
 */
export function lexiconFor(scenario: Pick<Scenario, 'locale' | 'nodes' | 'concepts'>): CompactTable {
  const phrases: string[] = [];
  for (const node of Object.values(scenario.nodes)) {
    const ask = node.ask;
    if (ask?.kind !== 'free') continue;
    for (const c of ask.criteria) {
      phrases.push(...(c.match ?? []));
      for (const list of c.all ?? []) phrases.push(...list);
    }
  }
  return lexiconOfPhrases(scenario.locale, phrases, scenario.concepts);
}

/** The table a shared concept set needs: the lemmas of every phrase of its concepts. */
export function lexiconOfConcepts(locale: Locale, concepts: Rec<string[]>): CompactTable {
  return lexiconOfPhrases(locale, Object.values(concepts).flat(), concepts);
}

/** Every lemma that a word of these phrases (concepts expanded) is a form of, with all of its forms. */
function lexiconOfPhrases(locale: Locale, phrases: readonly string[], concepts: Rec<string[]>): CompactTable {
  const wanted = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const phrase of phrases)
    for (const text of expandPhrase(phrase, concepts))
      for (const m of text.toLowerCase().matchAll(WORD)) {
        const f = fold(m[0]);
        if (seen.has(f)) continue;
        seen.add(f);
        for (const [lemma, forms] of lemmasOf(f, locale)) wanted.set(lemma, forms);
      }
  return compact(wanted);
}
