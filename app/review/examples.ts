/**
 * "Add as example": a reviewed answer written into its criterion's `examples` (yes / no) in the
 * scenario file (the loader then judges them: engine/examples.ts), and the smallest phrase that would
 * catch a missed "yes" without firing on the "no" ones — for the trainer to accept or not.
 * Matching is always the engine's (analyse + matchCriterion); nothing is re-implemented here.
 */
import { parseDocument } from 'yaml';
import { analyse, matchCriterion, type Token } from '../../engine/text/index.ts';
import type { Criterion, Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { freePrompt } from './answers.ts';
import { normaliseAnswer, type ReviewFile } from './format.ts';
import { appendToList, criterionPath, type Edited } from './yaml-edit.ts';

/** Which list of `examples` an answer goes to. */
export type ExampleKind = 'yes' | 'no';

function listAt(src: string, path: ReadonlyArray<string | number>): string[] {
  const value = parseDocument(src).getIn(path);
  const list = (value as { toJSON?: () => unknown } | undefined)?.toJSON?.();
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

/** Writes `text` into the `examples.yes` or `examples.no` of a criterion, leaving the rest of the file as it was. */
export function addExample(src: string, criterion: string, kind: ExampleKind, text: string): Edited {
  const path = criterionPath(src, criterion);
  if (!path) return { error: `there is no criterion "${criterion}" in this file` };
  const same = (x: string) => normaliseAnswer(x) === normaliseAnswer(text);
  if (listAt(src, [...path, 'examples', kind]).some(same))
    return { error: `this answer is already a "${kind}" example of ${criterion}` };
  const other = kind === 'yes' ? 'no' : 'yes';
  if (listAt(src, [...path, 'examples', other]).some(same))
    return { error: `this answer is already a "${other}" example of ${criterion}; remove it there first` };
  return appendToList(src, [...path, 'examples', kind], text);
}

/** Adds a phrase to a criterion's `match` list, or to its list number `group` of `all`. */
export function addPhrase(src: string, criterion: string, phrase: string, group: number | null): Edited {
  const path = criterionPath(src, criterion);
  if (!path) return { error: `there is no criterion "${criterion}" in this file` };
  return appendToList(src, group === null ? [...path, 'match'] : [...path, 'all', group], phrase);
}

/** A phrase that would make the criterion match a missed answer. */
export interface PhraseSuggestion {
  phrase: string;
  /** The `all` list it goes to (null: the criterion's `match`). */
  group: number | null;
  /** Words left after the analysis (what the engine compares). */
  words: number;
  /** Of those, short ones (three letters or fewer: pronouns, auxiliaries) that say little on their own. */
  weak: number;
  /** Other answers that should match (yes examples, trainers' "met") that it also catches. */
  alsoCatches: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const MAX_WORDS = 6;

function withPhrase(c: Criterion, phrase: string, group: number | null): Criterion {
  if (group === null) return { ...c, match: [...(c.match ?? []), phrase] };
  return { ...c, all: c.all!.map((list, i) => (i === group ? [...list, phrase] : list)) };
}

/** The `all` list a missed answer lacks (when only one does), null for a `match` criterion, undefined otherwise. */
function missingGroup(scenario: Scenario, c: Criterion, tokens: Token[]): number | null | undefined {
  if (!c.all) return null;
  const failing = c.all.flatMap((list, i) =>
    matchCriterion(scenario, { ...c, all: undefined, match: list }, tokens) ? [] : [i],
  );
  return failing.length === 1 ? failing[0] : undefined;
}

/** Pieces of the answer, 1 to 6 of its words long, as typed. */
function candidates(text: string): string[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const seen = new Set<string>();
  const out: string[] = [];
  for (let n = 1; n <= MAX_WORDS; n++)
    for (let i = 0; i + n <= words.length; i++) {
      const piece = text.slice(words[i]!.start, words[i + n - 1]!.end).replace(/\s+/g, ' ');
      const key = piece.toLowerCase();
      if (seen.has(key) || piece.includes('@')) continue;
      seen.add(key);
      out.push(piece);
    }
  return out;
}

/**
 * The smallest phrases (fewest compared words and short ones, then the most other "yes" answers caught,
 * then the most specific: the longest) that make
 * `criterion` match `missed` and fire on none of `no` (answers that must not match). At most `limit`.
 * A negative or critical criterion gets phrases of two words at least (one word fires on too much).
 */
export function suggestPhrases(
  scenario: Scenario,
  criterion: Criterion,
  missed: string,
  no: string[],
  yes: string[] = [],
  limit = 3,
): PhraseSuggestion[] {
  const tokens = analyse(missed, scenario.locale);
  if (matchCriterion(scenario, criterion, tokens)) return [];
  const group = missingGroup(scenario, criterion, tokens);
  if (group === undefined) return [];
  const minWords = criterion.points < 0 || criterion.critical !== undefined ? 2 : 1;
  // A "no" the criterion already fires on is not the new phrase's doing: left out.
  const noTokens = no.map((t) => analyse(t, scenario.locale)).filter((t) => !matchCriterion(scenario, criterion, t));
  const yesTokens = yes.map((t) => analyse(t, scenario.locale)).filter((t) => !matchCriterion(scenario, criterion, t));
  const found: PhraseSuggestion[] = [];
  const same = new Set<string>();
  for (const phrase of candidates(missed)) {
    const analysed = analyse(phrase, scenario.locale);
    const key = analysed.map((t) => `${t.neg ? '!' : ''}${t.keys[0]}`).join(' ');
    if (analysed.length < minWords || same.has(key)) continue;
    same.add(key); // "raison" and "raison de" compare alike: the shorter is kept
    const c = withPhrase(criterion, phrase, group);
    if (!matchCriterion(scenario, c, tokens)) continue;
    if (noTokens.some((t) => matchCriterion(scenario, c, t))) continue;
    const alsoCatches = yesTokens.filter((t) => matchCriterion(scenario, c, t)).length;
    const weak = analysed.filter((t) => t.word.length <= 3).length;
    found.push({ phrase, group, words: analysed.length, weak, alsoCatches });
  }
  found.sort(
    (a, b) =>
      a.words - b.words || a.weak - b.weak || b.alsoCatches - a.alsoCatches || b.phrase.length - a.phrase.length,
  );
  return found.slice(0, limit);
}

/** The trainers' majority on one criterion of each answer of its prompt: answers judged met, and judged not met. */
function judgedAnswers(review: ReviewFile, node: string, criterion: string): { met: string[]; notMet: string[] } {
  const met: string[] = [];
  const notMet: string[] = [];
  for (const a of review.answers) {
    if (a.node !== node) continue;
    let yes = 0;
    let no = 0;
    for (const r of review.reviewers) {
      const v = own(own(r.verdicts, a.id), criterion)?.met;
      if (v === true) yes++;
      else if (v === false) no++;
    }
    if (yes > no) met.push(a.text);
    else if (no > yes) notMet.push(a.text);
  }
  return { met, notMet };
}

/**
 * Phrases to catch an answer the engine missed on `criterion`: none may fire on the criterion's "no"
 * examples nor on the answers the trainers judged "not met"; those catching more of the "yes" examples
 * and "met" answers come first.
 */
export function phraseSuggestionsFor(
  review: ReviewFile,
  scenario: Scenario,
  answerId: string,
  criterionId: string,
): PhraseSuggestion[] {
  const answer = review.answers.find((a) => a.id === answerId);
  const criterion = answer ? freePrompt(scenario, answer.node)?.criteria.find((c) => c.id === criterionId) : undefined;
  if (!answer || !criterion) return [];
  const judged = judgedAnswers(review, answer.node, criterionId);
  const no = [...(criterion.examples?.no ?? []), ...judged.notMet];
  const yes = [...(criterion.examples?.yes ?? []), ...judged.met].filter((t) => t !== answer.text);
  return suggestPhrases(scenario, criterion, answer.text, no, yes);
}
