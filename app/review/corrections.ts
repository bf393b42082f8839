/**
 * A trainer's corrections as a trainee keeps them: from a review file, only the verdicts that differ
 * from the engine's or carry a comment, keyed by answer id (node + text hash). No answer text is kept,
 * so importing a trainer's review stores nothing of other trainees' answers.
 */
import { own, record } from '../../engine/util.ts';
import { answerId, parseReview, type ReviewFile } from './format.ts';

/** A trainer's word on one criterion of one answer. */
export interface Correction {
  criterion: string;
  /** The trainer's verdict. */
  met: boolean;
  /** The engine's verdict when the trainer judged it. */
  engine: boolean;
  comment?: string;
  reviewer: string;
}

/** The corrections of one scenario: answer id → corrections. */
export interface ScenarioCorrections {
  scenario: string;
  byAnswer: Record<string, Correction[]>;
}

/** The corrections a review holds (verdicts that differ from the engine, or commented). */
export function correctionsOf(review: ReviewFile): ScenarioCorrections {
  const byAnswer = record<Correction[]>();
  for (const a of review.answers)
    for (const r of review.reviewers) {
      const verdicts = own(r.verdicts, a.id);
      if (!verdicts) continue;
      for (const criterion of Object.keys(verdicts)) {
        const v = verdicts[criterion]!;
        const engine = a.engine.includes(criterion);
        if (v.met === engine && !v.comment) continue;
        const c: Correction = { criterion, met: v.met, engine, reviewer: r.name };
        if (v.comment) c.comment = v.comment;
        (byAnswer[a.id] ??= []).push(c);
      }
    }
  return { scenario: review.scenario.id, byAnswer };
}

/** Counts of an imported review, for the trainee's message. */
export interface ImportedCorrections {
  scenario: string;
  answers: number;
  corrections: number;
}

/** Adds a review file's corrections to the kept ones (a newer review of an answer replaces the older). */
export function importCorrections(
  kept: ScenarioCorrections[],
  text: string,
): { kept: ScenarioCorrections[]; imported: ImportedCorrections } | { error: string } {
  const parsed = parseReview(text);
  if ('error' in parsed) return parsed;
  const added = correctionsOf(parsed.review);
  const ids = Object.keys(added.byAnswer);
  const existing = kept.find((k) => k.scenario === added.scenario);
  const merged: ScenarioCorrections = {
    scenario: added.scenario,
    byAnswer: Object.assign(record<Correction[]>(), existing?.byAnswer ?? {}, added.byAnswer),
  };
  const imported = {
    scenario: added.scenario,
    answers: ids.length,
    corrections: ids.reduce((n, id) => n + added.byAnswer[id]!.length, 0),
  };
  return { kept: [...kept.filter((k) => k !== existing), merged], imported };
}

/** Reads kept corrections (JSON); anything unreadable is none. */
export function readCorrections(text: string | null): ScenarioCorrections[] {
  try {
    const data = JSON.parse(text ?? '[]') as unknown;
    if (!Array.isArray(data)) return [];
    return data.filter(
      (x): x is ScenarioCorrections =>
        typeof x === 'object' && x !== null && typeof x.scenario === 'string' && typeof x.byAnswer === 'object',
    );
  } catch {
    return [];
  }
}

/** A lookup of the corrections of an answer (scenario, node, text), for the debrief. */
export type CorrectionsLookup = (scenario: string, node: string, text: string) => Correction[];

/** The lookup over kept corrections. */
export function correctionsLookup(kept: ScenarioCorrections[]): CorrectionsLookup {
  return (scenario, node, text) => {
    const list = own(kept.find((k) => k.scenario === scenario)?.byAnswer, answerId(node, text));
    return Array.isArray(list) ? list : [];
  };
}
