/** Walking the graph: entering nodes, saying their lines, stopping at a prompt or an end. */
import type { ChoiceAsk, PromptEvent, Scenario, ScenarioNode, SessionEvent } from '../types.ts';
import { own } from '../util.ts';
import { applyEffects, holds } from './effects.ts';
import { nextRandom } from './rng.ts';
import { mark, markKey, pushEvent, type SessionState } from './state.ts';

/** Most nodes entered in one step without a prompt; beyond it the scenario is looping. */
export const MAX_AUTO_STEPS = 10_000;

function random(s: SessionState): number {
  const [r, rng] = nextRandom(s.rng);
  s.rng = rng;
  return r;
}

function promptEvent(s: SessionState, node: ScenarioNode): PromptEvent {
  const ask = node.ask!;
  const shown = {
    ...(ask.prompt !== undefined ? { prompt: ask.prompt } : {}),
    ...(ask.seconds !== undefined ? { seconds: ask.seconds } : {}),
  };
  if (ask.kind === 'choice')
    return { type: 'prompt', node: node.id, kind: 'choice', ...shown, options: optionsOf(s, ask) };
  return {
    type: 'prompt',
    node: node.id,
    kind: 'free',
    ...shown,
    ...(ask.hint !== undefined ? { hint: ask.hint } : {}),
  };
}

/** The options as shown, built once per prompt (events are read-only data, so sessions share them). */
const shownOptions = new WeakMap<ChoiceAsk, Array<{ id: string; text: string }>>();

function optionsOf(s: SessionState, ask: ChoiceAsk): Array<{ id: string; text: string }> {
  let shown = shownOptions.get(ask);
  if (!shown) shownOptions.set(ask, (shown = ask.options.map((o) => ({ id: o.id, text: o.text }))));
  if (!ask.shuffle) return shown;
  const options = shown.slice();
  for (let i = options.length - 1; i > 0; i--) {
    const j = Math.floor(random(s) * (i + 1));
    [options[i], options[j]] = [options[j]!, options[i]!];
  }
  return options;
}

function enter(scenario: Scenario, s: SessionState, node: ScenarioNode, out: SessionEvent[]): void {
  s.path.push(node.id);
  mark(s, markKey('v:', node.id), s.np++);
  for (const line of node.say) {
    if (!holds(s, line.when) || line.text.length === 0) continue;
    const text = line.text.length === 1 ? line.text[0]! : line.text[Math.floor(random(s) * line.text.length)]!;
    const name = own(scenario.characters, line.who)?.name ?? line.who;
    pushEvent(s, { type: 'line', node: node.id, who: line.who, name, text }, out);
  }
}

/**
 * Goes to `target` and on through nodes without a prompt, until a prompt (the session then waits
 * there) or an end. Returns an error message instead when a node is missing or the walk loops.
 */
export function advance(scenario: Scenario, s: SessionState, target: string, out: SessionEvent[]): string | null {
  let id = target;
  for (let n = 0; n < MAX_AUTO_STEPS; n++) {
    const node = own(scenario.nodes, id);
    if (!node) return `the scenario has no node "${id}"`;
    enter(scenario, s, node, out);
    if (node.ask) {
      s.at = node.id;
      pushEvent(s, promptEvent(s, node), out);
      return null;
    }
    if (node.end !== undefined) {
      s.at = null;
      s.ended = true;
      s.outcome = node.end;
      const label = own(scenario.outcomes, node.end);
      const ended: SessionEvent = { type: 'ended', node: node.id, outcome: node.end };
      if (label !== undefined) ended.label = label;
      pushEvent(s, ended, out);
      return null;
    }
    if (node.goto !== undefined) {
      id = node.goto;
      continue;
    }
    const route = node.next?.find((r) => holds(s, r.when));
    if (!route) return `node "${node.id}" has nowhere to go: no route holds`;
    applyEffects(s, route.set);
    id = route.goto;
  }
  return `the scenario loops: more than ${MAX_AUTO_STEPS} nodes in a row without a prompt (last at "${id}")`;
}
