/**
 * Filling a review with answers: the engine's reading of each one (asked of the engine, never
 * recomputed here), from trainees' progress exports (the web's export and the terminal's
 * progress.json share one format) or any list of answers, deduplicated by node and text.
 */
import { contentHash } from '../../engine/compile.ts';
import { analyse, matchCriterion } from '../../engine/text/index.ts';
import type { FreeAsk, Scenario, Spans } from '../../engine/types.ts';
import { own, record } from '../../engine/util.ts';
import { parseProgress } from '../progress.ts';
import {
  answerId,
  emptyReview,
  MAX_ANSWER_CHARS,
  mergeSources,
  normaliseAnswer,
  type ReviewAnswer,
  type ReviewFile,
  type ReviewSource,
} from './format.ts';

/** The free prompt of a node, if it has one. */
export function freePrompt(scenario: Scenario, node: string): FreeAsk | undefined {
  const ask = own(scenario.nodes, node)?.ask;
  return ask?.kind === 'free' ? ask : undefined;
}

/** What the engine reads in an answer at a free prompt: matched criteria (in the prompt's order) and their spans. */
export function engineReading(scenario: Scenario, node: string, text: string): { matched: string[]; spans: Spans } {
  const ask = freePrompt(scenario, node);
  const spans: Spans = record();
  const matched: string[] = [];
  if (!ask) return { matched, spans };
  const tokens = analyse(text, scenario.locale);
  for (const c of ask.criteria) {
    const hit = matchCriterion(scenario, c, tokens);
    if (hit) {
      matched.push(c.id);
      spans[c.id] = hit;
    }
  }
  return { matched, spans };
}

/** An empty review of a scenario, tied to the content hash of its source text. */
export function reviewFor(scenario: Scenario, source: string): ReviewFile {
  return emptyReview({ id: scenario.id, hash: contentHash(source), title: scenario.title, locale: scenario.locale });
}

/** The review with every answer read again by this version of the scenario (after an edit), and its hash. */
export function refreshEngine(review: ReviewFile, scenario: Scenario, source: string): ReviewFile {
  const hash = contentHash(source);
  return {
    ...review,
    scenario: { ...review.scenario, hash, title: scenario.title, locale: scenario.locale },
    answers: review.answers.map((a) => ({ ...a, engine: engineReading(scenario, a.node, a.text).matched })),
  };
}

/** An answer offered to a review: where it was given, its text, and where it came from. */
export interface IncomingAnswer {
  node: string;
  text: string;
  source: ReviewSource;
}

/** Counts of an import. */
export interface ImportCounts {
  added: number;
  /** Answers already in the review (same node and text): only their source was added. */
  duplicates: number;
  /** Answers at a node that is not a free prompt of this scenario (e.g. a node since removed), or empty. */
  notFree: number;
}

/** Adds answers to a review, each (node, text) once; the engine reads the new ones. */
export function addAnswers(
  review: ReviewFile,
  scenario: Scenario,
  incoming: IncomingAnswer[],
): { review: ReviewFile } & ImportCounts {
  const answers = review.answers.slice();
  const index = new Map(answers.map((a, i) => [a.id, i]));
  const counts = { added: 0, duplicates: 0, notFree: 0 };
  for (const x of incoming) {
    if (!freePrompt(scenario, x.node) || normaliseAnswer(x.text) === '' || x.text.length > MAX_ANSWER_CHARS) {
      counts.notFree++;
      continue;
    }
    const id = answerId(x.node, x.text);
    const at = index.get(id);
    if (at !== undefined) {
      const seen = answers[at]!;
      answers[at] = { ...seen, from: mergeSources(seen.from, [x.source]) };
      counts.duplicates++;
      continue;
    }
    const answer: ReviewAnswer = {
      id,
      node: x.node,
      text: x.text,
      engine: engineReading(scenario, x.node, x.text).matched,
      from: [x.source],
    };
    index.set(id, answers.length);
    answers.push(answer);
    counts.added++;
  }
  return { review: { ...review, answers }, ...counts };
}

/** What importing a progress export gave. */
export type ProgressImport =
  | ({ review: ReviewFile; attempts: number; otherScenario: number; notices: string[] } & ImportCounts)
  | { error: string };

/**
 * Adds the typed answers of a progress export (the web's "Export" file or the terminal's progress.json)
 * for this scenario. Attempts of other scenarios are counted, not imported; progress records carry no
 * trainee name, so none enters the review.
 */
export function importProgress(review: ReviewFile, scenario: Scenario, text: string, file: string): ProgressImport {
  const parsed = parseProgress(text);
  if (!parsed.attempts.length && parsed.setAside.length) return { error: `${file}: ${parsed.setAside[0]!.reason}` };
  const notices = parsed.setAside.map((s) => `${file}: ${s.reason}; set aside`);
  const incoming: IncomingAnswer[] = [];
  let attempts = 0;
  let otherScenario = 0;
  for (const a of parsed.attempts) {
    if (a.scenario !== scenario.id) {
      otherScenario++;
      continue;
    }
    attempts++;
    const turns: unknown[] = Array.isArray(a.turns) ? a.turns : [];
    turns.forEach((t, i) => {
      const turn = t as { node?: unknown; answer?: unknown } | null;
      if (!turn || typeof turn.node !== 'string' || typeof turn.answer !== 'string') {
        notices.push(`${file}: attempt ${a.id}, turn ${i + 1} is not a turn; set aside`);
        return;
      }
      if (own(scenario.nodes, turn.node)?.ask?.kind === 'choice') return; // a chosen option: nothing typed to review
      incoming.push({ node: turn.node, text: turn.answer, source: { kind: 'progress', ref: a.id, at: a.at, file } });
    });
  }
  const added = addAnswers(review, scenario, incoming);
  return { ...added, attempts, otherScenario, notices };
}
