/** The fast reader's tree: the same fields the checker reads on the `yaml` package's nodes. */
/** Source offsets: [start, end of the value, end of the node with its trailing comment]. */
export type Range = [number, number, number];

// The `yaml` package recognises its nodes by these registered symbols (nodes/identity.js), so its
// own isMap / isSeq / isScalar / isPair accept the fast reader's nodes and the checker walks
// either tree unchanged. tests/engine/fast-yaml.test.ts fails if a `yaml` update breaks this.
const NODE_TYPE = Symbol.for('yaml.node.type');

/** Thrown when the fast reader meets YAML it does not fully support; the loader then uses `yaml`. */
export class Unsupported {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {}
}

/** A scalar with its core-schema value and its style. */
export class FastScalar {
  /** The text before core-schema resolution, as the `yaml` package's Scalar.source. */
  readonly source: string;
  constructor(
    readonly value: unknown,
    readonly type: string,
    readonly range: Range,
    source?: string,
  ) {
    this.source = source ?? (value as string);
  }
}

/** A key: value pair. */
export class FastPair {
  constructor(
    readonly key: FastScalar,
    readonly value: FastNode,
  ) {}
}

/** A mapping. */
export class FastMap {
  readonly items: FastPair[] = [];
  range: Range = [0, 0, 0];
  /** The keys of a big mapping, to find a duplicate without a scan. */
  keySet: Set<unknown> | null = null;
  constructor(readonly flow: boolean) {}
}

/** A sequence. */
export class FastSeq {
  readonly items: FastNode[] = [];
  range: Range = [0, 0, 0];
  constructor(readonly flow: boolean) {}
}

/** Any node of the fast tree. */
export type FastNode = FastMap | FastSeq | FastScalar;

for (const [cls, type] of [
  [FastScalar, 'yaml.scalar'],
  [FastPair, 'yaml.pair'],
  [FastMap, 'yaml.map'],
  [FastSeq, 'yaml.seq'],
] as const) {
  Object.defineProperty(cls.prototype, NODE_TYPE, { value: Symbol.for(type) });
}
