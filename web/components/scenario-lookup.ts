/** Reading a scenario's prompts for the screens: criteria points, option texts (read with own()). */
import type { ChoiceAsk, Criterion, FreeAsk, Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';

/** The free prompt of a node, if it has one. */
export function freeAsk(s: Scenario, node: string): FreeAsk | undefined {
  const ask = own(s.nodes, node)?.ask;
  return ask?.kind === 'free' ? ask : undefined;
}

/** The choice prompt of a node, if it has one. */
export function choiceAsk(s: Scenario, node: string): ChoiceAsk | undefined {
  const ask = own(s.nodes, node)?.ask;
  return ask?.kind === 'choice' ? ask : undefined;
}

/** The criterion with this id in a node's free prompt. */
export function criterion(s: Scenario, node: string, id: string): Criterion | undefined {
  return freeAsk(s, node)?.criteria.find((c) => c.id === id);
}

/** A function giving the points of a criterion of a node (0 when unknown). */
export function pointsIn(s: Scenario, node: string): (id: string) => number {
  return (id) => criterion(s, node, id)?.points ?? 0;
}

/** The text of an option, or the id itself when unknown. */
export function optionText(s: Scenario, node: string, id: string): string {
  return choiceAsk(s, node)?.options.find((o) => o.id === id)?.text ?? id;
}
