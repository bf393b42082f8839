/** Character-level scanning shared by the fast reader's block and flow parts. */
import { Unsupported, type FastMap } from './nodes.ts';

/** Characters a plain scalar may not start with in the subset the fast reader supports. */
const BAD_START = new Set([',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

/** Gives up: the loader falls back to the `yaml` package. */
export function unsupported(reason: string, offset: number): never {
  throw new Unsupported(reason, offset);
}

/** End of the line holding `p` (the offset of its newline, or the text length). */
export function lineEnd(t: string, p: number): number {
  const e = t.indexOf('\n', p);
  return e < 0 ? t.length : e;
}

/** Column (0-based) of an offset. */
export function colOf(t: string, p: number): number {
  return p - (t.lastIndexOf('\n', p - 1) + 1);
}

/** True for a space, a newline or the end of the text. */
export function isEmpty(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n';
}

/**
 * From a line start, skips blank and comment-only lines; the offset of the next content
 * character (or the text length).
 */
export function nextContent(t: string, p: number): number {
  const n = t.length;
  while (p < n) {
    let q = p;
    while (t.charCodeAt(q) === 32) q++;
    const c = t.charCodeAt(q);
    if (q >= n) return n;
    if (c === 10) {
      p = q + 1;
      continue;
    }
    if (c === 35) {
      const e = t.indexOf('\n', q);
      if (e < 0) return n;
      p = e + 1;
      continue;
    }
    return q;
  }
  return n;
}

/**
 * After a value: spaces, an optional comment (after a space), the newline. Returns the offset
 * after the newline (the node's end, as the `yaml` package counts it); anything else gives up.
 */
export function endOfLine(t: string, p: number): number {
  let q = p;
  while (t.charCodeAt(q) === 32) q++;
  if (q >= t.length) return t.length;
  const c = t.charCodeAt(q);
  if (c === 10) return q + 1;
  if (c === 35 && t.charCodeAt(q - 1) === 32) {
    const e = t.indexOf('\n', q);
    return e < 0 ? t.length : e + 1;
  }
  return unsupported('content after a value', q);
}

/** Does a plain scalar of the supported subset start here (flow: inside brackets)? */
export function plainStart(t: string, q: number, flow: boolean): boolean {
  const ch = t[q];
  if (ch === undefined || BAD_START.has(ch)) return false;
  if (ch === '-' || ch === '?' || ch === ':') {
    const next = t[q + 1];
    if (isEmpty(next) || (flow && (next === ',' || next === '[' || next === ']' || next === '{' || next === '}')))
      return false;
  }
  return true;
}

/** Where a quoted scalar starting at `q` closes (offset after the closing quote); -1 if unclosed. */
export function quotedEnd(t: string, q: number): number {
  const quote = t[q];
  for (let i = q + 1; i < t.length; i++) {
    const ch = t[i];
    if (quote === '"' && ch === '\\') {
      i++;
      continue;
    }
    if (ch === quote) {
      if (quote === "'" && t[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  return -1;
}

/** If a block-map key starts at `q`, the offset of its `:` indicator; else -1. */
export function keyColon(t: string, q: number): number {
  const ch = t[q];
  let i = q;
  if (ch === '"' || ch === "'") {
    const e = quotedEnd(t, q);
    if (e < 0) return -1;
    const nl = t.indexOf('\n', q);
    if (nl >= 0 && nl < e) return -1;
    i = e;
    while (t[i] === ' ') i++;
    return t[i] === ':' && isEmpty(t[i + 1]) ? i : -1;
  }
  if (!plainStart(t, q, false)) return -1;
  for (; i < t.length; i++) {
    const c = t[i];
    if (c === '\n') return -1;
    if (c === ':' && isEmpty(t[i + 1])) return i;
    if (c === ' ' && t[i + 1] === '#') return -1;
  }
  return -1;
}

/**
 * Does the mapping already hold this key? (`===`, the `yaml` package's key equality; two NaN keys
 * merely make the reader give up.) Small mappings are scanned, big ones keep a Set.
 */
export function hasKey(map: FastMap, value: unknown): boolean {
  const items = map.items;
  if (items.length > 16) {
    const seen = (map.keySet ??= new Set(items.map((p) => p.key.value)));
    if (seen.has(value)) return true;
    seen.add(value);
    return false;
  }
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!.key.value;
    if (v === value || (v !== v && value !== value)) return true;
  }
  return false;
}
