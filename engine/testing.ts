/** Scripted play: a list of answers through a session, and a scenario's own `tests:`. */
import { criticalId, currentPrompt, report, start, step } from './session/index.ts';
import type { Input, Report, Scenario, ScriptedAnswer, TestExpect } from './types.ts';
import { msg, renderMessage, type MessageRef } from './diagnostics/message.ts';

/** The result of one scenario test. */
export interface TestResult {
  name: string;
  ok: boolean;
  failures: string[];
  /** The same failures as data (English template and values), for a screen that translates them. */
  detail: MessageRef[];
  report: Report;
}

function describeAnswer(a: ScriptedAnswer): string {
  return JSON.stringify(typeof a === 'string' ? a : 'text' in a ? a.text : a.choice);
}

/** The input for a scripted answer at a prompt of this kind, or an error. */
function toInput(a: ScriptedAnswer, kind: 'free' | 'choice'): Input | string {
  if (typeof a === 'string') return kind === 'free' ? { type: 'answer', text: a } : { type: 'choose', option: a };
  if (a && typeof a === 'object' && 'text' in a && typeof a.text === 'string') {
    return a.seconds === undefined
      ? { type: 'answer', text: a.text }
      : { type: 'answer', text: a.text, seconds: a.seconds };
  }
  if (a && typeof a === 'object' && 'choice' in a && typeof a.choice === 'string') {
    return a.seconds === undefined
      ? { type: 'choose', option: a.choice }
      : { type: 'choose', option: a.choice, seconds: a.seconds };
  }
  return 'an answer is a string, { text, seconds } or { choice, seconds }';
}

/** Why scripted play stopped: the answer (1-based `index`; 0 when the session could not start), its node, why. */
export interface PlayError {
  index: number;
  answer?: ScriptedAnswer;
  /** The prompt it was given to; null when it came after the end of the session. */
  node: string | null;
  message: string;
}

/** A play error in one sentence, e.g. `answer 2 ("maybe") at node "story": unknown option "maybe"…`. */
export function playErrorText(e: PlayError): string {
  return renderMessage(playErrorRef(e));
}

/** A play error as a message (the session's own reason stays as the engine says it). */
function playErrorRef(e: PlayError): MessageRef {
  if (e.answer === undefined) return msg`${e.message}`;
  const which = msg`answer ${e.index} (${describeAnswer(e.answer)})`;
  return e.node === null ? msg`${which} ${e.message}` : msg`${which} at node "${e.node}": ${e.message}`;
}

/**
 * Plays scripted answers (a string is the text for a free prompt, the option id for a choice)
 * and reports. Stops at the first answer that does not fit its prompt, with an `error`.
 */
export function play(
  scenario: Scenario,
  answers: ScriptedAnswer[],
  opts: { seed?: number } = {},
): { report: Report; error?: PlayError } {
  const begun = start(scenario, { seed: opts.seed ?? 1 });
  let state = begun.state;
  const stop = (error: PlayError) => ({ report: report(scenario, state), error });
  if (begun.error) return stop({ index: 0, node: null, message: begun.error });
  for (const [i, answer] of answers.entries()) {
    const prompt = currentPrompt(scenario, state);
    if (!prompt)
      return stop({
        index: i + 1,
        answer,
        node: null,
        message: renderMessage(msg`comes after the end of the session`),
      });
    const input = toInput(answer, prompt.kind);
    const r = typeof input === 'string' ? { state, error: input } : step(scenario, state, input);
    if (r.error) return stop({ index: i + 1, answer, node: prompt.node, message: r.error });
    state = r.state;
  }
  return { report: report(scenario, state) };
}

const list = (xs: readonly string[]) => `[${xs.join(', ')}]`;

/** The failures of a report against a test's `expect`, one clear sentence each. */
export function checkExpect(expect: TestExpect, r: Report): string[] {
  return expectFailures(expect, r).map((m) => renderMessage(m));
}

/** The failures of a report against a test's `expect`, as messages. */
function expectFailures(expect: TestExpect, r: Report): MessageRef[] {
  const f: MessageRef[] = [];
  if (expect.outcome !== undefined && r.outcome !== expect.outcome)
    f.push(msg`expected outcome ${expect.outcome}, got ${r.outcome ?? msg`none (the session did not end)`}`);
  if (expect.passed !== undefined && r.passed !== expect.passed)
    f.push(
      msg`expected passed ${String(expect.passed)}, got ${String(r.passed)} (score ${r.score}${r.critical ? msg`, critical` : msg``})`,
    );
  if (expect.critical !== undefined && r.critical !== expect.critical) {
    f.push(
      r.criticals.length
        ? msg`expected critical ${String(expect.critical)}, got ${String(r.critical)} (${r.criticals.map(criticalId).join(', ')})`
        : msg`expected critical ${String(expect.critical)}, got ${String(r.critical)}`,
    );
  }
  if (expect.score_min !== undefined && r.score < expect.score_min)
    f.push(msg`expected score ≥ ${expect.score_min}, got ${r.score}`);
  if (expect.score_max !== undefined && r.score > expect.score_max)
    f.push(msg`expected score ≤ ${expect.score_max}, got ${r.score}`);
  if (expect.path !== undefined && list(expect.path) !== list(r.path))
    f.push(msg`expected path ${list(expect.path)}, got ${list(r.path)}`);
  const matched = new Set(r.turns.flatMap((t) => t.matched));
  for (const id of expect.matched ?? [])
    if (!matched.has(id)) f.push(msg`expected ${id} to match, it did not (matched: ${list([...matched])})`);
  for (const id of expect.not_matched ?? []) {
    const turn = r.turns.find((t) => t.matched.includes(id));
    if (turn) f.push(msg`expected ${id} not to match, it matched ${JSON.stringify(turn.answer)} at node ${turn.node}`);
  }
  return f;
}

/** Runs every test of a scenario's `tests:`. */
export function runTests(scenario: Scenario): TestResult[] {
  return scenario.tests.map((t) => {
    const { report: r, error } = play(scenario, t.answers);
    const detail = [...(error ? [playErrorRef(error)] : []), ...expectFailures(t.expect, r)];
    const failures = detail.map((m) => renderMessage(m));
    return { name: t.name, ok: failures.length === 0, failures, detail, report: r };
  });
}
