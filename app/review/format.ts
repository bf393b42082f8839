/**
 * The review file (docs/review-format.md): trainees' answers to one scenario, the engine's verdict on
 * each, and every trainer's verdict per criterion. Versioned plain JSON; reading never throws, and a
 * broken answer or verdict is set aside with its place in the file while the rest is kept.
 */
import { contentHash } from '../../engine/compile.ts';
import type { Locale } from '../../engine/types.ts';
import { own, record } from '../../engine/util.ts';
import { jsonErrorPosition, lineColumn } from '../json-position.ts';

/** Tag of a review file. */
export const REVIEW_FORMAT = 'rehearse-review';
/** Version of the review file; another version is refused with a message. */
export const REVIEW_VERSION = 1;
/** Longest answer kept (characters); longer ones are set aside. */
export const MAX_ANSWER_CHARS = 100_000;
/** Longest comment kept (characters). */
export const MAX_COMMENT_CHARS = 5_000;
/** Largest review or progress file read (bytes). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Where an answer came from. A trainee's name is kept only when the export carried one. */
export interface ReviewSource {
  kind: 'progress' | 'lrs';
  /** The attempt id (progress export) or the statement id (LRS). */
  ref: string;
  /** When the answer was given (ISO 8601), if known. */
  at?: string;
  /** The trainee, only when the export named them. */
  trainee?: string;
  /** The name of the file it was imported from. */
  file?: string;
}

/** One answer to review: a free prompt's node, the typed text, the engine's matched criteria. */
export interface ReviewAnswer {
  /** Stable id: a hash of the node and the text (see answerId). */
  id: string;
  node: string;
  text: string;
  /** Criteria the engine matched, for the scenario version of `scenario.hash`. */
  engine: string[];
  from: ReviewSource[];
}

/** A trainer's verdict on one criterion of one answer. */
export interface CriterionVerdict {
  met: boolean;
  comment?: string;
}

/** One trainer and their verdicts: answer id → criterion id → verdict. */
export interface Reviewer {
  id: string;
  name: string;
  verdicts: Record<string, Record<string, CriterionVerdict>>;
}

/** The scenario a review is about, and the content hash of the source the engine's verdicts come from. */
export interface ReviewedScenario {
  id: string;
  hash: string;
  title: string;
  locale: Locale;
}

/** A whole review file. */
export interface ReviewFile {
  format: typeof REVIEW_FORMAT;
  v: typeof REVIEW_VERSION;
  scenario: ReviewedScenario;
  answers: ReviewAnswer[];
  reviewers: Reviewer[];
}

/** What reading a review text gives: the review and notices about what was set aside, or why it was refused. */
export type ParsedReview = { review: ReviewFile; notices: string[] } | { error: string };

/** True when a text is (the start of) a review file rather than a progress export. */
export function looksLikeReview(text: string): boolean {
  return /^\s*\{[\s\S]{0,400}?"format"\s*:\s*"rehearse-review"/.test(text);
}

/** The text an answer is compared by: Unicode NFC, whitespace runs as one space, trimmed. */
export function normaliseAnswer(text: string): string {
  const nfc = /[^\u0000-\u007f]/.test(text) ? text.normalize('NFC') : text; // ASCII is already NFC
  return /\s\s|[^\S ]/.test(nfc) ? nfc.replace(/\s+/g, ' ').trim() : nfc.trim();
}

/** The id of an answer: the same node and (normalised) text always give the same id. */
export function answerId(node: string, text: string): string {
  return `a${contentHash(`${node}\n${normaliseAnswer(text)}`)}`;
}

/** A review with no answer yet. */
export function emptyReview(scenario: ReviewedScenario): ReviewFile {
  return { format: REVIEW_FORMAT, v: REVIEW_VERSION, scenario: { ...scenario }, answers: [], reviewers: [] };
}

/** The JSON text of a review file. */
export function serializeReview(review: ReviewFile): string {
  return JSON.stringify(review, null, 1);
}

/** "line L, column C" of a character offset in a text. */
export function positionOf(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  return `line ${line}, column ${column}`;
}

/** A JSON.parse error as a sentence with its line and column. */
export function jsonError(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = jsonErrorPosition(text, e);
  const where = at ? `line ${at.line}, column ${at.column}` : null;
  const said = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
  return `not valid JSON${where ? ` at ${where}` : ''}: ${said}`;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown, max = 10_000): x is string => typeof x === 'string' && x.length > 0 && x.length <= max;

function readSource(raw: unknown): ReviewSource | string {
  if (!isObject(raw)) return 'not an object';
  if (raw.kind !== 'progress' && raw.kind !== 'lrs') return '"kind" must be "progress" or "lrs"';
  if (!isText(raw.ref, 2000)) return '"ref" must be a non-empty string';
  const s: ReviewSource = { kind: raw.kind, ref: raw.ref };
  for (const k of ['at', 'trainee', 'file'] as const) {
    if (raw[k] === undefined) continue;
    if (!isText(raw[k], 2000)) return `"${k}" must be a non-empty string`;
    s[k] = raw[k];
  }
  return s;
}

function readAnswer(raw: unknown): ReviewAnswer | string {
  if (!isObject(raw)) return 'not an object';
  if (!isText(raw.node, 500)) return '"node" must be a non-empty string';
  if (typeof raw.text !== 'string' || normaliseAnswer(raw.text) === '') return '"text" must be a non-empty string';
  if (raw.text.length > MAX_ANSWER_CHARS) return `"text" is longer than ${MAX_ANSWER_CHARS} characters`;
  if (!Array.isArray(raw.engine) || !raw.engine.every((x) => isText(x, 500)))
    return '"engine" must be a list of criterion ids';
  if (!Array.isArray(raw.from)) return '"from" must be a list';
  const from: ReviewSource[] = [];
  for (const [i, s] of raw.from.entries()) {
    const read = readSource(s);
    if (typeof read === 'string') return `from[${i}]: ${read}`;
    from.push(read);
  }
  return { id: answerId(raw.node, raw.text), node: raw.node, text: raw.text, engine: [...raw.engine], from };
}

function readVerdicts(
  raw: unknown,
  where: string,
  rename: Map<string, string>,
  notices: string[],
): Reviewer['verdicts'] {
  const out = record<Record<string, CriterionVerdict>>();
  if (!isObject(raw)) {
    notices.push(`${where}.verdicts is not an object; set aside`);
    return out;
  }
  for (const answer of Object.keys(raw)) {
    const id = rename.get(answer);
    const byCriterion = raw[answer];
    if (id === undefined) {
      notices.push(`${where}.verdicts["${answer}"]: no such answer in the file; set aside`);
      continue;
    }
    if (!isObject(byCriterion)) {
      notices.push(`${where}.verdicts["${answer}"] is not an object; set aside`);
      continue;
    }
    // A plain object (null-prototype ones are slow in bulk): the one key it must not take is __proto__.
    const kept: Record<string, CriterionVerdict> = {};
    for (const criterion of Object.keys(byCriterion)) {
      const v = byCriterion[criterion];
      const place = `${where}.verdicts["${answer}"]["${criterion}"]`;
      if (criterion === '__proto__') notices.push(`${place}: not a criterion id; set aside`);
      else if (!isObject(v) || typeof v.met !== 'boolean')
        notices.push(`${place}: "met" must be true or false; set aside`);
      else if (v.comment !== undefined && (typeof v.comment !== 'string' || v.comment.length > MAX_COMMENT_CHARS))
        notices.push(`${place}: "comment" must be a string of at most ${MAX_COMMENT_CHARS} characters; set aside`);
      else kept[criterion] = v.comment ? { met: v.met, comment: v.comment } : { met: v.met };
    }
    const before = own(out, id);
    out[id] = before ? { ...before, ...kept } : kept;
  }
  return out;
}

function readScenarioRef(raw: unknown): ReviewedScenario | string {
  if (!isObject(raw)) return '"scenario" must be an object with id, hash, title and locale';
  for (const k of ['id', 'hash', 'title'] as const)
    if (!isText(raw[k], 2000)) return `"scenario.${k}" must be a string`;
  if (raw.locale !== 'fr' && raw.locale !== 'en') return '"scenario.locale" must be fr or en';
  return { id: raw.id as string, hash: raw.hash as string, title: raw.title as string, locale: raw.locale };
}

/** Reads a review file's text; never throws. Bad answers or verdicts are set aside with a notice naming their place. */
export function parseReview(text: string): ParsedReview {
  if (text.length > MAX_FILE_BYTES) return { error: `the file is larger than ${MAX_FILE_BYTES / 1048576} MB` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: jsonError(text, e) };
  }
  if (!isObject(data) || data.format !== REVIEW_FORMAT)
    return { error: `not a Rehearse review file (expected "format": "${REVIEW_FORMAT}")` };
  if (data.v !== REVIEW_VERSION)
    return {
      error: `unsupported review version ${JSON.stringify(data.v)} (this Rehearse reads version ${REVIEW_VERSION})`,
    };
  const scenario = readScenarioRef(data.scenario);
  if (typeof scenario === 'string') return { error: scenario };
  if (!Array.isArray(data.answers)) return { error: '"answers" must be a list' };
  if (!Array.isArray(data.reviewers)) return { error: '"reviewers" must be a list' };
  const notices: string[] = [];
  const review = emptyReview(scenario);
  const rename = new Map<string, string>();
  const byId = new Map<string, ReviewAnswer>();
  data.answers.forEach((raw, i) => {
    const a = readAnswer(raw);
    if (typeof a === 'string') return void notices.push(`answers[${i}]: ${a}; set aside`);
    if (isObject(raw) && typeof raw.id === 'string') rename.set(raw.id, a.id);
    rename.set(a.id, a.id);
    const seen = byId.get(a.id);
    if (seen) seen.from = mergeSources(seen.from, a.from);
    else {
      byId.set(a.id, a);
      review.answers.push(a);
    }
  });
  data.reviewers.forEach((raw, i) => {
    const where = `reviewers[${i}]`;
    if (!isObject(raw) || !isText(raw.id, 200) || !isText(raw.name, 200))
      return void notices.push(`${where}: a reviewer needs an "id" and a "name" (at most 200 characters); set aside`);
    const verdicts = readVerdicts(raw.verdicts, where, rename, notices);
    const same = review.reviewers.find((r) => r.id === raw.id);
    if (same) Object.assign(same.verdicts, verdicts);
    else review.reviewers.push({ id: raw.id, name: raw.name, verdicts });
  });
  return { review, notices };
}

/** Sources of both lists, each (kind, ref) once. */
export function mergeSources(a: ReviewSource[], b: ReviewSource[]): ReviewSource[] {
  const seen = new Set(a.map((s) => `${s.kind}\n${s.ref}`));
  return [...a, ...b.filter((s) => !seen.has(`${s.kind}\n${s.ref}`) && seen.add(`${s.kind}\n${s.ref}`))];
}

/**
 * Merges another review of the same scenario into `base` (a new object): answers by id, sources
 * deduplicated, reviewers by id (the other file's verdict wins where both judged the same criterion).
 */
export function mergeReviews(base: ReviewFile, other: ReviewFile): { review: ReviewFile } | { error: string } {
  if (other.scenario.id !== base.scenario.id)
    return { error: `this review is of scenario "${other.scenario.id}", not "${base.scenario.id}"` };
  const answers = base.answers.map((a) => ({ ...a, from: [...a.from] }));
  const index = new Map(answers.map((a) => [a.id, a]));
  for (const a of other.answers) {
    const seen = index.get(a.id);
    if (seen) seen.from = mergeSources(seen.from, a.from);
    else {
      const copy = { ...a, from: [...a.from] };
      index.set(a.id, copy);
      answers.push(copy);
    }
  }
  const reviewers = base.reviewers.map((r) => ({ ...r, verdicts: copyVerdicts(r.verdicts) }));
  for (const r of other.reviewers) {
    const same = reviewers.find((x) => x.id === r.id);
    if (!same) reviewers.push({ ...r, verdicts: copyVerdicts(r.verdicts) });
    else
      for (const id of Object.keys(r.verdicts))
        same.verdicts[id] = { ...(own(same.verdicts, id) ?? {}), ...own(r.verdicts, id) };
  }
  return { review: { ...base, answers, reviewers } };
}

/** A copy of the answer → verdicts map; the maps inside are shared (they are replaced, never changed in place). */
function copyVerdicts(v: Reviewer['verdicts']): Reviewer['verdicts'] {
  return Object.assign(record<Record<string, CriterionVerdict>>(), v);
}

/** The files the answers of a review were imported from, in order of first appearance. */
export function sourceFiles(review: ReviewFile): string[] {
  const files = new Set<string>();
  for (const a of review.answers) for (const s of a.from) if (s.file) files.add(s.file);
  return [...files];
}

/**
 * The part of a review about the answers imported from one file (one trainee's export): only those
 * answers, their sources from that file, and the verdicts on them — what to send that trainee.
 */
export function reviewOfFile(review: ReviewFile, file: string): ReviewFile {
  const answers = review.answers
    .filter((a) => a.from.some((s) => s.file === file))
    .map((a) => ({ ...a, from: a.from.filter((s) => s.file === file) }));
  const ids = new Set(answers.map((a) => a.id));
  const reviewers = review.reviewers.map((r) => {
    const verdicts = record<Record<string, CriterionVerdict>>();
    for (const id of Object.keys(r.verdicts)) if (ids.has(id)) verdicts[id] = { ...own(r.verdicts, id) };
    return { ...r, verdicts };
  });
  return { ...review, answers, reviewers: reviewers.filter((r) => Object.keys(r.verdicts).length > 0) };
}
