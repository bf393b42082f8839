/**
 * One trainer's verdicts while reviewing: what they say of each criterion of an answer (their own
 * verdict once given, else the engine's), flipping a criterion, commenting it, agreeing; and the
 * order answers are reviewed in (prompt by prompt, in the scenario's order).
 */
import type { Criterion, Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { freePrompt } from './answers.ts';
import type { CriterionVerdict, ReviewAnswer, ReviewFile, Reviewer } from './format.ts';

/** The trainer reviewing: their id (kept across sessions) and the name written into the review. */
export interface Me {
  id: string;
  name: string;
}

/** One criterion of the answer under review, as the trainer sees it. */
export interface CriterionLine {
  criterion: Criterion;
  /** The engine matched it. */
  engine: boolean;
  /** The trainer's verdict (the engine's until they give theirs). */
  met: boolean;
  comment: string;
}

/** The answer under review: each criterion's line, and whether this trainer has judged it. */
export interface AnswerVerdicts {
  lines: CriterionLine[];
  reviewed: boolean;
}

/** A change to one criterion's verdict. */
export type VerdictChange = { flip: string } | { comment: string; text: string } | { agree: true };

/** The criteria lines of an answer for one trainer. */
export function verdictsOf(review: ReviewFile, scenario: Scenario, me: string, answer: ReviewAnswer): AnswerVerdicts {
  const mine = own(review.reviewers.find((r) => r.id === me)?.verdicts, answer.id);
  const criteria = freePrompt(scenario, answer.node)?.criteria ?? [];
  return {
    reviewed: mine !== undefined,
    lines: criteria.map((criterion) => {
      const engine = answer.engine.includes(criterion.id);
      const v = own(mine, criterion.id);
      return { criterion, engine, met: v?.met ?? engine, comment: v?.comment ?? '' };
    }),
  };
}

/**
 * The review with this trainer's verdicts on `answer` recorded for every criterion of its prompt
 * (their earlier ones, else the engine's), with `change` applied. The trainer is added if new.
 */
export function recordVerdicts(
  review: ReviewFile,
  scenario: Scenario,
  me: Me,
  answer: ReviewAnswer,
  change: VerdictChange,
): ReviewFile {
  const { lines } = verdictsOf(review, scenario, me.id, answer);
  const verdict: Record<string, CriterionVerdict> = {};
  for (const l of lines) {
    let met = l.met;
    let comment = l.comment;
    if ('flip' in change && change.flip === l.criterion.id) met = !met;
    if ('comment' in change && change.comment === l.criterion.id) comment = change.text.trim();
    verdict[l.criterion.id] = comment ? { met, comment } : { met };
  }
  const existing = review.reviewers.find((r) => r.id === me.id);
  const updated: Reviewer = {
    id: me.id,
    name: me.name,
    verdicts: { ...(existing?.verdicts ?? {}), [answer.id]: verdict },
  };
  const reviewers = existing
    ? review.reviewers.map((r) => (r === existing ? updated : r))
    : [...review.reviewers, updated];
  return { ...review, reviewers };
}

/** A review's answers grouped by prompt, in the scenario's order of nodes. */
export interface PromptGroup {
  node: string;
  prompt?: string;
  answers: ReviewAnswer[];
}

/** The prompts that have answers, each with its answers in the order they were imported. */
export function promptGroups(review: ReviewFile, scenario: Scenario): PromptGroup[] {
  const byNode = new Map<string, ReviewAnswer[]>();
  for (const a of review.answers) {
    const list = byNode.get(a.node);
    if (list) list.push(a);
    else byNode.set(a.node, [a]);
  }
  return Object.keys(scenario.nodes).flatMap((node) => {
    const answers = byNode.get(node);
    const ask = freePrompt(scenario, node);
    if (!answers || !ask) return [];
    return [ask.prompt === undefined ? { node, answers } : { node, prompt: ask.prompt, answers }];
  });
}

/** A place in the review: a prompt and an answer's index in it. */
export interface Place {
  node: string;
  index: number;
}

/** The answers in reviewing order (prompt by prompt), flattened. */
function flat(groups: PromptGroup[]): Place[] {
  return groups.flatMap((g) => g.answers.map((_, index) => ({ node: g.node, index })));
}

/** The answer at a place, if any. */
export function answerAt(groups: PromptGroup[], place: Place | null): ReviewAnswer | undefined {
  return place ? groups.find((g) => g.node === place.node)?.answers[place.index] : undefined;
}

/** The place `delta` answers away (stays at the ends); the first answer when `place` is lost. */
export function moveBy(groups: PromptGroup[], place: Place | null, delta: number): Place | null {
  const all = flat(groups);
  if (!all.length) return null;
  const at = place ? all.findIndex((p) => p.node === place.node && p.index === place.index) : -1;
  if (at < 0) return all[0]!;
  return all[Math.max(0, Math.min(all.length - 1, at + delta))]!;
}

/** The first answer of the prompt `delta` prompts away. */
export function movePrompt(groups: PromptGroup[], place: Place | null, delta: number): Place | null {
  if (!groups.length) return null;
  const at = place ? groups.findIndex((g) => g.node === place.node) : -1;
  const g = groups[Math.max(0, Math.min(groups.length - 1, at < 0 ? 0 : at + delta))]!;
  return { node: g.node, index: 0 };
}

/** The next answer after `place` that this trainer has not judged yet (wrapping round), or null when all are. */
export function nextUnreviewed(
  groups: PromptGroup[],
  place: Place | null,
  review: ReviewFile,
  me: string,
): Place | null {
  const all = flat(groups);
  const mine = review.reviewers.find((r) => r.id === me)?.verdicts;
  const at = place ? all.findIndex((p) => p.node === place.node && p.index === place.index) : -1;
  for (let k = 1; k <= all.length; k++) {
    const p = all[(at + k + all.length) % all.length]!;
    if (own(mine, answerAt(groups, p)!.id) === undefined) return p;
  }
  return null;
}
