/**
 * Loads a scenario file: YAML text → a checked Scenario and every diagnostic, with exact
 * positions, in one pass. Never throws: hostile input becomes a diagnostic.
 */
import { LineCounter } from 'yaml';
import { parseScenarioYaml } from './parse-yaml.ts';
import type { ExampleResult } from '../examples.ts';
import type { ConceptSet, Diagnostic, Scenario } from '../types.ts';
import type { DiagnosticCode } from '../diagnostics/codes.ts';
import { checkControlChars } from './control-checks.ts';
import { checkConceptSetFile, checkScenarioFile, isConceptSetRoot, type LoadOptions } from './check-file.ts';
import { collected } from './collect.ts';
import { LoadContext, isMap, yamlKind, TooComplex } from './context.ts';
import { decode, precheck } from './precheck.ts';

export type { LoadOptions } from './check-file.ts';
export { chainConceptSets, conceptSetsOf, type ConceptSetLookup, type FoundConceptSet } from './concept-sets.ts';

/** A file read by the loader: a scenario or (r2) a shared concept set, never both; null when it has an error. */
export interface LoadedFile {
  kind: 'scenario' | 'concepts';
  scenario: Scenario | null;
  conceptSet: ConceptSet | null;
  diagnostics: Diagnostic[];
  /** r2: the examples of its criteria (or concepts), judged, with their positions. */
  examples: ExampleResult[];
}

/** Position of an offset, 1-based. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** Where an unclosed quoted scalar opens: the last unescaped quote of its kind before `end`, or -1. */
function openingQuote(text: string, end: number, message: string): number {
  const q = /Missing closing (["'])/.exec(message)?.[1];
  if (!q) return -1;
  for (let i = text.lastIndexOf(q, end - 1); i >= 0; i = text.lastIndexOf(q, i - 1)) {
    if (q === '"' && text[i - 1] === '\\') continue;
    if (q === "'" && (text[i - 1] === "'" || text[i + 1] === "'")) {
      i--;
      continue;
    }
    return i;
  }
  return -1;
}

function single(file: string, text: string, code: DiagnosticCode, message: string, offset: number): LoadedFile {
  const diagnostics: Diagnostic[] = [{ file, ...position(text, offset), severity: 'error', code, message }];
  return { kind: 'scenario', scenario: null, conceptSet: null, diagnostics, examples: [] };
}

const byPosition = (a: Diagnostic, b: Diagnostic) => a.line - b.line || a.column - b.column;

/** Reports the YAML parser's errors; true when one of them stops the pass (all but duplicate keys). */
function reportYamlErrors(
  ctx: LoadContext,
  errors: ReturnType<typeof parseScenarioYaml>['errors'],
  text: string,
): boolean {
  let fatal = false;
  for (const e of errors) {
    const dup = e.code === 'DUPLICATE_KEY';
    if (!dup) fatal = true;
    const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const open = e.code === 'MISSING_CHAR' ? openingQuote(text, e.pos[0], message) : -1;
    if (open >= 0)
      ctx.report(
        'RH001',
        open,
        'this quoted text is never closed: add the closing quote',
        `YAML read up to line ${ctx.lc.linePos(e.pos[0]).line} looking for it`,
      );
    else
      ctx.report(
        dup ? 'RH014' : 'RH001',
        e.pos[0],
        dup ? 'this key appears twice in the same mapping; the second would silently replace the first' : message,
        dup ? undefined : yamlHint(message, text, e.pos[0]),
      );
  }
  return fatal;
}

/** Checks and builds one file, a scenario or a concept set; null when any diagnostic is an error. Never throws. */
export function loadFile(input: string | Uint8Array, file = 'scenario.yaml', opts: LoadOptions = {}): LoadedFile {
  let text: string;
  if (typeof input === 'string') text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    const d = decode(input);
    if (!('text' in d))
      return single(file, new TextDecoder().decode(input.subarray(0, d.offset)), d.code, d.message, d.offset);
    text = d.text;
  }
  const pre = precheck(text);
  if (pre) return single(file, text, pre.code, pre.message, pre.offset);
  if (text.trim() === '')
    return single(file, text, 'RH002', 'the file is empty: a scenario starts with "format: 1"', 0);
  try {
    const lc = new LineCounter();
    const yamlOptions = { lineCounter: lc, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false };
    const doc = parseScenarioYaml(text, yamlOptions, opts.yaml ?? 'fast');
    const ctx = new LoadContext(file, doc, lc, text);
    const fatal = reportYamlErrors(ctx, doc.errors, text);
    const root = doc.contents;
    const result: LoadedFile = { kind: 'scenario', scenario: null, conceptSet: null, diagnostics: [], examples: [] };
    if (!fatal && root) checkControlChars(ctx, root);
    if (!fatal && (!root || !isMap(root)))
      ctx.report(
        'RH002',
        root,
        `this is not a scenario: the top level must be a mapping of keys (format, id, title, …), not ${yamlKind(root)}`,
      );
    else if (!fatal && isConceptSetRoot(root!)) {
      const { set, examples } = checkConceptSetFile(ctx, root!, collected(), opts);
      Object.assign(result, { kind: 'concepts', conceptSet: set, examples });
    } else if (!fatal) {
      const { scenario, examples } = checkScenarioFile(ctx, root!, collected(), opts);
      Object.assign(result, { scenario, examples });
    }
    result.diagnostics = ctx.diagnostics.sort(byPosition);
    if (result.diagnostics.some((d) => d.severity === 'error'))
      Object.assign(result, { scenario: null, conceptSet: null });
    return result;
  } catch (e) {
    if (e instanceof TooComplex) return single(file, text, 'RH005', e.message, e.offset);
    if (e instanceof RangeError)
      return single(file, text, 'RH005', 'the file is nested too deeply to be a scenario', 0);
    if (e instanceof ReferenceError && /alias/i.test(e.message))
      return single(file, text, 'RH005', 'too many alias expansions (is this an alias bomb?)', 0);
    return single(file, text, 'RH000', `the checker failed on this file: ${(e as Error)?.message ?? String(e)}`, 0);
  }
}

/** Checks and builds a scenario; `scenario` is null when any diagnostic is an error. A concept set is RH002 here. */
export function loadScenario(
  input: string | Uint8Array,
  file = 'scenario.yaml',
  opts: LoadOptions = {},
): { scenario: Scenario | null; diagnostics: Diagnostic[]; examples: ExampleResult[] } {
  const r = loadFile(input, file, opts);
  if (r.kind === 'scenario') return { scenario: r.scenario, diagnostics: r.diagnostics, examples: r.examples };
  return {
    scenario: null,
    diagnostics: [
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'RH002',
        message:
          'this file is a concept set ("kind: concepts"), not a scenario: a scenario takes it in with "use: [its id]"',
      },
    ],
    examples: [],
  };
}

/** Checks and builds a shared concept set (r2); `conceptSet` is null when any diagnostic is an error. */
export function loadConceptSet(
  input: string | Uint8Array,
  file = 'concepts.yaml',
  opts: LoadOptions = {},
): { conceptSet: ConceptSet | null; diagnostics: Diagnostic[]; examples: ExampleResult[] } {
  const r = loadFile(input, file, opts);
  if (r.kind === 'concepts') return { conceptSet: r.conceptSet, diagnostics: r.diagnostics, examples: r.examples };
  const first = r.diagnostics.find((d) => d.severity === 'error');
  return {
    conceptSet: null,
    diagnostics: first
      ? r.diagnostics
      : [
          {
            file,
            line: 1,
            column: 1,
            severity: 'error',
            code: 'RH002',
            message: 'this file is a scenario, not a concept set: a concept set has "kind: concepts"',
          },
        ],
    examples: [],
  };
}

/** A plain-words hint for YAML errors trainers often make (a value that starts with a quote, a stray indent). */
function yamlHint(message: string, text: string, at: number): string | undefined {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  if (message.startsWith('Unexpected scalar') && /:\s*("[^"]*"|'[^']*')\s*$/.test(before)) {
    return `a value that starts with a quote ends at its closing quote: quote the whole value, e.g. when: '"a" == b'`;
  }
  if (message.startsWith('All mapping items must start at the same column')) {
    return (
      'this key is not indented like the keys of its block: count the spaces, ' +
      'and check that a "- " above did not start a list'
    );
  }
  return undefined;
}
