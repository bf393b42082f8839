/** Play as a pure step: `start` a session, then `step` it with each input. */
import type { ChoiceAsk, ChoiceOption, FreeAsk, Input, Scenario, SessionEvent } from '../types.ts';
import { own, record } from '../util.ts';
import { advance } from './advance.ts';
import { findOption, readChoice } from './feedback.ts';
import { answerReader } from './reader.ts';
import { applyEffects, holds } from './effects.ts';
import { seedState } from './rng.ts';
import { checkState, fork, mark, markKey, pushEvent, STATE_VERSION, type SessionState } from './state.ts';

/** What `start` and `step` return; on `error` the state is the one given and no event happened. */
export interface StepResult {
  state: SessionState;
  events: SessionEvent[];
  error?: string;
}

/** Starts a session: enters the start node and runs to the first prompt (or an end). */
export function start(scenario: Scenario, opts: { seed: number }): StepResult {
  const seed = seedState(opts.seed);
  const state: SessionState = {
    v: STATE_VERSION,
    scenario: scenario.id,
    seed,
    rng: seed,
    at: null,
    ended: false,
    outcome: null,
    late: false,
    vars: Object.assign(record(), scenario.state),
    events: [],
    ne: 0,
    path: [],
    np: 0,
    marks: record(),
  };
  const events: SessionEvent[] = [];
  const error = advance(scenario, state, scenario.start, events);
  return error ? { state, events, error } : { state, events };
}

function refuse(state: SessionState, error: string): StepResult {
  return { state, events: [], error };
}

/** An input that fits the prompt waited at, narrowed to its kind. */
type FittingInput =
  { kind: 'free'; ask: FreeAsk; text: string } | { kind: 'choice'; ask: ChoiceAsk; option: ChoiceOption };

/** The input narrowed to the prompt's kind, or why it does not fit. */
function fitInput(scenario: Scenario, state: SessionState, input: Input): FittingInput | string {
  if (state.ended) return 'the session has ended: it takes no more answers';
  const ask = own(scenario.nodes, state.at!)!.ask!;
  if (typeof input !== 'object' || input === null) return 'the input is not an answer or a choice';
  if (input.seconds !== undefined && !(typeof input.seconds === 'number' && input.seconds >= 0))
    return 'seconds must be a number ≥ 0';
  if (input.type === 'answer') {
    if (ask.kind === 'choice') return `this prompt is a choice: pick one of ${ask.options.map((o) => o.id).join(', ')}`;
    if (typeof input.text !== 'string' || input.text.trim() === '')
      return 'the answer is empty: type something before sending';
    return { kind: 'free', ask, text: input.text };
  }
  if (input.type === 'choose') {
    if (ask.kind === 'free') return 'this prompt expects a typed answer, not a choice';
    const option = findOption(ask, input.option);
    if (!option)
      return `unknown option "${String(input.option)}": pick one of ${ask.options.map((o) => o.id).join(', ')}`;
    return { kind: 'choice', ask, option };
  }
  return `unknown input type "${String((input as { type?: unknown }).type)}"`;
}

/** The answers typed so far at other free prompts than `node` (for the r2 keyword-stuffing rule). */
function answersElsewhere(scenario: Scenario, state: SessionState, node: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < state.ne; i++) {
    const e = state.events[i]!;
    if (e.type === 'feedback' && e.node !== node && own(scenario.nodes, e.node)?.ask?.kind === 'free')
      out.push(e.answer);
  }
  return out;
}

/**
 * Gives the session one input (a typed answer or a chosen option). Never throws: an input that
 * does not fit returns the same state, no event and an `error`.
 */
export function step(scenario: Scenario, state: SessionState, input: Input): StepResult {
  const bad = checkState(scenario, state);
  if (bad) return refuse(state, bad);
  const fit = fitInput(scenario, state, input);
  if (typeof fit === 'string') return refuse(state, fit);
  const { ask } = fit;
  const node = own(scenario.nodes, state.at!)!;
  const s = fork(state);
  const out: SessionEvent[] = [];
  s.late = input.seconds !== undefined && ask.seconds !== undefined && input.seconds > ask.seconds;
  let target: string;
  if (fit.kind === 'free') {
    const score = answerReader();
    if (!score || scenario.phrasesLater)
      return refuse(state, 'the answer checker is still loading: send the answer again in a moment');
    const fb = score(scenario, node.id, fit.ask, fit.text, s.late, answersElsewhere(scenario, s, node.id));
    const at = pushEvent(s, fb, out);
    for (const i of fb.items) mark(s, markKey('m:', i.id), at);
    for (const c of fit.ask.criteria) if (c.set && fb.items.some((i) => i.id === c.id)) applyEffects(s, c.set);
    const route = fit.ask.next.find((r) => holds(s, r.when));
    if (!route) return refuse(state, `no route out of "${node.id}" holds`);
    applyEffects(s, route.set);
    target = route.goto;
  } else {
    const { option } = fit;
    const at = pushEvent(s, readChoice(node.id, option, s.late), out);
    mark(s, markKey('c:', option.id), at);
    applyEffects(s, option.set);
    target = option.goto;
  }
  s.at = null;
  const error = advance(scenario, s, target, out);
  return error ? refuse(state, error) : { state: s, events: out };
}
