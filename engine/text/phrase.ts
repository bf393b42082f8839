/** Phrases of a criterion, analysed once per criterion: concepts expanded, words reduced to keys. */
import type { Criterion, Locale, Scenario } from '../types.ts';
import { own } from '../util.ts';
import { analyse, READINGS, readingCode, readingPrefix, type AnalysisTarget, type Token } from './analyse.ts';
import { internKey, ONLY_KEY } from './keys.ts';
import { fold } from './fold.ts';
import { addSlipTarget, slipTargetsOf, type SlipTargets } from './slips.ts';

/** One word of a phrase: the index keys it may match, with its reading as a prefix (`!` negated, `~` reported). */
export type PhraseWord = readonly string[];

/** A phrase as written by the trainer, with each of its concept expansions analysed. */
export interface CompiledPhrase {
  text: string;
  /** Per expansion, per word: the index codes it may match (key id × READINGS + reading). */
  expansions: number[][][];
  /** Per expansion, per word: the folded word as written (criteria that tolerate slips only). */
  surfaces?: string[][];
}

/** A criterion ready to match: one group for `match`, one group per list for `all`. */
export interface CompiledCriterion {
  groups: CompiledPhrase[][];
  /** Negative or critical: never matches inside quotes or attributed words, never by a typing slip. */
  negative: boolean;
  /** Positive and not critical: tolerates typing slips. */
  slips: boolean;
}

const REF = /@([\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*)/u;
/** How many texts a phrase stands for through its concepts, at most: the matcher reads no more (RH070 warns). */
export const MAX_EXPANSIONS = 512;
const MAX_DEPTH = 4;

/**
 * Every text of a phrase with each `@concept` replaced by each phrase of the concept in turn, up to `limit` texts (the
 * matcher's MAX_EXPANSIONS; a check asks for one more to see whether a phrase goes past it).
 */
export function expandPhrase(
  phrase: string,
  concepts: Scenario['concepts'],
  depth = 0,
  out: string[] = [],
  limit = MAX_EXPANSIONS,
): string[] {
  const m = REF.exec(phrase);
  const list = m ? own(concepts, m[1]!) : undefined;
  if (!m || !list || depth >= MAX_DEPTH) {
    if (out.length < limit) out.push(phrase);
    return out;
  }
  for (const alt of list) {
    if (out.length >= limit) break;
    expandPhrase(phrase.slice(0, m.index) + alt + phrase.slice(m.index + m[0].length), concepts, depth + 1, out, limit);
  }
  return out;
}

/** A phrase word's keys: a restrictive que (« n'est qu'une photo ») asks for *only*, not for any que. */
function keysOf(t: Token): readonly string[] {
  return t.keys.length === 2 && t.keys[1] === ONLY_KEY ? ONLY : t.keys;
}
const ONLY = [ONLY_KEY];

function wordsOf(tokens: readonly Token[], negative: boolean): PhraseWord[] {
  return tokens.map((t) => {
    const p = readingPrefix(t, negative);
    return p ? keysOf(t).map((k) => p + k) : keysOf(t);
  });
}

/** The words of one phrase text as index keys; empty when nothing is left to match. */
export function phraseWords(text: string, target: AnalysisTarget | Locale, negative = false): PhraseWord[] {
  return wordsOf(analyse(text, target), negative);
}

function codesOf(tokens: readonly Token[], negative: boolean): number[][] {
  return tokens.map((t) => {
    const r = readingCode(t, negative);
    return keysOf(t).map((k) => internKey(k) * READINGS + r);
  });
}

function compilePhrase(text: string, scenario: Scenario, negative: boolean, slips: boolean): CompiledPhrase {
  const expansions: number[][][] = [];
  const surfaces: string[][] = [];
  for (const t of expandPhrase(text, scenario.concepts)) {
    const tokens = analyse(t, scenario);
    if (!tokens.length) continue;
    expansions.push(codesOf(tokens, negative));
    if (slips) surfaces.push(tokens.map((tok) => fold(tok.word)));
  }
  return slips ? { text, expansions, surfaces } : { text, expansions };
}

/** Whether a criterion is matched as a mistake: negative points or critical. */
export function isNegativeCriterion(c: Criterion): boolean {
  return c.points < 0 || c.critical !== undefined;
}

const cache = new WeakMap<Criterion, { scenario: Scenario; compiled: CompiledCriterion }>();

/** The compiled form of a criterion, computed once per criterion object (and scenario). */
export function compileCriterion(scenario: Scenario, criterion: Criterion): CompiledCriterion {
  const hit = cache.get(criterion);
  if (hit && hit.scenario === scenario) return hit.compiled;
  const negative = isNegativeCriterion(criterion);
  const slips = !negative;
  const lists = criterion.all ?? [criterion.match ?? []];
  const groups = lists.map((list) => list.map((p) => compilePhrase(p, scenario, negative, slips)));
  const compiled = { negative, slips, groups };
  cache.set(criterion, { scenario, compiled });
  return compiled;
}

const lists = new WeakMap<
  readonly Criterion[],
  { scenario: Scenario; criteria: Criterion[]; compiled: CompiledCriterion[] }
>();

/**
 * The compiled form of each criterion of a list (a prompt's), in its order: one look-up per answer, not one per
 * criterion. The list's criteria are checked one by one, so a list changed in place is compiled again.
 */
export function compileCriteria(scenario: Scenario, criteria: readonly Criterion[]): readonly CompiledCriterion[] {
  const hit = lists.get(criteria);
  if (hit && hit.scenario === scenario && hit.criteria.length === criteria.length) {
    let same = true;
    for (let i = 0; i < criteria.length && same; i++) same = hit.criteria[i] === criteria[i];
    if (same) return hit.compiled;
  }
  const compiled = criteria.map((c) => compileCriterion(scenario, c));
  lists.set(criteria, { scenario, criteria: [...criteria], compiled });
  return compiled;
}

/** The phrase words of every slip-tolerant criterion of a scenario, for typing slips (built once). */
export function scenarioSlipTargets(scenario: Scenario): SlipTargets {
  return slipTargetsOf(scenario, (targets) => {
    for (const node of Object.values(scenario.nodes)) {
      if (node.ask?.kind !== 'free') continue;
      for (const c of node.ask.criteria) {
        const compiled = compileCriterion(scenario, c);
        if (!compiled.slips) continue;
        for (const group of compiled.groups)
          for (const phrase of group)
            phrase.surfaces?.forEach((words, e) =>
              words.forEach((w, i) => addSlipTarget(targets, w, idsOf(phrase.expansions[e]![i]!))),
            );
      }
    }
  });
}

/** The key ids of a phrase word's codes. */
function idsOf(codes: readonly number[]): number[] {
  return [...new Set(codes.map((c) => Math.floor(c / READINGS)))];
}
