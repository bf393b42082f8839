/** The checker's working context: positions in the source, the diagnostics found, safe AST reading. */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type YAMLMap, type YAMLSeq, type Scalar } from 'yaml';
import type { Diagnostic, Severity } from '../types.ts';
import { DIAGNOSTIC_CODES } from '../diagnostics/codes.ts';

/** How many alias expansions one file may make (an alias bomb makes millions). */
export const MAX_ALIASES = 1000;

/** Raised to stop the walk when a file is too complex; turned into RH005 by the loader. */
export class TooComplex {
  constructor(readonly message: string, readonly offset: number) {}
}

/** Collects diagnostics with exact positions while the checker reads one document. */
export class Ctx {
  readonly diagnostics: Diagnostic[] = [];
  private aliases = 0;
  constructor(readonly file: string, readonly doc: Document, readonly lc: LineCounter) {}

  /** Adds a diagnostic at a node (its first character) or a source offset. */
  report(code: string, at: Node | number | null | undefined, message: string, hint?: string, severity?: Severity): void {
    const range: [number, number] = typeof at === "number" ? [at, at + 1] : [at?.range?.[0] ?? 0, at?.range?.[1] ?? 1];
    const start = this.lc.linePos(range[0]);
    const end = this.lc.linePos(Math.max(range[0] + 1, range[1]));
    const d: Diagnostic = {
      file: this.file, line: start.line, column: start.col,
      severity: severity ?? DIAGNOSTIC_CODES[code]?.severity ?? 'error', code, message,
    };
    if (end.line === start.line) { d.endLine = end.line; d.endColumn = end.col; }
    if (hint) d.hint = hint;
    this.diagnostics.push(d);
  }

  /** Follows an alias to its target, counting expansions. */
  deref(n: unknown): Node | null {
    if (isAlias(n)) {
      if (++this.aliases > MAX_ALIASES) throw new TooComplex(`more than ${MAX_ALIASES} alias expansions (is this an alias bomb?)`, n.range?.[0] ?? 0);
      const target = n.resolve(this.doc);
      return (target as Node | undefined) ?? null;
    }
    return (n as Node | null) ?? null;
  }
}

/** What kind of YAML value a node is, in a trainer's words. */
export function kindOf(n: Node | null): string {
  if (n === null) return 'nothing';
  if (isMap(n)) return 'a mapping';
  if (isSeq(n)) return 'a list';
  if (isScalar(n)) {
    const v = n.value;
    if (v === null) return 'nothing';
    if (typeof v === 'string') return 'text';
    if (typeof v === 'number') return 'a number';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
  }
  return 'something else';
}

export { isMap, isSeq, isScalar };
export type { Node, YAMLMap, YAMLSeq, Scalar };
