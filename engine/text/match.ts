/** Step 6: phrase matching over an indexed answer, with the character ranges that matched. */
import type { Criterion, Scenario } from '../types.ts';
import { READINGS, readingCode, type Token } from './analyse.ts';
import { keyGeneration, knownIdsOf } from './keys.ts';
import { compileCriterion, scenarioSlipTargets, type CompiledCriterion } from './phrase.ts';
import { slipIndex, type SlipTargets } from './slips.ts';

/** Most other words allowed between two consecutive phrase words. */
export const MAX_GAP = 2;

/**
 * An answer's tokens indexed by code (key id × READINGS + reading), positions ascending. A Map of that shape is
 * one; indexTokens gives a CodeIndex.
 */
export interface AnswerIndex {
  get(code: number): number[] | undefined;
}

/** The indexes of the answer matched last (criteria of one prompt are matched one answer at a time). */
let lastTokens: readonly Token[] | undefined;
let lastGeneration = -1;
let lastPositive: CodeIndex | undefined;
let lastNegative: CodeIndex | undefined;

/**
 * Which key ids the last answer holds, by a stamp per id (`present[id] === serial`): most phrase words
 * are absent, and this rejects them without a map lookup.
 */
let present = new Int32Array(1024);
let serial = 0;

function stampPresent(ids: ReadonlyArray<readonly number[]>): void {
  const stamp = ++serial;
  let p = present;
  for (let i = 0; i < ids.length; i++) {
    const list = ids[i]!;
    for (let j = 0; j < list.length; j++) {
      const id = list[j]!;
      if (id >= p.length) {
        const grown = new Int32Array(Math.max(p.length * 2, id + 1));
        grown.set(p);
        present = p = grown;
      }
      p[id] = stamp;
    }
  }
}

/** The known key ids of each token of the last answer. */
let lastIds: Array<readonly number[]> = [];

/** The typed arrays one kind of index (positive, negative) is built in, answer after answer. */
interface Slot {
  /** The build the chains are of; a CodeIndex of an earlier build rebuilds itself apart (see get). */
  build: number;
  /** Per code: the build its head is of. */
  stamp: Int32Array;
  /** Per code: 1 + the first entry of its chain. */
  head: Int32Array;
  pos: Int32Array;
  next: Int32Array;
  /** Per first entry of a chain: the build its array of positions (`made`) was made in. */
  madeIn: Int32Array;
  made: number[][];
}

/** A chain's array not made yet (a packed array of arrays, never read: madeIn says which are made). */
const NOT_MADE: number[] = [];

const slots: [Slot, Slot] = [0, 1].map(() => ({
  build: 0,
  stamp: new Int32Array(1024 * READINGS),
  head: new Int32Array(1024 * READINGS),
  pos: new Int32Array(256),
  next: new Int32Array(256),
  madeIn: new Int32Array(256),
  made: new Array<number[]>(256).fill(NOT_MADE),
})) as [Slot, Slot];

function grown(a: Int32Array, size: number): Int32Array {
  const out = new Int32Array(Math.max(a.length * 2, size));
  out.set(a);
  return out;
}

/**
 * An answer's index without a map per answer: per code, a chain of token positions in typed arrays shared answer
 * after answer, made into its array of positions the first time a phrase word asks for that code (most codes of
 * an answer are never asked for). An index asked again after another answer was indexed rebuilds itself as a map.
 */
class CodeIndex implements AnswerIndex {
  private readonly slot: Slot;
  private readonly build: number;
  private apart: Map<number, number[]> | undefined;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly ids: ReadonlyArray<readonly number[]>,
    private readonly attribution: boolean,
  ) {
    const slot = (this.slot = slots[attribution ? 1 : 0]);
    this.build = ++slot.build;
    let entries = 0;
    let codes = 0;
    for (const list of ids)
      for (const id of list) {
        entries++;
        if (id >= codes) codes = id + 1;
      }
    if (codes * READINGS > slot.head.length) {
      slot.head = grown(slot.head, codes * READINGS);
      slot.stamp = grown(slot.stamp, codes * READINGS);
    }
    if (entries > slot.pos.length) {
      slot.pos = grown(slot.pos, entries);
      slot.next = grown(slot.next, entries);
      slot.madeIn = grown(slot.madeIn, entries);
      while (slot.made.length < slot.madeIn.length) slot.made.push(NOT_MADE);
    }
    const { stamp, head, pos, next } = slot;
    const build = this.build;
    let e = 0;
    // from the last token back, each entry put first: every chain runs in ascending positions
    for (let i = tokens.length - 1; i >= 0; i--) {
      const r = readingCode(tokens[i]!, attribution);
      const list = ids[i]!;
      for (let j = list.length - 1; j >= 0; j--) {
        const code = list[j]! * READINGS + r;
        pos[e] = i;
        next[e] = stamp[code] === build ? head[code]! : 0;
        stamp[code] = build;
        head[code] = ++e;
      }
    }
  }

  get(code: number): number[] | undefined {
    const slot = this.slot;
    if (slot.build !== this.build) return (this.apart ??= this.asMap()).get(code);
    if (code >= slot.stamp.length || slot.stamp[code] !== this.build) return undefined;
    const first = slot.head[code]! - 1;
    if (slot.madeIn[first] === this.build) return slot.made[first]!;
    const list: number[] = [];
    for (let e = first + 1; e !== 0; e = slot.next[e - 1]!) list.push(slot.pos[e - 1]!);
    slot.madeIn[first] = this.build;
    slot.made[first] = list;
    return list;
  }

  /** The index as a map, built apart from the shared arrays. */
  private asMap(): Map<number, number[]> {
    const index = new Map<number, number[]>();
    for (let i = 0; i < this.tokens.length; i++) {
      const r = readingCode(this.tokens[i]!, this.attribution);
      for (const id of this.ids[i]!) {
        const code = id * READINGS + r;
        const list = index.get(code);
        if (list) list.push(i);
        else index.set(code, [i]);
      }
    }
    return index;
  }
}

/**
 * Indexes the tokens of an answer by comparison key. The index for negative criteria (`attribution`)
 * marks quoted and attributed words, so that a mistake is never read in words the trainee quotes or
 * attributes to someone else. The indexes of the last answer are kept.
 */
export function indexTokens(tokens: readonly Token[], attribution = false): AnswerIndex {
  if (tokens !== lastTokens || keyGeneration() !== lastGeneration) {
    lastTokens = tokens;
    lastGeneration = keyGeneration();
    lastPositive = lastNegative = undefined;
    lastIds = tokens.map(knownIdsOf);
    stampPresent(lastIds);
  }
  if (!attribution) return (lastPositive ??= new CodeIndex(tokens, lastIds, false));
  if (!lastNegative) {
    const any = tokens.some((t) => t.attributed);
    lastNegative = any
      ? new CodeIndex(tokens, lastIds, true)
      : (lastPositive ??= new CodeIndex(tokens, lastIds, false));
  }
  return lastNegative;
}

function sameNumbers(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function merge(a: number[], b: number[]): number[] {
  if (!b.length || a === b) return a;
  if (!a.length) return b;
  if (a.length === b.length && sameNumbers(a, b)) return a; // a word's stem and lemma keys: the same tokens

  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

const NONE: number[] = [];

/** The positions an answer word may take for one phrase word: any of its codes, as written or by a slip. */
function positions(index: AnswerIndex, word: readonly number[], slips: Map<number, number[]> | undefined): number[] {
  let out = NONE;
  const p = present;
  const stamp = serial;
  for (let i = 0; i < word.length; i++) {
    const code = word[i]!;
    if (p[code >>> 3] !== stamp) continue; // READINGS is 8: the id is code >>> 3
    const more = index.get(code);
    if (more) out = out === NONE ? more : merge(out, more);
  }
  if (slips && slips.size)
    for (const code of word) {
      const more = slips.get(code);
      if (more) out = merge(out, more);
    }
  return out;
}

/**
 * The leftmost occurrence of a phrase (earliest first word, then earliest last word) as token
 * positions [first, last], or null. Linear in the occurrences of its words: each step only
 * looks back MAX_GAP + 1 positions.
 */
export function findPhrase(
  index: AnswerIndex,
  words: readonly (readonly number[])[],
  slips?: Map<number, number[]>,
): [number, number] | null {
  if (!words.length) return null;
  let pos = positions(index, words[0]!, slips);
  let starts = pos;
  for (let w = 1; w < words.length && pos.length; w++) {
    const next = positions(index, words[w]!, slips);
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

/** The character range of a match, widened to the words that negate it ("tu payes pas", "t'es pas con"). */
function spanOf(tokens: readonly Token[], [first, last]: [number, number]): [number, number] {
  let a = tokens[first]!.start;
  let b = tokens[last]!.end;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.negStart !== undefined && t.negEnd !== undefined) {
      if (t.negStart < a) a = t.negStart;
      if (t.negEnd > b) b = t.negEnd;
    }
  }
  return [a, b];
}

/** The slip targets of the scenario matched last (criteria of one prompt are matched one after another). */
let lastSlipScenario: Scenario | undefined;
let lastSlipTargets: SlipTargets | undefined;

function slipTargetsFor(scenario: Scenario): SlipTargets {
  if (scenario !== lastSlipScenario || !lastSlipTargets) {
    lastSlipTargets = scenarioSlipTargets(scenario);
    lastSlipScenario = scenario;
  }
  return lastSlipTargets;
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
  return matchCompiled(scenario, compileCriterion(scenario, criterion), tokens);
}

/** matchCriterion with the criterion compiled already (compileCriteria). */
export function matchCompiled(
  scenario: Scenario,
  compiled: CompiledCriterion,
  tokens: readonly Token[],
): Array<[number, number]> | null {
  const { groups, negative, slips: tolerant } = compiled;
  if (!groups.length) return null;
  const index = indexTokens(tokens, negative);
  const slips = tolerant ? slipIndex(tokens, slipTargetsFor(scenario)) : undefined;
  const spans: Array<[number, number]> = [];
  for (const group of groups) {
    let any = false;
    for (const phrase of group) {
      let best: [number, number] | null = null;
      const { expansions } = phrase;
      for (let e = 0; e < expansions.length; e++) {
        const hit = findPhrase(index, expansions[e]!, slips);
        if (hit && (!best || hit[0] < best[0] || (hit[0] === best[0] && hit[1] < best[1]))) best = hit;
      }
      if (best) {
        any = true;
        spans.push(spanOf(tokens, best));
      }
    }
    if (!any) return null;
  }
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return spans.filter((s, i) => i === 0 || s[0] !== spans[i - 1]![0] || s[1] !== spans[i - 1]![1]);
}
