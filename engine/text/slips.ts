/**
 * Typing slips (r2, step 5): for positive, non-critical criteria, an answer word and a phrase word of at
 * least 6 letters, compared without accents, also match when they are one slip apart — a letter added,
 * dropped or changed, or two neighbours swapped ("platforme", "signaller"). A slip is looked for only
 * for an answer word that matches no phrase word as written.
 */
import type { Scenario } from '../types.ts';
import { READINGS, readingCode, type Token } from './analyse.ts';
import { fold } from './fold.ts';
import type { TextWord } from './word.ts';
import { keyGeneration, knownIdsOf } from './keys.ts';

/** Words shorter than this never match by a typing slip (r2, step 5). */
export const SLIP_MIN_LENGTH = 6;

/** A phrase word that tolerates a slip: its folded spelling and the ids of its keys. */
export interface SlipTarget {
  surface: string;
  keyIds: readonly number[];
}

/** The phrase words of a scenario's slip-tolerant criteria, by each of their one-deletion variants. */
export type SlipTargets = Map<string, SlipTarget[]>;

/** A word and its one-letter deletions: two words one slip apart share one of these. */
export function variants(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Whether two different words are one slip apart (optimal string alignment distance 1). */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // two swapped
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1); // one added or dropped
}

/** Adds one phrase word to a scenario's slip targets. */
export function addSlipTarget(targets: SlipTargets, surface: string, keyIds: readonly number[]): void {
  if (surface.length < SLIP_MIN_LENGTH) return;
  const target = { surface, keyIds };
  for (const v of variants(surface)) {
    const list = targets.get(v);
    if (!list) targets.set(v, [target]);
    else if (!list.some((t) => t.surface === surface)) list.push(target);
  }
}

const NO_SLIPS: Map<number, number[]> = new Map();
const NO_TARGETS: readonly SlipTarget[] = [];
const CACHE_LIMIT = 20_000;
const nearCache = new WeakMap<SlipTargets, Map<string, readonly SlipTarget[]>>();

/** The phrase words one slip away from an answer word (cached per word: answers share their words). */
function nearTargets(word: string, targets: SlipTargets): readonly SlipTarget[] {
  let cache = nearCache.get(targets);
  if (!cache) nearCache.set(targets, (cache = new Map()));
  const hit = cache.get(word);
  if (hit) return hit;
  let found: SlipTarget[] | undefined;
  for (const v of variants(word))
    for (const target of targets.get(v) ?? NO_TARGETS)
      if (oneSlipApart(word, target.surface) && !found?.includes(target)) (found ??= []).push(target);
  const result = found ?? NO_TARGETS;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, result);
  return result;
}
let last:
  { tokens: readonly Token[]; targets: SlipTargets; generation: number; index: Map<number, number[]> } | undefined;

/**
 * The answer's words that stand, by a slip, for a phrase word: index codes (key id × READINGS + the
 * answer word's reading) → positions, for slip-tolerant criteria only. Usually empty.
 */
export function slipIndex(tokens: readonly Token[], targets: SlipTargets): Map<number, number[]> {
  const generation = keyGeneration();
  if (last && last.tokens === tokens && last.targets === targets && last.generation === generation) return last.index;
  let index = NO_SLIPS;
  if (targets.size) {
    for (let pos = 0; pos < tokens.length; pos++) {
      const t = tokens[pos]!;
      if (t.reported) continue;
      const word = (t as TextWord).info?.f ?? fold(t.word);
      if (word.length < SLIP_MIN_LENGTH || knownIdsOf(t).length) continue;
      const r = readingCode(t, false);
      for (const target of nearTargets(word, targets)) {
        if (index === NO_SLIPS) index = new Map();
        for (const id of target.keyIds) {
          const code = id * READINGS + r;
          const list = index.get(code);
          if (!list) index.set(code, [pos]);
          else if (list[list.length - 1] !== pos) list.push(pos);
        }
      }
    }
  }
  last = { tokens, targets, generation, index };
  return index;
}

const scenarioTargets = new WeakMap<Scenario, SlipTargets>();

/** The slip targets of a scenario, built once by `build` (which adds the phrase words of its criteria). */
export function slipTargetsOf(scenario: Scenario, build: (targets: SlipTargets) => void): SlipTargets {
  let targets = scenarioTargets.get(scenario);
  if (!targets) {
    targets = new Map();
    build(targets);
    scenarioTargets.set(scenario, targets);
  }
  return targets;
}
