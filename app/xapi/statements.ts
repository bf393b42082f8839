/**
 * Rehearse's xAPI statements (docs/xapi.md), built from the engine's own results: the scenario as
 * an activity, one `answered` per prompt with the engine's score of that prompt, critical errors,
 * and the attempt's completed + passed/failed. Pure: ids and times come from the caller.
 */
import { roundPercent, score } from '../../engine/session/core.ts';
import type { CriticalError, Report, Scenario, SessionEvent, Turn } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { ACTIVITY_TYPES, CMI5, DEFAULT_ACTIVITY_BASE, EXT, PROFILE, VERBS } from './profile.ts';
import type { Activity, Agent, Context, Result, Statement } from './types.ts';

/** What a cmi5 launch gave the player (the LMS's launch parameters and LMS.LaunchData). */
export interface Cmi5Launch {
  activityId: string;
  registration: string;
  sessionId: string;
  launchMode: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  /** LMS.LaunchData's contextTemplate, merged into every statement. */
  contextTemplate: Context;
}

/** Who is learning, and how their statements are written. */
export interface StatementOptions {
  actor: Agent;
  /** Put the typed answer in result.response (off unless the organisation turns it on). */
  includeResponse: boolean;
  /** Base IRI of scenario and prompt activity ids (ends with `/`). */
  activityBase?: string;
  cmi5?: Cmi5Launch;
  now(): string;
  uuid(): string;
}

/** One attempt's identity: its registration, the session seed, when it started. */
export interface AttemptRef {
  registration: string;
  seed: number;
  contentHash: string;
  startedAt: string;
}

/** A feedback event (one answered prompt). */
export type FeedbackEvent = Extract<SessionEvent, { type: 'feedback' }>;

const lang = (s: Scenario) => s.locale;
const text = (s: Scenario, value: string) => ({ [lang(s)]: value });

/** The activity id of a scenario (or the cmi5 AU's id when launched by an LMS). */
export function scenarioActivityId(scenario: Scenario, opts: Pick<StatementOptions, 'activityBase' | 'cmi5'>): string {
  return (
    opts.cmi5?.activityId ?? `${opts.activityBase ?? DEFAULT_ACTIVITY_BASE}scenarios/${encodeURIComponent(scenario.id)}`
  );
}

/** The activity id of one prompt (node) of a scenario. */
export function promptActivityId(
  scenario: Scenario,
  node: string,
  opts: Pick<StatementOptions, 'activityBase'>,
): string {
  const base = opts.activityBase ?? DEFAULT_ACTIVITY_BASE;
  return `${base}scenarios/${encodeURIComponent(scenario.id)}/prompts/${encodeURIComponent(node)}`;
}

function scenarioActivity(scenario: Scenario, opts: StatementOptions): Activity {
  const definition: NonNullable<Activity['definition']> = {
    type: ACTIVITY_TYPES.scenario,
    name: text(scenario, scenario.title),
  };
  if (scenario.summary) definition.description = text(scenario, scenario.summary);
  return { objectType: 'Activity', id: scenarioActivityId(scenario, opts), definition };
}

function promptActivity(scenario: Scenario, node: string, opts: StatementOptions): Activity {
  const ask = own(scenario.nodes, node)?.ask;
  const definition: NonNullable<Activity['definition']> = {
    type: ACTIVITY_TYPES.prompt,
    name: text(scenario, ask?.prompt ?? node),
    interactionType: ask?.kind === 'choice' ? 'choice' : 'long-fill-in',
  };
  if (ask?.kind === 'choice')
    definition.choices = ask.options.map((o) => ({ id: o.id, description: text(scenario, o.text) }));
  return { objectType: 'Activity', id: promptActivityId(scenario, node, opts), definition };
}

function merge(template: Context | undefined, own: Context): Context {
  if (!template) return own;
  const activities = { ...template.contextActivities };
  for (const [k, list] of Object.entries(own.contextActivities ?? {}))
    activities[k as keyof typeof activities] = [...(activities[k as keyof typeof activities] ?? []), ...(list ?? [])];
  return {
    ...template,
    ...own,
    contextActivities: activities,
    extensions: { ...template.extensions, ...own.extensions },
  };
}

/** The context of a statement: registration, the scenario's hash and seed, parent and category activities. */
function context(
  scenario: Scenario,
  attempt: AttemptRef,
  opts: StatementOptions,
  extra: { node?: string; cmi5Category?: boolean; moveOn?: boolean } = {},
): Context {
  const category: Activity[] = [{ objectType: 'Activity', id: PROFILE, definition: { type: ACTIVITY_TYPES.profile } }];
  if (extra.cmi5Category) category.push({ objectType: 'Activity', id: CMI5.category });
  if (extra.moveOn) category.push({ objectType: 'Activity', id: CMI5.moveOn });
  const extensions: Record<string, unknown> = {
    [EXT.scenario]: scenario.id,
    [EXT.contentHash]: attempt.contentHash,
    [EXT.seed]: attempt.seed,
  };
  if (extra.node !== undefined) extensions[EXT.node] = extra.node;
  const own: Context = {
    registration: attempt.registration,
    platform: 'Rehearse',
    language: lang(scenario),
    contextActivities: {
      category,
      ...(extra.node !== undefined ? { parent: [scenarioActivity(scenario, opts)] } : {}),
    },
    extensions,
  };
  return merge(opts.cmi5?.contextTemplate, own);
}

function statement(
  opts: StatementOptions,
  verb: (typeof VERBS)[keyof typeof VERBS],
  object: Activity,
  ctx: Context,
  result?: Result,
): Statement {
  const s: Statement = { id: opts.uuid(), actor: opts.actor, verb, object, context: ctx, timestamp: opts.now() };
  if (result) s.result = result;
  return s;
}

/** The first statement of an attempt: `launched` (on its own) or, under cmi5, `initialized`. */
export function startStatement(scenario: Scenario, attempt: AttemptRef, opts: StatementOptions): Statement {
  const cmi5 = opts.cmi5 !== undefined;
  return statement(
    opts,
    cmi5 ? VERBS.initialized : VERBS.launched,
    scenarioActivity(scenario, opts),
    context(scenario, attempt, opts, { cmi5Category: cmi5 }),
  );
}

/** The engine's score of one answered prompt: per competency, overall, points possible, and whether it went well. */
export function promptScore(scenario: Scenario, fb: FeedbackEvent, criticalHere: boolean) {
  const { competencies, score: overall } = score(scenario, [fb]);
  const perCompetency: Record<string, { label: string; score: number; earned: number; possible: number }> = {};
  let possible = 0;
  for (const id of Object.keys(competencies)) {
    const c = competencies[id]!;
    if (c.possible <= 0) continue;
    possible += c.possible;
    perCompetency[id] = { label: c.label, score: c.score, earned: c.earned, possible: c.possible };
  }
  const success = !criticalHere && (possible === 0 || overall >= scenario.pass);
  return { competencies: perCompetency, score: overall, possible, success };
}

/** One answered prompt as an xAPI result: scaled 0–1 when the prompt has points to earn. */
export function promptResult(scenario: Scenario, fb: FeedbackEvent, turn: Turn, criticalHere: boolean): Result {
  const p = promptScore(scenario, fb, criticalHere);
  const choice = own(scenario.nodes, fb.node)?.ask?.kind === 'choice';
  const result: Result = {
    success: p.success,
    score: p.possible > 0 ? { scaled: p.score / 100, raw: fb.points, max: p.possible } : { raw: fb.points },
    extensions: { [EXT.matched]: turn.matched, [EXT.competencies]: p.competencies, [EXT.late]: turn.late },
  };
  if (choice) result.extensions![EXT.option] = fb.answer;
  if (turn.stuffed) result.extensions![EXT.stuffed] = true;
  return result;
}

/** `answered` for one prompt; the typed text is in result.response only when `includeResponse` is on. */
export function answeredStatement(
  scenario: Scenario,
  attempt: AttemptRef,
  opts: StatementOptions,
  fb: FeedbackEvent,
  turn: Turn,
  criticalHere: boolean,
): Statement {
  const result = promptResult(scenario, fb, turn, criticalHere);
  const choice = own(scenario.nodes, fb.node)?.ask?.kind === 'choice';
  if (choice || opts.includeResponse) result.response = fb.answer;
  return statement(
    opts,
    VERBS.answered,
    promptActivity(scenario, fb.node, opts),
    context(scenario, attempt, opts, { node: fb.node }),
    result,
  );
}

/** One critical error: about its prompt (a criterion or an option) or about the scenario (a critical ending). */
export function criticalStatement(
  scenario: Scenario,
  attempt: AttemptRef,
  opts: StatementOptions,
  critical: CriticalError,
): Statement {
  const aboutPrompt = 'id' in critical;
  return statement(
    opts,
    VERBS.criticalError,
    aboutPrompt ? promptActivity(scenario, critical.node, opts) : scenarioActivity(scenario, opts),
    context(scenario, attempt, opts, aboutPrompt ? { node: critical.node } : {}),
    { success: false, extensions: { [EXT.critical]: { ...critical } } },
  );
}

/** An ISO 8601 duration (seconds, two decimals at most) between two ISO dates. */
export function isoDuration(fromIso: string, toIso: string): string {
  const ms = Math.max(0, Date.parse(toIso) - Date.parse(fromIso));
  return `PT${Math.round(ms / 10) / 100}S`;
}

/** Whether the attempt passed: the engine's verdict, or the cmi5 LMS's masteryScore (never with a critical error). */
export function attemptPassed(report: Report, opts: Pick<StatementOptions, 'cmi5'>): boolean {
  const mastery = opts.cmi5?.masteryScore;
  if (mastery === undefined) return report.passed;
  return !report.critical && roundPercent(report.score) >= roundPercent(mastery * 100);
}

/** The end of an attempt: `completed`, then `passed` or `failed`, with the score and the competencies. */
export function endStatements(
  scenario: Scenario,
  attempt: AttemptRef,
  opts: StatementOptions,
  report: Report,
): Statement[] {
  if (opts.cmi5 && opts.cmi5.launchMode !== 'Normal') return [];
  const now = opts.now();
  const duration = isoDuration(attempt.startedAt, now);
  const competencies: Record<string, unknown> = {};
  for (const id of Object.keys(report.competencies)) competencies[id] = { ...report.competencies[id]! };
  const extensions = {
    [EXT.outcome]: report.outcome,
    [EXT.competencies]: competencies,
    [EXT.criticals]: report.criticals.map((c) => ({ ...c })),
  };
  const passed = attemptPassed(report, opts);
  const scoreOf = { scaled: report.score / 100, raw: report.score, min: 0, max: 100 };
  const cmi5 = opts.cmi5 !== undefined;
  const object = scenarioActivity(scenario, opts);
  const completed = statement(
    opts,
    VERBS.completed,
    object,
    context(scenario, attempt, opts, { cmi5Category: cmi5, moveOn: cmi5 }),
    { completion: true, duration, ...(cmi5 ? {} : { score: scoreOf, success: passed, extensions }) },
  );
  const verdictContext = context(scenario, attempt, opts, { cmi5Category: cmi5, moveOn: cmi5 });
  if (opts.cmi5?.masteryScore !== undefined) verdictContext.extensions![CMI5.masteryScore] = opts.cmi5.masteryScore;
  const verdict = statement(opts, passed ? VERBS.passed : VERBS.failed, object, verdictContext, {
    score: scoreOf,
    success: passed,
    duration,
    extensions,
  });
  return [completed, verdict];
}

/** cmi5's last statement of a session: `terminated`, with the session's duration. */
export function terminatedStatement(
  scenario: Scenario,
  attempt: AttemptRef,
  opts: StatementOptions,
  sessionStartedAt: string,
): Statement {
  return statement(
    opts,
    VERBS.terminated,
    scenarioActivity(scenario, opts),
    context(scenario, attempt, opts, { cmi5Category: true }),
    { duration: isoDuration(sessionStartedAt, opts.now()) },
  );
}
