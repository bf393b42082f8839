/** Step 6: phrase matching over an indexed answer, with the character ranges that matched. */
import type { Criterion, Scenario } from '../types.ts';
import type { Token } from './analyse.ts';
import { compileCriterion, type PhraseWord } from './phrase.ts';

/** Most other words allowed between two consecutive phrase words. */
export const MAX_GAP = 2;

/** An answer's tokens indexed by key (negated keys prefixed with `!`), positions ascending. */
export type AnswerIndex = Map<string, number[]>;

const indexes = new WeakMap<readonly Token[], AnswerIndex>();

/** Indexes the tokens of an answer by comparison key (cached per token array). */
export function indexTokens(tokens: readonly Token[]): AnswerIndex {
  const hit = indexes.get(tokens);
  if (hit) return hit;
  const index: AnswerIndex = new Map();
  tokens.forEach((t, i) => {
    for (const k of t.keys) {
      const key = t.neg ? `!${k}` : k;
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  indexes.set(tokens, index);
  return index;
}

function positions(index: AnswerIndex, word: PhraseWord): number[] {
  const a = index.get(word[0]!) ?? [];
  if (word.length < 2) return a;
  const b = index.get(word[1]!) ?? [];
  if (!b.length || !a.length) return a.length ? a : b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

/**
 * The leftmost occurrence of a phrase (earliest first word, then earliest last word) as token
 * positions [first, last], or null. Linear in the occurrences of its words: each step only
 * looks back MAX_GAP + 1 positions.
 */
export function findPhrase(index: AnswerIndex, words: readonly PhraseWord[]): [number, number] | null {
  if (!words.length) return null;
  let pos = positions(index, words[0]!);
  let starts = pos;
  for (let w = 1; w < words.length && pos.length; w++) {
    const next = positions(index, words[w]!);
    const nextPos: number[] = [];
    const nextStarts: number[] = [];
    let j = 0;
    for (const q of next) {
      while (j < pos.length && pos[j]! < q) j++;
      let best = -1;
      for (let k = j - 1; k >= 0 && pos[k]! >= q - MAX_GAP - 1; k--) {
        if (best < 0 || starts[k]! < best) best = starts[k]!;
      }
      if (best >= 0) {
        nextPos.push(q);
        nextStarts.push(best);
      }
    }
    pos = nextPos;
    starts = nextStarts;
  }
  let found: [number, number] | null = null;
  for (let i = 0; i < pos.length; i++) {
    if (!found || starts[i]! < found[0]) found = [starts[i]!, pos[i]!];
  }
  return found;
}

/**
 * Matches a criterion against an analysed answer: the character ranges [start, end) in the
 * original answer — one per phrase that matched (its leftmost occurrence), sorted — or null.
 */
export function matchCriterion(
  scenario: Scenario,
  criterion: Criterion,
  tokens: readonly Token[],
): Array<[number, number]> | null {
  const { groups } = compileCriterion(scenario, criterion);
  if (!groups.length) return null;
  const index = indexTokens(tokens);
  const spans: Array<[number, number]> = [];
  for (const group of groups) {
    let any = false;
    for (const phrase of group) {
      let best: [number, number] | null = null;
      for (const words of phrase.expansions) {
        const hit = findPhrase(index, words);
        if (hit && (!best || hit[0] < best[0] || (hit[0] === best[0] && hit[1] < best[1]))) best = hit;
      }
      if (best) {
        any = true;
        spans.push([tokens[best[0]]!.start, tokens[best[1]]!.end]);
      }
    }
    if (!any) return null;
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return spans.filter((s, i) => i === 0 || s[0] !== spans[i - 1]![0] || s[1] !== spans[i - 1]![1]);
}
