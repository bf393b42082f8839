/** Phrases of a criterion, analysed once per criterion: concepts expanded, words reduced to keys. */
import type { Criterion, Locale, Scenario } from '../types.ts';
import { own } from '../util.ts';
import { analyse } from './analyse.ts';

/** One word of a phrase: the index keys it may match (negated keys are prefixed with `!`). */
export type PhraseWord = readonly string[];

/** A phrase as written by the trainer, with each of its concept expansions analysed. */
export interface CompiledPhrase {
  text: string;
  expansions: PhraseWord[][];
}

/** A criterion ready to match: one group for `match`, one group per list for `all`. */
export interface CompiledCriterion {
  groups: CompiledPhrase[][];
}

const REF = /@([\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*)/u;
const MAX_EXPANSIONS = 512;
const MAX_DEPTH = 4;

/** Every text of a phrase with each `@concept` replaced by each phrase of the concept in turn. */
export function expandPhrase(phrase: string, concepts: Scenario['concepts'], depth = 0, out: string[] = []): string[] {
  const m = REF.exec(phrase);
  const list = m ? own(concepts, m[1]!) : undefined;
  if (!m || !list || depth >= MAX_DEPTH) {
    if (out.length < MAX_EXPANSIONS) out.push(phrase);
    return out;
  }
  for (const alt of list) {
    if (out.length >= MAX_EXPANSIONS) break;
    expandPhrase(phrase.slice(0, m.index) + alt + phrase.slice(m.index + m[0].length), concepts, depth + 1, out);
  }
  return out;
}

/** The words of one phrase text as index keys; empty when nothing is left to match. */
export function phraseWords(text: string, locale: Locale): PhraseWord[] {
  return analyse(text, locale).map((t) => (t.neg ? t.keys.map((k) => `!${k}`) : t.keys));
}

function compilePhrase(text: string, scenario: Scenario): CompiledPhrase {
  const expansions = expandPhrase(text, scenario.concepts)
    .map((t) => phraseWords(t, scenario.locale))
    .filter((w) => w.length > 0);
  return { text, expansions };
}

const cache = new WeakMap<Criterion, { scenario: Scenario; compiled: CompiledCriterion }>();

/** The compiled form of a criterion, computed once per criterion object (and scenario). */
export function compileCriterion(scenario: Scenario, criterion: Criterion): CompiledCriterion {
  const hit = cache.get(criterion);
  if (hit && hit.scenario === scenario) return hit.compiled;
  const lists = criterion.all ?? [criterion.match ?? []];
  const compiled = { groups: lists.map((list) => list.map((p) => compilePhrase(p, scenario))) };
  cache.set(criterion, { scenario, compiled });
  return compiled;
}
