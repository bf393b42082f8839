/**
 * Loads a scenario file: YAML text → a checked Scenario and every diagnostic, with exact
 * positions, in one pass. Never throws: hostile input becomes a diagnostic.
 */
import { LineCounter } from 'yaml';
import { parseScenarioYaml } from './parse-yaml.ts';
import type { Diagnostic, Scenario } from '../types.ts';
import type { DiagnosticCode } from '../diagnostics/codes.ts';
import { collected } from './collect.ts';
import { Ctx, isMap, kindOf, TooComplex } from './context.ts';
import { buildScenario } from './build-top.ts';
import { checkConditions, checkPhrases, checkRefs, checkSets } from './check.ts';
import { checkCompetencies, checkGraph } from './graph.ts';
import { decode, precheck } from './precheck.ts';

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

function single(
  file: string,
  text: string,
  code: DiagnosticCode,
  message: string,
  offset: number,
): { scenario: null; diagnostics: Diagnostic[] } {
  return { scenario: null, diagnostics: [{ file, ...position(text, offset), severity: 'error', code, message }] };
}

/** Checks and builds a scenario; `scenario` is null when any diagnostic is an error. */
export function loadScenario(
  input: string | Uint8Array,
  file = 'scenario.yaml',
): { scenario: Scenario | null; diagnostics: Diagnostic[] } {
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
    const doc = parseScenarioYaml(text, {
      lineCounter: lc,
      uniqueKeys: true,
      prettyErrors: false,
      keepSourceTokens: false,
    });
    const ctx = new Ctx(file, doc, lc, text);
    let fatal = false;
    for (const e of doc.errors) {
      const dup = e.code === 'DUPLICATE_KEY';
      if (!dup) fatal = true;
      const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      const open = e.code === 'MISSING_CHAR' ? openingQuote(text, e.pos[0], message) : -1;
      if (open >= 0)
        ctx.report(
          'RH001',
          open,
          'this quoted text is never closed: add the closing quote',
          `YAML read up to line ${lc.linePos(e.pos[0]).line} looking for it`,
        );
      else
        ctx.report(
          dup ? 'RH014' : 'RH001',
          e.pos[0],
          dup ? 'this key appears twice in the same mapping; the second would silently replace the first' : message,
          dup ? undefined : yamlHint(message, text, e.pos[0]),
        );
    }
    if (!fatal) {
      const root = doc.contents;
      if (!root || !isMap(root)) {
        ctx.report(
          'RH002',
          root,
          `this is not a scenario: the top level must be a mapping of keys (format, id, title, …), not ${kindOf(root)}`,
        );
      } else {
        const col = collected();
        const scenario = buildScenario(ctx, root, col);
        checkRefs(ctx, scenario, col);
        checkConditions(ctx, scenario, col);
        checkSets(ctx, scenario, col);
        checkPhrases(ctx, scenario, col);
        checkGraph(ctx, scenario, col);
        checkCompetencies(ctx, scenario, root);
        const diagnostics = ctx.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
        return { scenario: diagnostics.some((d) => d.severity === 'error') ? null : scenario, diagnostics };
      }
    }
    return { scenario: null, diagnostics: ctx.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column) };
  } catch (e) {
    if (e instanceof TooComplex) return single(file, text, 'RH005', e.message, e.offset);
    if (e instanceof RangeError)
      return single(file, text, 'RH005', 'the file is nested too deeply to be a scenario', 0);
    if (e instanceof ReferenceError && /alias/i.test(e.message))
      return single(file, text, 'RH005', 'too many alias expansions (is this an alias bomb?)', 0);
    return single(file, text, 'RH000', `the checker failed on this file: ${(e as Error)?.message ?? String(e)}`, 0);
  }
}

/** A plain-words hint for YAML errors trainers often make (a value that starts with a quote, a stray indent). */
function yamlHint(message: string, text: string, at: number): string | undefined {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  if (message.startsWith('Unexpected scalar') && /:\s*("[^"]*"|'[^']*')\s*$/.test(before)) {
    return `a value that starts with a quote ends at its closing quote: quote the whole value, e.g. when: '"a" == b'`;
  }
  if (message.startsWith('All mapping items must start at the same column')) {
    return 'this key is not indented like the keys of its block: count the spaces, and check that a "- " above did not start a list';
  }
  return undefined;
}
