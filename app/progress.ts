/**
 * Progress records shared by the web app and the terminal: every finished or left attempt, as
 * versioned plain JSON. Pure functions only — storage (localStorage, a file) belongs to each
 * screen. Reading never throws: corrupt JSON or records are set aside with a reason.
 */
import {
  SETTINGS,
  type CompetencyResult,
  type Locale,
  type Report,
  type Scenario,
  type Setting,
  type Spans,
  type Turn,
} from '../engine/types.ts';
import { neutralizeControls } from '../engine/control-chars.ts';
import { byCount, counted } from './plural.ts';
import { completeRecords } from './progress-salvage.ts';
import { own, record } from '../engine/util.ts';

/** Version of one attempt record; records of another version are set aside on read. */
export const ATTEMPT_VERSION = 1;

/** One competency's result inside an attempt: the engine's own result, kept as is. */
export type AttemptCompetency = CompetencyResult;

/** One attempt at a scenario, as kept in the trainee's progress. */
export interface Attempt {
  v: 1;
  id: string;
  scenario: string;
  title: string;
  locale: Locale;
  setting: Setting;
  /** When the attempt ended (ISO 8601). */
  at: string;
  score: number;
  passed: boolean;
  critical: boolean;
  competencies: Record<string, AttemptCompetency>;
  outcome: string | null;
  ended: boolean;
  turns?: Turn[];
  /** Set on a quick-drill result: the one prompt (node) drilled, and the drill run it belonged to. */
  drill?: { node: string; run: string };
}

/** What is wrong with a progress text or one of its records, as data (screens word it in their language). */
export type ProgressProblem =
  | { code: 'json'; message: string } // the parser's message (app/json-position.ts finds the place from it)
  | { code: 'notProgress' }
  | { code: 'notObject' }
  | { code: 'version'; v: string }
  | { code: 'missing'; field: string }
  | { code: 'invalid'; field: string }
  | { code: 'competency'; id: string }
  | { code: 'turn'; n: number };

/** A record that could not be read, kept aside with the reason (English) and, as data, what is wrong. */
export interface SetAside {
  raw: unknown;
  reason: string;
  /** The 1-based place of the record in the file (absent: the whole text). */
  index?: number;
  why: ProgressProblem;
  /** A record of a newer version of Rehearse: not broken, only unknown here; it is kept as it is. */
  newer?: true;
}

/** What reading a progress text gives: the good attempts, the bad ones, and a notice if any were bad. */
export interface ParsedProgress {
  attempts: Attempt[];
  setAside: SetAside[];
  notice?: string;
  /** The file's own version when a newer Rehearse wrote it (its layout may have changed: never written over). */
  newerFile?: number;
  /** How many complete records were recovered from a cut (truncated) file. */
  salvaged?: number;
}

/** Tag of a serialized progress file. */
export const PROGRESS_FORMAT = 'rehearse-progress';

/** Builds an attempt from a session report; `at` is an ISO date (the clock is the caller's). */
export function attemptFromReport(scenario: Scenario, report: Report, at: string): Attempt {
  const competencies = record<AttemptCompetency>();
  for (const id of Object.keys(report.competencies)) {
    const c = own(report.competencies, id);
    if (c) competencies[id] = { score: c.score, earned: c.earned, possible: c.possible, label: c.label };
  }
  return {
    v: ATTEMPT_VERSION,
    id: `${scenario.id}@${at}`,
    scenario: scenario.id,
    title: scenario.title,
    locale: scenario.locale,
    setting: scenario.setting,
    at,
    score: report.score,
    passed: report.passed,
    critical: report.critical,
    competencies,
    outcome: report.outcome,
    ended: report.ended,
    turns: report.turns,
  };
}

/** The JSON text of a progress file (what export writes, parseProgress reads); `kept`: newer records, as they were. */
export function serializeProgress(attempts: Attempt[], kept: readonly unknown[] = []): string {
  return JSON.stringify({ format: PROGRESS_FORMAT, v: ATTEMPT_VERSION, attempts: [...attempts, ...kept] }, null, 2);
}

/** Reads a progress text (a progress file or a bare list); never throws. Empty text is no progress. */
export function parseProgress(text: string): ParsedProgress {
  if (text.trim() === '') return { attempts: [], setAside: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = neutralizeControls((e as Error).message);
    return parseCut(text, `not valid JSON: ${message}`, { code: 'json', message });
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.attempts) ? data.attempts : null;
  if (!list) {
    const reason = 'not a progress file (expected a list of attempts)';
    return {
      attempts: [],
      setAside: [{ raw: data, reason, why: { code: 'notProgress' } }],
      notice: `The saved progress could not be read (${reason}); it was set aside.`,
    };
  }
  const parsed = readRecords(list);
  const fileV = isObject(data) ? data.v : undefined;
  if (typeof fileV === 'number' && fileV > ATTEMPT_VERSION) parsed.newerFile = fileV;
  return parsed;
}

/** The records of a list: the attempts, and the others set aside with their reasons. */
function readRecords(list: readonly unknown[]): ParsedProgress {
  const attempts: Attempt[] = [];
  const setAside: SetAside[] = [];
  list.forEach((raw, i) => {
    const checked = readAttempt(raw);
    const place = { index: i + 1 };
    if (!('why' in checked)) attempts.push(checked);
    else if (isNewer(raw))
      setAside.push({ raw, reason: `record ${i + 1}: ${checked.reason}`, ...place, why: checked.why, newer: true });
    else setAside.push({ raw, reason: `record ${i + 1}: ${checked.reason}`, ...place, why: checked.why });
  });
  const bad = setAside.filter((x) => !x.newer).length;
  return bad ? { attempts, setAside, notice: setAsideNotice(bad, attempts.length) } : { attempts, setAside };
}

/** A text that is not JSON (a file cut by a full disk): the complete records before the cut; the text set aside. */
function parseCut(text: string, reason: string, why: ProgressProblem): ParsedProgress {
  const records = completeRecords(text);
  const whole: SetAside = { raw: text, reason, why };
  if (!records.length)
    return {
      attempts: [],
      setAside: [whole],
      notice: `The saved progress could not be read (${reason}); it was set aside.`,
    };
  const parsed = readRecords(records);
  return {
    attempts: parsed.attempts,
    setAside: [whole, ...parsed.setAside],
    notice:
      `The saved progress could not be read whole (${reason}); ` +
      `${counted('en', parsed.attempts.length, 'complete attempt', 'complete attempts')} before the cut` +
      ` ${byCount('en', parsed.attempts.length, 'was', 'were')} recovered.`,
    salvaged: parsed.attempts.length,
  };
}

/** A record of a newer version of the format (a number above ours), which this version keeps without reading. */
function isNewer(raw: unknown): boolean {
  return isObject(raw) && typeof raw.v === 'number' && raw.v > ATTEMPT_VERSION;
}

function setAsideNotice(bad: number, good: number): string {
  const were = byCount('en', bad, 'attempt could not be read and was', 'attempts could not be read and were');
  return `${bad} saved ${were} set aside; the other ${good} ${byCount('en', good, 'is', 'are')} kept.`;
}

/**
 * The drill rule, decided once: a quick-drill result scores one prompt alone, so it is listed as a
 * drill and never counted in a scenario's best score or a competency's trend.
 */
export function wholeScenarioAttempts(attempts: readonly Attempt[]): Attempt[] {
  return attempts.filter((a) => !a.drill);
}

/** Best score per scenario id, whole-scenario attempts only (null-prototype record). */
export function scenarioBests(attempts: readonly Attempt[]): Record<string, number> {
  const best = record<number>();
  for (const a of wholeScenarioAttempts(attempts)) {
    const prev = own(best, a.scenario);
    if (prev === undefined || a.score > prev) best[a.scenario] = a.score;
  }
  return best;
}

/**
 * Key of a competency in the trainee's history: its id in one language (`fr:empathy`). The same id in
 * a French and an English scenario is two competencies, labelled in their own language.
 */
export function competencyKey(locale: Locale, id: string): string {
  return `${locale}:${id}`;
}

/** Existing attempts plus the imported ones not already there (by id), oldest first. */
export function mergeImport(existing: Attempt[], imported: Attempt[]): Attempt[] {
  const seen = new Set(existing.map((a) => a.id));
  const merged = [...existing];
  for (const a of imported) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    merged.push(a);
  }
  return sortByDate(merged);
}

/** Orders two dated things (ISO 8601 `at`), oldest first: the one date order of progress and drills. */
export function byDate(x: { at: string }, y: { at: string }): number {
  return x.at < y.at ? -1 : x.at > y.at ? 1 : 0;
}

/** A copy sorted oldest first. */
export function sortByDate<T extends { at: string }>(items: readonly T[]): T[] {
  return [...items].sort(byDate);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** Why a record is not an attempt: in English, and as data. */
type Bad = { reason: string; why: ProgressProblem };
const bad = (reason: string, why: ProgressProblem): Bad => ({ reason, why });

/** A checked copy of one raw record, or why it is not an attempt. */
function readAttempt(raw: unknown): Attempt | Bad {
  if (!isObject(raw)) return bad('not an object', { code: 'notObject' });
  const r = raw;
  if (isNewer(r))
    return bad(`saved by a newer version of Rehearse (record version ${String(r.v)})`, {
      code: 'version',
      v: JSON.stringify(r.v),
    });
  if (r.v !== ATTEMPT_VERSION)
    return bad(`unsupported version ${JSON.stringify(r.v)} (expected ${ATTEMPT_VERSION})`, {
      code: 'version',
      v: JSON.stringify(r.v ?? null),
    });
  for (const k of ['id', 'scenario', 'title', 'at'] as const)
    if (typeof r[k] !== 'string' || r[k] === '') return bad(`"${k}" must be a non-empty string`, missing(k));
  if (Number.isNaN(Date.parse(r.at as string)))
    return bad(`"at" is not a date: ${JSON.stringify(r.at)}`, invalid('at'));
  if (r.locale !== 'fr' && r.locale !== 'en') return bad(`"locale" must be fr or en`, invalid('locale'));
  if (!(SETTINGS as readonly unknown[]).includes(r.setting))
    return bad(`"setting" must be one of ${SETTINGS.join(', ')}`, invalid('setting'));
  if (!isNum(r.score) || r.score < 0 || r.score > 100)
    return bad('"score" must be a number from 0 to 100', invalid('score'));
  for (const k of ['passed', 'critical', 'ended'] as const)
    if (typeof r[k] !== 'boolean') return bad(`"${k}" must be true or false`, invalid(k));
  if (r.outcome !== null && typeof r.outcome !== 'string')
    return bad('"outcome" must be a string or null', invalid('outcome'));
  if (!isObject(r.competencies)) return bad('"competencies" must be an object', invalid('competencies'));
  const competencies = record<AttemptCompetency>();
  for (const id of Object.keys(r.competencies)) {
    const c = own(r.competencies, id);
    if (!isObject(c) || !isNum(c.score) || !isNum(c.earned) || !isNum(c.possible) || typeof c.label !== 'string') {
      return bad(`competency "${id}" must have score, earned, possible and label`, { code: 'competency', id });
    }
    competencies[id] = { score: c.score, earned: c.earned, possible: c.possible, label: c.label };
  }
  const turns = r.turns === undefined ? undefined : readTurns(r.turns);
  if (turns && 'why' in turns) return turns;
  const a: Attempt = {
    v: ATTEMPT_VERSION,
    id: r.id as string,
    scenario: r.scenario as string,
    title: r.title as string,
    locale: r.locale,
    setting: r.setting as Setting,
    at: r.at as string,
    score: r.score,
    passed: r.passed as boolean,
    critical: r.critical as boolean,
    competencies,
    outcome: r.outcome as string | null,
    ended: r.ended as boolean,
  };
  if (turns) a.turns = turns;
  if (isObject(r.drill) && typeof r.drill.node === 'string' && typeof r.drill.run === 'string')
    a.drill = { node: r.drill.node, run: r.drill.run };
  return a;
}

const missing = (field: string): ProgressProblem => ({ code: 'missing', field });
const invalid = (field: string): ProgressProblem => ({ code: 'invalid', field });

/** Checked copies of an attempt's turns, or why one is not a turn (the whole record is then set aside). */
function readTurns(raw: unknown): Turn[] | Bad {
  if (!Array.isArray(raw)) return bad('"turns" must be a list', invalid('turns'));
  const turns: Turn[] = [];
  for (const [i, t] of raw.entries()) {
    const turn = readTurn(t);
    if (typeof turn === 'string') return bad(`turn ${i + 1}: ${turn}`, { code: 'turn', n: i + 1 });
    turns.push(turn);
  }
  return turns;
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** A checked copy of one turn, or what is wrong with it. */
function readTurn(t: unknown): Turn | string {
  if (!isObject(t)) return 'not an object';
  if (typeof t.node !== 'string' || t.node === '') return '"node" must be a non-empty string';
  if (typeof t.answer !== 'string') return '"answer" must be a string';
  if (!isStrings(t.matched)) return '"matched" must be a list of criterion ids';
  if (!isNum(t.points)) return '"points" must be a number';
  if (typeof t.late !== 'boolean') return '"late" must be true or false';
  const spans = readSpans(t.spans);
  if (!spans) return '"spans" must map criterion ids to [start, end] pairs';
  if (t.feedback !== undefined && !isStrings(t.feedback)) return '"feedback" must be a list of texts';
  const turn: Turn = { node: t.node, answer: t.answer, matched: [...t.matched], points: t.points, spans, late: t.late };
  if (t.feedback !== undefined) turn.feedback = [...(t.feedback as string[])];
  if (t.stuffed === true) turn.stuffed = true;
  return turn;
}

function readSpans(x: unknown): Spans | null {
  if (!isObject(x)) return null;
  const spans: Spans = record<Array<[number, number]>>();
  for (const id of Object.keys(x)) {
    const list = own(x, id);
    if (!Array.isArray(list)) return null;
    const pairs: Array<[number, number]> = [];
    for (const p of list) {
      if (!Array.isArray(p) || p.length !== 2 || !isNum(p[0]) || !isNum(p[1])) return null;
      pairs.push([p[0], p[1]]);
    }
    spans[id] = pairs;
  }
  return spans;
}
