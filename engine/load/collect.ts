/** What the builder collects to check once every id of the scenario is known. */
import type { Node } from './context.ts';
import type { Condition, Criterion, Effects } from '../types.ts';

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

/** A phrase of a criterion (or of a concept), for the phrase checks. */
export interface PhraseAt {
  text: string;
  at: Node | null;
  /** The criterion it belongs to and the node of its prompt (absent for a concept's phrase). */
  criterion?: Criterion;
  node?: string;
}

/** r2: one example of a criterion (or of a shared concept) and where it is written. */
export interface ExampleAt {
  /** The node of the criterion's prompt; null for a concept set's example. */
  node: string | null;
  criterion: Criterion;
  kind: 'yes' | 'no';
  text: string;
  at: Node | null;
}

/** r2: an entry of `use:` and where it is written. */
export interface UseAt {
  id: string;
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
  /** r2: the examples of criteria (and of a concept set's concepts). */
  examples: ExampleAt[];
  /** r2: the entries of `use:`. */
  uses: UseAt[];
  /** r2: concept name → its key node, and each phrase of a concept with its node. */
  conceptKeys: Map<string, Node>;
  conceptPhrases: PhraseAt[];
  /** r2: in a concept set, concept name → the key of its `examples` entry. */
  exampleKeys: Map<string, Node>;
}

/** An empty collection. */
export function collected(): Collected {
  return {
    refs: [],
    conds: [],
    sets: [],
    phrases: [],
    ids: new Map(),
    nodeKeys: new Map(),
    examples: [],
    uses: [],
    conceptKeys: new Map(),
    conceptPhrases: [],
    exampleKeys: new Map(),
  };
}
