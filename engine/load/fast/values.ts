/**
 * Scalar values exactly as the `yaml` package resolves them (YAML 1.2 core schema for plain
 * scalars; folding of multi-line plain and quoted scalars; double-quoted escapes; block scalars).
 */
import { FastScalar, type Range } from './nodes.ts';

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const NAN_INF = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under the core schema (tags tried in the `yaml` package's order). */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Fast exit: text starting with a letter, unless it could be null / true / false.
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
    if (s.length > 5) return s;
    const l = c | 32;
    if (l !== 110 && l !== 116 && l !== 102) return s;
  }
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (HEX.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_INF.test(s))
    return s.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : s[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** A plain scalar node: its core-schema value, its text kept as `source`. */
export function plain(text: string, range: Range): FastScalar {
  return new FastScalar(resolvePlain(text), 'PLAIN', range, text);
}

// The lookbehinds avoid polynomial backtracking; browsers without them (Safari < 16.4) get the
// plain forms, as in the `yaml` package.
let TRIM_END = /[ \t]+$/;
let TRIM_BOTH = /^[ \t]+|[ \t]+$/g;
try {
  TRIM_END = new RegExp('(?<![ \t])[ \t]+$');
  TRIM_BOTH = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
} catch {
  /* keep the plain forms */
}

/** Folds the lines of a plain or single-quoted scalar (the `yaml` package's unfoldLines). */
export function unfold(source: string): string {
  if (source.indexOf('\n') < 0) return source;
  const line = /(.*?)\n/sy;
  let match = line.exec(source)!;
  let res = match[1]!.replace(TRIM_END, '');
  let sep = ' ';
  let pos = line.lastIndex;
  while ((match = line.exec(source)!)) {
    const lm = match[1]!.replace(TRIM_BOTH, '');
    if (lm === '') {
      if (sep === '\n') res += sep;
      else sep = '\n';
    } else {
      res += sep + lm;
      sep = ' ';
    }
    pos = line.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  return res + sep + (last.exec(source)?.[1] ?? '');
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** A double-quoted scalar's value (source with its quotes); null on a bad escape. */
export function doubleQuoted(source: string): string | null {
  if (source.indexOf('\\') < 0 && source.indexOf('\n') < 0) return source.slice(1, -1);
  let res = '';
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i]!;
    if (ch === '\n') {
      let fold = '';
      let next = source[i + 1];
      while (next === ' ' || next === '\n') {
        if (next === '\n') fold += '\n';
        next = source[++i + 1];
      }
      res += fold || ' ';
    } else if (ch === '\\') {
      const next = source[++i]!;
      const cc = Object.hasOwn(ESCAPES, next) ? ESCAPES[next] : undefined;
      if (cc !== undefined) res += cc;
      else if (next === '\n') {
        while (source[i + 1] === ' ') i++;
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = source.substr(i + 1, length);
        if (hex.length !== length || !/^[0-9a-fA-F]+$/.test(hex)) return null;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) return null;
        res += String.fromCodePoint(code);
        i += length;
      } else return null;
    } else if (ch === ' ') {
      const wsStart = i;
      let next = source[i + 1];
      while (next === ' ') next = source[++i + 1];
      if (next !== '\n') res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else res += ch;
  }
  return res;
}

/** A single-quoted scalar's value (source with its quotes). */
export function singleQuoted(source: string): string {
  return unfold(source.slice(1, -1)).replace(/''/g, "'");
}

/**
 * A block scalar's value from its content lines (the source after the header line), as the
 * `yaml` package's resolveBlockScalar computes it when no indentation indicator is given.
 */
export function blockValue(source: string, folded: boolean, chomp: string, trimIndent: number): string {
  const split = source.split(/\n( *)/);
  const first = split[0]!;
  const m = /^( *)/.exec(first)![1]!;
  const lines: Array<[string, string]> = [m ? [m, first.slice(m.length)] : ['', first]];
  for (let i = 1; i < split.length; i += 2) lines.push([split[i]!, split[i + 1]!]);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if (lines[i]![1] === '') chompStart = i;
    else break;
  }
  let contentStart = 0;
  while (contentStart < chompStart && lines[contentStart]![1] === '') contentStart++;
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i]![0].length > trimIndent) chompStart = i + 1;
  let value = '';
  let sep = '';
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i]![0].slice(trimIndent) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, content] = lines[i]!;
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) value += '\n' + lines[i]![0].slice(trimIndent);
    if (value[value.length - 1] !== '\n') value += '\n';
  } else if (chomp !== '-') value += '\n';
  return value;
}
