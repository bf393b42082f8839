/** The checker's working context: positions in the source, the diagnostics found, safe AST reading. */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  visit,
  type Document,
  type LineCounter,
  type Node,
  type YAMLMap,
  type YAMLSeq,
  type Scalar,
} from 'yaml';
import type { Diagnostic, Severity } from '../types.ts';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../diagnostics/codes.ts';
import { msg, renderMessage, type MessageRef } from '../diagnostics/message.ts';

/** How many alias expansions one file may make (an alias bomb makes millions). */
export const MAX_ALIASES = 1000;

/** How many values (scalars, lists, mappings) aliases may copy in all (a few aliases of a big list multiply it). */
export const MAX_ALIAS_VALUES = 100_000;

/** Raised to stop the walk when a file is too complex; turned into RH005 by the loader. */
export class TooComplex {
  constructor(
    readonly message: MessageRef,
    readonly offset: number,
  ) {}
}

/** Collects diagnostics with exact positions while the checker reads one document. */
export class LoadContext {
  readonly diagnostics: Diagnostic[] = [];
  private aliases = 0;
  private copied = 0;
  private anchors: Map<string, Array<{ at: number; node: Node }>> | null = null;
  private sizes = new WeakMap<object, number>();
  constructor(
    readonly file: string,
    readonly doc: Document,
    readonly lc: LineCounter,
    readonly text = '',
  ) {}

  /** Adds a diagnostic at a node (its first character) or a source offset. */
  report(
    code: DiagnosticCode,
    at: Node | number | null | undefined,
    message: string | MessageRef,
    hint?: string | MessageRef,
    severity?: Severity,
  ): void {
    const range: [number, number] = typeof at === 'number' ? [at, at + 1] : [at?.range?.[0] ?? 0, at?.range?.[1] ?? 1];
    const start = this.lc.linePos(range[0]);
    const end = this.lc.linePos(Math.max(range[0] + 1, range[1]));
    const d: Diagnostic = {
      file: this.file,
      line: start.line,
      column: start.col,
      severity: severity ?? DIAGNOSTIC_CODES[code].severity,
      code,
      message: renderMessage(message),
    };
    if (end.line === start.line) {
      d.endLine = end.line;
      d.endColumn = end.col;
    }
    if (hint) d.hint = renderMessage(hint);
    if (typeof message !== 'string') d.detail = hint && typeof hint !== 'string' ? { message, hint } : { message };
    this.diagnostics.push(d);
  }

  /** Follows an alias to its target, counting expansions. */
  deref(n: unknown): Node | null {
    if (isAlias(n)) {
      const at = n.range?.[0] ?? 0;
      if (++this.aliases > MAX_ALIASES)
        throw new TooComplex(msg`more than ${MAX_ALIASES} alias expansions (is this an alias bomb?)`, at);
      const target = this.anchor(n.source, at);
      if (target && (this.copied += this.size(target)) > MAX_ALIAS_VALUES)
        throw new TooComplex(msg`aliases copy more than ${MAX_ALIAS_VALUES} values (is this an alias bomb?)`, at);
      return target;
    }
    return (n as Node | null) ?? null;
  }

  /** The node of the last anchor `name` before `at` (one walk of the document, not one per alias). */
  private anchor(name: string, at: number): Node | null {
    if (!this.anchors) {
      const found = new Map<string, Array<{ at: number; node: Node }>>();
      visit(this.doc, {
        Node: (_k, node) => {
          if (node.anchor && !isAlias(node)) {
            let l = found.get(node.anchor);
            if (!l) found.set(node.anchor, (l = []));
            l.push({ at: node.range?.[0] ?? 0, node });
          }
        },
      });
      this.anchors = found;
    }
    let best: Node | null = null;
    for (const a of this.anchors.get(name) ?? []) if (a.at < at) best = a.node;
    return best;
  }

  /** How many values a node holds, itself included (aliases inside count as one). */
  private size(n: unknown): number {
    if (!isMap(n) && !isSeq(n)) return 1;
    const known = this.sizes.get(n);
    if (known !== undefined) return known;
    let total = 1;
    for (const it of n.items as unknown[])
      total += isMap(n)
        ? this.size((it as { key: unknown }).key) + this.size((it as { value: unknown }).value)
        : this.size(it);
    this.sizes.set(n, total);
    return total;
  }
}

/** What kind of YAML value a node is, in a trainer's words. */
export function yamlKind(n: Node | null): MessageRef {
  if (n === null) return msg`nothing`;
  if (isMap(n)) return msg`a mapping`;
  if (isSeq(n)) return msg`a list`;
  if (isScalar(n)) {
    const v = n.value;
    if (v === null) return msg`nothing`;
    if (typeof v === 'string') return msg`text`;
    if (typeof v === 'number') return msg`a number`;
    if (typeof v === 'boolean') return v ? msg`true` : msg`false`;
  }
  return msg`something else`;
}

/** The `yaml` node tests and types the checker uses, from one place (the fast reader's nodes pass them too). */
export { isMap, isSeq, isScalar };
export type { Node, YAMLMap, YAMLSeq, Scalar };
