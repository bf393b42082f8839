/**
 * YAML syntax errors in a trainer's words. One slip (a tab, a line indented by two spaces too few)
 * makes the YAML parser report a cascade of errors in its own jargon, often at column 1 of later
 * lines; here it becomes one diagnostic at the slip itself, with what to do. The slip is then
 * mended in a copy of the text (the line re-indented, or left out) so that the checker can still
 * report the file's other mistakes.
 */
import { msg, type MessageRef } from '../diagnostics/message.ts';

/** A YAML parser error, as `yaml` gives it. */
export interface YamlError {
  code: string;
  message: string;
  pos: [number, number];
}

/** One syntax problem in plain words, and the mended text that goes round it. */
export interface Slip {
  offset: number;
  message: MessageRef;
  hint?: MessageRef;
  /** The text with this slip mended (same lines; only line `line` changes), or null when it cannot be. */
  mended: string | null;
  /** The 1-based line that was changed in `mended`. */
  line: number;
  /**
   * How far the mended copy can be trusted: 'none' when only the indentation changed; 'line' when the
   * line itself was completed (a closing bracket added); 'block' when it was left out, with what it held.
   */
  gap: 'none' | 'line' | 'block';
}

interface Line {
  start: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    out.push({ start, text: text.slice(start, nl < 0 ? text.length : nl).replace(/\r$/, '') });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

const isContent = (l: Line | undefined) => !!l && l.text.trim() !== '' && !/^\s*#/.test(l.text);
const indentOf = (s: string) => /^ */.exec(s)![0].length;
/** The line opens a block (its children are indented deeper): `key:` with no value, or a `- ` item. */
const opensBlock = (s: string) => /:\s*(#.*)?$/.test(s) || /^\s*- /.test(s) || /^\s*-$/.test(s);

/** The nearest content line before (`step` -1) or after (+1) line index `i`. */
function neighbour(all: Line[], i: number, step: -1 | 1): number {
  for (let j = i + step; j >= 0 && j < all.length; j += step) if (isContent(all[j])) return j;
  return -1;
}

/** The text with line index `i` replaced by `text` (the other lines untouched). */
function replaceLine(source: string, all: Line[], i: number, text: string): string {
  const l = all[i]!;
  return source.slice(0, l.start) + text + source.slice(l.start + l.text.length);
}

/** The indentations open at line index `i`: each is a column where a key may start (a sibling of an earlier key). */
function openLevels(all: Line[], i: number): number[] {
  const stack: number[] = [];
  for (let j = 0; j < i; j++) {
    if (!isContent(all[j])) continue;
    const k = indentOf(all[j]!.text);
    while (stack.length && stack[stack.length - 1]! > k) stack.pop();
    if (!stack.length || stack[stack.length - 1]! < k) stack.push(k);
  }
  return stack;
}

/**
 * The line with the odd indentation near line index `at`, and where it belongs: a plain line whose
 * neighbours agree and it does not; a `key:` line at no open column goes to the deepest one left of its children.
 */
function oddLine(all: Line[], at: number): { i: number; want: number } | null {
  for (let i = Math.max(0, at - 2); i <= Math.min(all.length - 1, at + 1); i++) {
    if (!isContent(all[i]) || /^\s*\t/.test(all[i]!.text)) continue;
    const p = neighbour(all, i, -1);
    const n = neighbour(all, i, 1);
    if (p < 0 || n < 0) continue;
    const [ip, ii, inx] = [indentOf(all[p]!.text), indentOf(all[i]!.text), indentOf(all[n]!.text)];
    if (opensBlock(all[i]!.text) && inx > ii && !opensBlock(all[p]!.text)) {
      const levels = openLevels(all, i);
      const left = levels.filter((l) => l < inx);
      if (!levels.includes(ii) && left.length) return { i, want: left[left.length - 1]! };
      continue;
    }
    if (ip === inx && ii !== ip && !opensBlock(all[p]!.text) && !/^\s*- /.test(all[i]!.text)) return { i, want: ip };
  }
  return null;
}

/** How far the first key under a `key:` at this indentation usually is, in this file (the most common). */
function usualChildIndent(all: Line[], parent: number): number | undefined {
  const counts = new Map<number, number>();
  for (let j = 0; j < all.length; j++) {
    if (!isContent(all[j]) || indentOf(all[j]!.text) !== parent || !/:\s*(#.*)?$/.test(all[j]!.text)) continue;
    const n = neighbour(all, j, 1);
    if (n >= 0) counts.set(indentOf(all[n]!.text), (counts.get(indentOf(all[n]!.text)) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [k, c] of counts) if (best === undefined || c > counts.get(best)!) best = k;
  return best;
}

/**
 * A key indented unlike the keys before it in its block (line index `i`): which of the two is the
 * slip, judged by how deep the file usually indents the keys under such a block.
 */
function blockSlip(all: Line[], i: number): { i: number; want: number } | null {
  const k = indentOf(all[i]!.text);
  let b = -1;
  for (let j = i - 1; j >= 0; j--)
    if (isContent(all[j]) && indentOf(all[j]!.text) <= k) {
      b = j;
      break;
    }
  if (b < 0 || indentOf(all[b]!.text) === k) return null;
  const kb = indentOf(all[b]!.text);
  let parent = -1;
  for (let j = b - 1; j >= 0; j--)
    if (isContent(all[j]) && indentOf(all[j]!.text) < kb) {
      parent = j;
      break;
    }
  const usual = parent >= 0 ? usualChildIndent(all, indentOf(all[parent]!.text)) : undefined;
  if (usual === k && kb !== k) return { i: b, want: k };
  return { i, want: kb };
}

/** A tab in the indentation of line index `i`: the slip, and the line re-indented with spaces like its neighbours. */
function tabSlip(source: string, all: Line[], i: number): Slip {
  const l = all[i]!;
  const lead = /^[ \t]*/.exec(l.text)![0];
  const p = neighbour(all, i, -1);
  const n = neighbour(all, i, 1);
  const around = [p, n].filter((j) => j >= 0).map((j) => indentOf(all[j]!.text));
  const want =
    around.length === 2 && around[0] === around[1] && !opensBlock(all[p]!.text)
      ? around[0]!
      : lead.replace(/\t/g, '  ').length;
  return {
    offset: l.start + lead.indexOf('\t'),
    message: msg`a tab is used to indent this line: YAML indents with spaces only`,
    hint: msg`replace the tab with spaces (many editors have a setting "indent with spaces")`,
    mended: replaceLine(source, all, i, ' '.repeat(want) + l.text.slice(lead.length)),
    line: i + 1,
    gap: 'none',
  };
}

/** A line indented unlike its neighbours: the slip at its first character, and the line re-indented. */
function indentSlip(source: string, all: Line[], i: number, want: number): Slip {
  const l = all[i]!;
  const has = indentOf(l.text);
  const key = /^\s*([^:#]+?)\s*:/.exec(l.text)?.[1] ?? l.text.trim().slice(0, 20);
  return {
    offset: l.start + has,
    message: msg`this line is indented by ${has} spaces, but the keys of its block by ${want}: the keys of one block start at the same column`,
    hint:
      has < want ? msg`add ${want - has} space(s) before "${key}"` : msg`remove ${has - want} space(s) before "${key}"`,
    mended: replaceLine(source, all, i, ' '.repeat(want) + l.text.slice(has)),
    line: i + 1,
    gap: 'none',
  };
}

/** Where an unclosed quoted scalar opens: the last unescaped quote of its kind before `end`, or -1. */
function openingQuote(text: string, end: number, q: string): number {
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

/** The last bracket `open` left unclosed on the lines before line index `i` (outside quotes), as an offset, or -1. */
function unclosedBracket(all: Line[], i: number, open: string, close: string): number {
  for (let j = Math.min(i, all.length - 1); j >= Math.max(0, i - 50); j--) {
    const t = all[j]!.text;
    const stack: number[] = [];
    let quote = '';
    for (let c = 0; c < t.length; c++) {
      const ch = t[c]!;
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '#' && (c === 0 || t[c - 1] === ' ')) break;
      else if (ch === open) stack.push(c);
      else if (ch === close) stack.pop();
    }
    if (stack.length) return all[j]!.start + stack[stack.length - 1]!;
  }
  return -1;
}

/** The line index holding an offset. */
function lineAt(all: Line[], offset: number): number {
  let lo = 0;
  let hi = all.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (all[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The parser's message in plain words (the common cases), else a plain lead-in with its own words. */
function plainWords(e: YamlError, text: string, at: number): { message: MessageRef; hint?: MessageRef } {
  const first = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  if (first.startsWith('Unexpected scalar') && /:\s*("[^"]*"|'[^']*')\s*$/.test(before))
    return {
      message: msg`text follows the closing quote of this value`,
      hint: msg`a value that starts with a quote ends at its closing quote: quote the whole value, e.g. when: '"a" == b'`,
    };
  switch (e.code) {
    case 'BAD_INDENT':
      return {
        message: msg`this line is not indented like the keys of its block`,
        hint: msg`count the spaces, and check that a "- " above did not start a list`,
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: msg`a key and its value must be on one line, and the lines under it indented deeper only if it has no value`,
        hint: msg`check the indentation of this line and of the next one`,
      };
    case 'BAD_SCALAR_START':
      return {
        message: msg`a value cannot start with this character unless it is in quotes`,
        hint: msg`put the whole value in double quotes`,
      };
    case 'BLOCK_IN_FLOW':
      return {
        message: msg`inside [ ] or { } everything stays on the lines of the brackets, without "- " items`,
        hint: msg`close the bracket, or write the list as lines starting with "- "`,
      };
    case 'MISSING_CHAR':
      return { message: msg`a closing bracket or quote is missing`, hint: msg`the YAML reader said: ${first}` };
    default:
      return { message: msg`the YAML cannot be read here`, hint: msg`the YAML reader said: ${first}` };
  }
}

/** The slip behind the first of the parser's errors, in plain words, with the text mended round it. */
export function explainSlip(text: string, errors: readonly YamlError[]): Slip | null {
  const fatal = errors.filter((e) => e.code !== 'DUPLICATE_KEY').sort((a, b) => a.pos[0] - b.pos[0]);
  const tab = fatal.find((e) => e.code === 'TAB_AS_INDENT');
  const e = tab ?? fatal[0];
  if (!e) return null;
  const all = lines(text);
  const i = lineAt(all, e.pos[0]);
  // a tab the reader calls indentation may stand after a key (":\t  goto"): only one in the indentation is that slip
  if (/^[ ]*\t/.test(all[i]!.text)) return tabSlip(text, all, i);
  if (e.code !== 'MISSING_CHAR') {
    const odd = oddLine(all, i) ?? (e.code === 'BAD_INDENT' ? blockSlip(all, i) : null);
    if (odd) return indentSlip(text, all, odd.i, odd.want);
  }
  const flow = /end with an? ([}\]])/.exec(e.message)?.[1];
  const bracket = flow ? unclosedBracket(all, i, flow === '}' ? '{' : '[', flow) : -1;
  if (flow && bracket >= 0) {
    const j = lineAt(all, bracket);
    return {
      offset: bracket,
      message: msg`this "${flow === '}' ? '{' : '['}" is never closed: add "${flow}" at the end of what it holds`,
      hint: msg`what is inside brackets stays on the lines of the brackets`,
      mended: replaceLine(text, all, j, all[j]!.text + flow),
      line: j + 1,
      gap: 'line',
    };
  }
  const q = e.code === 'MISSING_CHAR' ? /Missing closing (["'])/.exec(e.message)?.[1] : undefined;
  const open = q ? openingQuote(text, e.pos[0], q) : -1;
  if (open >= 0) {
    const j = lineAt(all, open);
    return {
      offset: open,
      message: msg`this quoted text is never closed: add the closing quote`,
      hint: msg`YAML read up to line ${lineAt(all, e.pos[0]) + 1} looking for it`,
      mended: replaceLine(text, all, j, ' '.repeat(all[j]!.text.length)),
      line: j + 1,
      gap: 'block',
    };
  }
  const at = e.code === 'BAD_INDENT' ? all[i]!.start + indentOf(all[i]!.text) : e.pos[0];
  return {
    offset: at,
    ...plainWords(e, text, at),
    mended: replaceLine(text, all, i, ' '.repeat(all[i]!.text.length)),
    line: i + 1,
    gap: 'block',
  };
}

/** The lines a blanked line governed: itself and the deeper-indented lines under it (1-based, inclusive). */
export function blockOf(text: string, line: number): [number, number] {
  const all = lines(text);
  const own = indentOf(all[line - 1]?.text ?? '');
  let end = line;
  for (let j = line; j < all.length; j++) {
    if (!isContent(all[j])) continue;
    if (indentOf(all[j]!.text) <= own) break;
    end = j + 1;
  }
  return [line, end];
}
