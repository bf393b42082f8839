/** What the builder collects to check once every id of the scenario is known. */
import type { Node } from './context.ts';
import type { Condition, Effects } from '../types.ts';

/** A reference by id to something declared elsewhere in the file. */
export interface Ref {
  kind: 'node' | 'competency' | 'character' | 'outcome' | 'option' | 'criterion';
  id: string;
  at: Node | null;
  what: string;
}

/** A parsed condition and where its source text starts. */
export interface CondAt {
  cond: Condition;
  at: Node | null;
}

/** A `set` block and the nodes of its keys. */
export interface SetAt {
  effects: Effects;
  keys: Map<string, Node>;
  values: Map<string, Node | null>;
}

/** A phrase of a criterion, for the concept check. */
export interface PhraseAt {
  text: string;
  at: Node | null;
}

/** Everything collected while building. */
export interface Collected {
  refs: Ref[];
  conds: CondAt[];
  sets: SetAt[];
  phrases: PhraseAt[];
  /** criterion/option id → where it is declared. */
  ids: Map<string, { kind: 'criterion' | 'option'; at: Node | null; node: string }>;
  /** node id → key node. */
  nodeKeys: Map<string, Node>;
  testNodes: Array<{ at: Node | null; index: number }>;
}

/** An empty collection. */
export function collected(): Collected {
  return { refs: [], conds: [], sets: [], phrases: [], ids: new Map(), nodeKeys: new Map(), testNodes: [] };
}
