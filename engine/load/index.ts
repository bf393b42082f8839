/**
 * Loads a scenario file: YAML text → a checked Scenario and every diagnostic, with exact
 * positions, in one pass. Never throws: hostile input becomes a diagnostic.
 */
import { Document, LineCounter } from 'yaml';
import { msg, renderMessage, type MessageRef } from '../diagnostics/message.ts';
import { blockOf, explainSlip, type Slip, type YamlError } from './yaml-slips.ts';
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

function single(file: string, text: string, code: DiagnosticCode, message: MessageRef, offset: number): LoadedFile {
  const diagnostics: Diagnostic[] = [
    { file, ...position(text, offset), severity: 'error', code, message: renderMessage(message), detail: { message } },
  ];
  return { kind: 'scenario', scenario: null, conceptSet: null, diagnostics, examples: [] };
}

const byPosition = (a: Diagnostic, b: Diagnostic) => a.line - b.line || a.column - b.column;
const isFatal = (e: { code: string }) => e.code !== 'DUPLICATE_KEY';

/** How many YAML slips one check explains (and mends, to check the rest) before it stops. */
const MAX_SLIPS = 5;

/** Parses a text for the checker: its document and its line counter. */
function parse(text: string, opts: LoadOptions) {
  const lc = new LineCounter();
  const yamlOptions = { lineCounter: lc, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false };
  return { doc: parseScenarioYaml(text, yamlOptions, opts.yaml ?? 'fast'), lc };
}

/** Checks a document that the YAML parser read without a fatal error: a scenario or a concept set. */
function checkDocument(ctx: LoadContext, opts: LoadOptions): LoadedFile {
  for (const e of ctx.doc.errors)
    ctx.report(
      'RH014',
      e.pos[0],
      msg`this key appears twice in the same mapping; the second would silently replace the first`,
    );
  const root = ctx.doc.contents;
  const result: LoadedFile = { kind: 'scenario', scenario: null, conceptSet: null, diagnostics: [], examples: [] };
  if (root) checkControlChars(ctx, root);
  if (!root || !isMap(root))
    ctx.report(
      'RH002',
      root,
      msg`this is not a scenario: the top level must be a mapping of keys (format, id, title, …), not ${yamlKind(root)}`,
    );
  else if (isConceptSetRoot(root)) {
    const { set, examples } = checkConceptSetFile(ctx, root, collected(), opts);
    Object.assign(result, { kind: 'concepts', conceptSet: set, examples });
  } else {
    const { scenario, examples } = checkScenarioFile(ctx, root, collected(), opts);
    Object.assign(result, { scenario, examples });
  }
  result.diagnostics = ctx.diagnostics;
  return result;
}

/** What a left-out line could make the checker report elsewhere: missing keys, graph and shape problems. */
const CAUSED_BY_A_GAP = new Set(['RH002', 'RH010', 'RH014', 'RH040', 'RH041', 'RH042', 'RH043', 'RH044']);

/** Lines of the mended copy that differ from the file in more than their indentation. */
interface Gap {
  from: number;
  to: number;
  /** The ids a left-out block held (a reference to one is no mistake of the file); null for a completed line. */
  words: Set<string> | null;
}

/** The gap a mended slip leaves, if any. */
function gapOf(slip: Slip, current: string): Gap | null {
  if (slip.gap === 'none') return null;
  if (slip.gap === 'line') return { from: slip.line, to: slip.line, words: null };
  const [from, to] = blockOf(current, slip.line);
  const gone = current
    .split('\n')
    .slice(from - 1, to)
    .join('\n');
  return { from, to, words: new Set(gone.match(/[\p{L}\p{N}_-]+/gu) ?? []) };
}

/** The diagnostics of the mended copy that are the file's own: none on a mended line, none a left-out line caused. */
function keptAround(found: Diagnostic[], gaps: Gap[]): Diagnostic[] {
  const blocks = gaps.filter((g) => g.words);
  return found.filter(
    (d) =>
      !gaps.some((g) => d.line >= g.from && d.line <= g.to) &&
      (blocks.length === 0 ||
        (!CAUSED_BY_A_GAP.has(d.code) && !blocks.some((g) => [...g.words!].some((w) => d.message.includes(`"${w}"`))))),
  );
}

/**
 * A file with YAML syntax errors: each slip once, in plain words, first; then the file's other mistakes,
 * found by checking a copy with the slips mended (what a mended or left-out line could cause is not reported).
 */
function checkAroundSlips(file: string, text: string, errors: YamlError[], opts: LoadOptions): LoadedFile {
  const slips: Diagnostic[] = [];
  const gaps: Gap[] = [];
  let rest: Diagnostic[] = [];
  let [current, errs, lc] = [text, errors, lineCounterOf(text)];
  for (let round = 0; round < MAX_SLIPS; round++) {
    const slip = explainSlip(current, errs);
    if (!slip) break;
    const here = new LoadContext(file, new Document(), lc, current);
    here.report('RH001', slip.offset, slip.message, slip.hint);
    if (slips.some((d) => d.line === here.diagnostics[0]!.line)) break; // no progress
    slips.push(...here.diagnostics);
    if (!slip.mended) break;
    const gap = gapOf(slip, current);
    if (gap) gaps.push(gap);
    current = slip.mended;
    const next = parse(current, opts);
    [errs, lc] = [next.doc.errors, next.lc];
    if (errs.some(isFatal)) continue;
    rest = keptAround(checkDocument(new LoadContext(file, next.doc, next.lc, current), opts).diagnostics, gaps);
    break;
  }
  const diagnostics = [...slips.sort(byPosition), ...rest.sort(byPosition)];
  return { kind: 'scenario', scenario: null, conceptSet: null, diagnostics, examples: [] };
}

/** The line starts of a text, as the YAML parser would record them. */
function lineCounterOf(text: string): LineCounter {
  const lc = new LineCounter();
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return lc;
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
    return single(file, text, 'RH002', msg`the file is empty: a scenario starts with "format: 1"`, 0);
  try {
    const { doc, lc } = parse(text, opts);
    if (doc.errors.some(isFatal)) return checkAroundSlips(file, text, doc.errors, opts);
    const result = checkDocument(new LoadContext(file, doc, lc, text), opts);
    result.diagnostics.sort(byPosition);
    if (result.diagnostics.some((d) => d.severity === 'error'))
      Object.assign(result, { scenario: null, conceptSet: null });
    return result;
  } catch (e) {
    if (e instanceof TooComplex) return single(file, text, 'RH005', e.message, e.offset);
    if (e instanceof RangeError)
      return single(file, text, 'RH005', msg`the file is nested too deeply to be a scenario`, 0);
    if (e instanceof ReferenceError && /alias/i.test(e.message))
      return single(file, text, 'RH005', msg`too many alias expansions (is this an alias bomb?)`, 0);
    return single(file, text, 'RH000', msg`the checker failed on this file: ${(e as Error)?.message ?? String(e)}`, 0);
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
