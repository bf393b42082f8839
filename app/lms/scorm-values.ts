/**
 * What the player writes into an LMS's SCORM run-time data model (1.2 `cmi.core.*`, 2004 `cmi.*`):
 * one interaction per answered prompt, the location, the status, the score and the resume text,
 * each within its standard's limits. Pure: the values come from the engine's report.
 */
import { report as engineReport, transcript, type SessionState } from '../../engine/session/core.ts';
import type { Report, Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { promptActivityId, promptScore, type FeedbackEvent } from '../xapi/statements.ts';
import { criticalsByTurn } from '../xapi/tracker.ts';

/** The SCORM editions a package can target. */
export type ScormVersion = '1.2' | '2004';

/** The size limits of each edition (characters), from its data model. */
export const SCORM_LIMITS = {
  '1.2': { response: 255, suspendData: 4096, location: 255, identifier: 255, description: 0 },
  '2004': { response: 4000, suspendData: 64000, location: 1000, identifier: 4000, description: 250 },
} as const;

/** Element / value pairs, in the order they must be set. */
export type ScormValues = Array<[element: string, value: string]>;

/** Cuts a text to at most `max` characters (code points never split). */
export function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

/** SCORM 1.2's CMITimespan (HHHH:MM:SS.SS) for a number of seconds. */
export function timespan12(seconds: number): string {
  const s = Math.max(0, seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = (s % 60).toFixed(2).padStart(5, '0');
  return `${String(Math.min(h, 9999)).padStart(4, '0')}:${String(m).padStart(2, '0')}:${rest}`;
}

/** SCORM 2004's duration (ISO 8601, seconds) for a number of seconds. */
export function duration2004(seconds: number): string {
  return `PT${Math.round(Math.max(0, seconds) * 100) / 100}S`;
}

const identifier = (s: string) => s.replace(/[^A-Za-z0-9_.:-]/g, '_');

function interaction(
  version: ScormVersion,
  scenario: Scenario,
  fb: FeedbackEvent,
  k: number,
  critical: boolean,
  now: string,
): ScormValues {
  const ask = own(scenario.nodes, fb.node)?.ask;
  const choice = ask?.kind === 'choice';
  const { possible, success: good } = promptScore(scenario, fb, critical);
  const base = `cmi.interactions.${k}.`;
  const limits = SCORM_LIMITS[version];
  if (version === '1.2') {
    const index = choice ? ask.options.findIndex((o) => o.id === fb.answer) : -1;
    const letter = index >= 0 && index < 26 ? String.fromCharCode(97 + index) : null;
    return [
      [`${base}id`, clip(identifier(`${k + 1}-${fb.node}`), limits.identifier)],
      [`${base}type`, choice && letter ? 'choice' : 'fill-in'],
      [
        `${base}student_response`,
        clip(choice && letter ? letter : fb.answer.replace(/\s+/g, ' ').trim(), limits.response),
      ],
      [`${base}result`, possible === 0 ? 'neutral' : good ? 'correct' : 'wrong'],
      [`${base}weighting`, String(possible)],
    ];
  }
  const values: ScormValues = [
    [`${base}id`, clip(promptActivityId(scenario, fb.node, {}), limits.identifier)],
    [`${base}type`, choice ? 'choice' : 'long-fill-in'],
    [`${base}timestamp`, now.replace(/\.\d+Z$/, 'Z')],
    [`${base}weighting`, String(possible)],
    [`${base}learner_response`, clip(choice ? identifier(fb.answer) : fb.answer, limits.response)],
    [`${base}result`, possible === 0 ? 'neutral' : good ? 'correct' : 'incorrect'],
  ];
  if (ask?.prompt) values.push([`${base}description`, clip(ask.prompt, limits.description)]);
  return values;
}

/** The values after a step: interactions of the prompts answered since `written`, the location, the resume text. */
export function progressValues(
  version: ScormVersion,
  scenario: Scenario,
  state: SessionState,
  written: number,
  resume: string,
  now: string,
): ScormValues {
  const feedback = transcript(state).filter((e): e is FeedbackEvent => e.type === 'feedback');
  const byTurn = criticalsByTurn(engineReport(scenario, state)).turns;
  const out: ScormValues = [];
  for (let k = written; k < feedback.length; k++)
    out.push(...interaction(version, scenario, feedback[k]!, k, byTurn[k]!.length > 0, now));
  const place = clip(state.at ?? state.path[state.np - 1] ?? '', SCORM_LIMITS[version].location);
  if (version === '1.2') {
    out.push(['cmi.core.lesson_location', place], ['cmi.suspend_data', resume]);
    if (!state.ended) out.push(['cmi.core.lesson_status', 'incomplete'], ['cmi.core.exit', 'suspend']);
  } else {
    out.push(['cmi.location', place], ['cmi.suspend_data', resume]);
    if (!state.ended) out.push(['cmi.completion_status', 'incomplete'], ['cmi.exit', 'suspend']);
  }
  return out;
}

/** The values of an ended attempt: score, completion and success (a critical error fails it, whatever the score). */
export function endValues(version: ScormVersion, report: Report): ScormValues {
  const raw = String(report.score);
  if (version === '1.2')
    return [
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
      ['cmi.core.score.raw', raw],
      ['cmi.core.lesson_status', report.passed ? 'passed' : 'failed'],
      ['cmi.core.exit', ''],
    ];
  return [
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.score.raw', raw],
    ['cmi.score.scaled', String(report.score / 100)],
    ['cmi.completion_status', 'completed'],
    ['cmi.success_status', report.passed ? 'passed' : 'failed'],
    ['cmi.exit', 'normal'],
  ];
}

/** The session time element and its value for a number of seconds. */
export function sessionTimeValue(version: ScormVersion, seconds: number): [string, string] {
  return version === '1.2'
    ? ['cmi.core.session_time', timespan12(seconds)]
    : ['cmi.session_time', duration2004(seconds)];
}
