/**
 * Progress records shared by the web app and the terminal: every finished or left attempt, as
 * versioned plain JSON. Pure functions only — storage (localStorage, a file) belongs to each
 * screen. Reading never throws: corrupt JSON or records are set aside with a reason.
 */
import type { Locale, Report, Scenario, Setting, Turn } from '../engine/types.ts';
import { own, record } from '../engine/util.ts';

/** Version of one attempt record; records of another version are set aside on read. */
export const ATTEMPT_VERSION = 1;

/** One competency's result inside an attempt. */
export interface AttemptCompetency {
  score: number;
  earned: number;
  possible: number;
  label: string;
}

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

/** A record that could not be read, kept aside with the reason. */
export interface SetAside {
  raw: unknown;
  reason: string;
}

/** What reading a progress text gives: the good attempts, the bad ones, and a notice if any were bad. */
export interface ParsedProgress {
  attempts: Attempt[];
  setAside: SetAside[];
  notice?: string;
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

/** The JSON text of a progress file (what export writes and parseProgress reads). */
export function serializeProgress(attempts: Attempt[]): string {
  return JSON.stringify({ format: PROGRESS_FORMAT, v: ATTEMPT_VERSION, attempts }, null, 2);
}

/** Reads a progress text (a progress file or a bare list); never throws. Empty text is no progress. */
export function parseProgress(text: string): ParsedProgress {
  if (text.trim() === '') return { attempts: [], setAside: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const reason = `not valid JSON: ${(e as Error).message}`;
    return {
      attempts: [],
      setAside: [{ raw: text, reason }],
      notice: `The saved progress could not be read (${reason}); it was set aside.`,
    };
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.attempts) ? data.attempts : null;
  if (!list) {
    const reason = 'not a progress file (expected a list of attempts)';
    return {
      attempts: [],
      setAside: [{ raw: data, reason }],
      notice: `The saved progress could not be read (${reason}); it was set aside.`,
    };
  }
  const attempts: Attempt[] = [];
  const setAside: SetAside[] = [];
  list.forEach((raw, i) => {
    const checked = readAttempt(raw);
    if (typeof checked === 'string') setAside.push({ raw, reason: `record ${i + 1}: ${checked}` });
    else attempts.push(checked);
  });
  const notice = setAside.length
    ? `${setAside.length} saved attempt${setAside.length > 1 ? 's' : ''} could not be read and ${setAside.length > 1 ? 'were' : 'was'} set aside; the other ${attempts.length} ${attempts.length === 1 ? 'is' : 'are'} kept.`
    : undefined;
  return notice ? { attempts, setAside, notice } : { attempts, setAside };
}

/** Best score per scenario id (null-prototype record). */
export function bestScores(attempts: Attempt[]): Record<string, number> {
  const best = record<number>();
  for (const a of attempts) {
    const prev = own(best, a.scenario);
    if (prev === undefined || a.score > prev) best[a.scenario] = a.score;
  }
  return best;
}

/** One point of a competency's history. */
export interface HistoryPoint {
  at: string;
  score: number;
  scenario: string;
}

/** Scores over time per competency id, oldest first (null-prototype record). */
export function competencyHistory(attempts: Attempt[]): Record<string, { label: string; points: HistoryPoint[] }> {
  const out = record<{ label: string; points: HistoryPoint[] }>();
  for (const a of sortByDate(attempts)) {
    for (const id of Object.keys(a.competencies)) {
      const c = own(a.competencies, id);
      if (!c || c.possible <= 0) continue;
      const entry = own(out, id) ?? (out[id] = { label: c.label, points: [] });
      entry.label = c.label;
      entry.points.push({ at: a.at, score: c.score, scenario: a.scenario });
    }
  }
  return out;
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

function sortByDate(attempts: Attempt[]): Attempt[] {
  return [...attempts].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const SETTINGS = ['classroom', 'call', 'chat', 'report', 'parents'];
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A checked copy of one raw record, or the reason it is not an attempt. */
function readAttempt(raw: unknown): Attempt | string {
  if (!isObject(raw)) return 'not an object';
  const r = raw;
  if (r.v !== ATTEMPT_VERSION) return `unsupported version ${JSON.stringify(r.v)} (expected ${ATTEMPT_VERSION})`;
  for (const k of ['id', 'scenario', 'title', 'at'] as const)
    if (typeof r[k] !== 'string' || r[k] === '') return `"${k}" must be a non-empty string`;
  if (Number.isNaN(Date.parse(r.at as string))) return `"at" is not a date: ${JSON.stringify(r.at)}`;
  if (r.locale !== 'fr' && r.locale !== 'en') return `"locale" must be fr or en`;
  if (!SETTINGS.includes(r.setting as string)) return `"setting" must be one of ${SETTINGS.join(', ')}`;
  if (!isNum(r.score) || r.score < 0 || r.score > 100) return '"score" must be a number from 0 to 100';
  for (const k of ['passed', 'critical', 'ended'] as const)
    if (typeof r[k] !== 'boolean') return `"${k}" must be true or false`;
  if (r.outcome !== null && typeof r.outcome !== 'string') return '"outcome" must be a string or null';
  if (!isObject(r.competencies)) return '"competencies" must be an object';
  const competencies = record<AttemptCompetency>();
  for (const id of Object.keys(r.competencies)) {
    const c = own(r.competencies, id);
    if (!isObject(c) || !isNum(c.score) || !isNum(c.earned) || !isNum(c.possible) || typeof c.label !== 'string') {
      return `competency "${id}" must have score, earned, possible and label`;
    }
    competencies[id] = { score: c.score, earned: c.earned, possible: c.possible, label: c.label };
  }
  if (r.turns !== undefined && !Array.isArray(r.turns)) return '"turns" must be a list';
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
  if (r.turns !== undefined) a.turns = r.turns as Turn[];
  if (isObject(r.drill) && typeof r.drill.node === 'string' && typeof r.drill.run === 'string')
    a.drill = { node: r.drill.node, run: r.drill.run };
  return a;
}
