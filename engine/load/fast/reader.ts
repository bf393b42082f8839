/**
 * The fast reader: the block structure of the YAML subset scenario files use, read in one pass
 * into nodes with the same values and source ranges as the `yaml` package's Document AST. On
 * anything outside that subset (anchors, tags, complex keys, tabs, several documents, any syntax
 * error, a duplicate key…) it throws Unsupported, and the loader parses with `yaml` instead.
 */
import { FastMap, FastPair, FastScalar, FastSeq, type FastNode } from './nodes.ts';
import { blockValue, doubleQuoted, plain, singleQuoted, unfold } from './values.ts';
import {
  colOf,
  endOfLine,
  hasKey,
  isEmpty,
  keyColon,
  lineEnd,
  nextContent,
  plainStart,
  quotedEnd,
  unsupported,
} from './scan.ts';
import { flowCollection, quotedScalar } from './flow.ts';

const UNSUPPORTED_CHARS = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]/;

/**
 * An empty value at `q` (after the indicator and its spaces). With a comment on its line, the
 * `yaml` package ends the node after that comment (the exact end only shows in a diagnostic when
 * it is on the node's first line, i.e. at the end of the file).
 */
function empty(t: string, q: number, after: number, nq: number): FastScalar {
  for (let i = after; i < nq; i++) if (t.charCodeAt(i) === 35) unsupported('comment lines after an empty value', i);
  return new FastScalar(null, 'PLAIN', [q, q, t[q] === '#' ? after : q], '');
}

class Reader {
  /** Offset of the next content character (after blank and comment lines), or the text length. */
  at = 0;
  constructor(readonly t: string) {}

  /** Continuation of a multi-line scalar at line start `o`: the lexer's continueScalar. */
  cont(o: number, min: number): number {
    let k = 0;
    while (this.t.charCodeAt(o + k) === 32) k++;
    return this.t[o + k] === '\n' || k >= min ? o + k : -1;
  }

  /** A block mapping whose keys are at column `col`, the first one at `p`. */
  map(col: number, p: number): FastMap {
    const t = this.t;
    const map = new FastMap(false);
    let offset: number;
    for (;;) {
      const colon = keyColon(t, p);
      if (colon < 0) unsupported('not a mapping entry', p);
      let ke = colon;
      while (t[ke - 1] === ' ') ke--;
      if (ke - p > 1000) unsupported('long key', p);
      const key = t[p] === '"' || t[p] === "'" ? quotedScalar(t, p, ke) : plain(t.slice(p, ke), [p, ke, ke]);
      if (hasKey(map, key.value)) unsupported('duplicate key', p);
      let q = colon + 1;
      while (t.charCodeAt(q) === 32) q++;
      let value: FastNode;
      if (q >= t.length || t[q] === '\n' || t[q] === '#') {
        const after = endOfLine(t, q);
        const nq = nextContent(t, after);
        const c = nq < t.length ? colOf(t, nq) : -1;
        if (c > col) value = this.node(nq, col);
        else if (c === col && t[nq] === '-' && isEmpty(t[nq + 1])) value = this.seq(col, nq);
        else {
          value = empty(t, q, after, nq);
          this.at = nq;
        }
      } else value = this.inline(q, col);
      map.items.push(new FastPair(key, value));
      offset = value.range[2];
      const nc = this.at < t.length ? colOf(t, this.at) : -1;
      if (nc > col) unsupported('bad indentation', this.at);
      if (nc < col) break;
      if (t[this.at] === '-' && isEmpty(t[this.at + 1])) break;
      p = this.at;
    }
    map.range = [map.items[0]!.key.range[0], offset, offset];
    return map;
  }

  /** A block sequence whose `-` are at column `col`, the first one at `p`. */
  seq(col: number, p: number): FastSeq {
    const t = this.t;
    const seq = new FastSeq(false);
    const start = p;
    let offset: number;
    for (;;) {
      let q = p + 1;
      while (t.charCodeAt(q) === 32) q++;
      let item: FastNode;
      if (q >= t.length || t[q] === '\n' || t[q] === '#') {
        const after = endOfLine(t, q);
        const nq = nextContent(t, after);
        if (nq < t.length && colOf(t, nq) > col) item = this.node(nq, col);
        else {
          item = empty(t, q, after, nq);
          this.at = nq;
        }
      } else if (t[q] === '-' && isEmpty(t[q + 1])) item = this.seq(colOf(t, q), q);
      else if (keyColon(t, q) >= 0) item = this.map(colOf(t, q), q);
      else item = this.inline(q, col);
      seq.items.push(item);
      offset = item.range[2];
      const nc = this.at < t.length ? colOf(t, this.at) : -1;
      if (nc > col) unsupported('bad indentation', this.at);
      if (nc < col || t[this.at] !== '-' || !isEmpty(t[this.at + 1])) break;
      p = this.at;
    }
    seq.range = [start, offset, offset];
    return seq;
  }

  /** A node on its own line at `p`, inside a collection at column `parent`. */
  node(p: number, parent: number): FastNode {
    const t = this.t;
    if (t[p] === '-' && isEmpty(t[p + 1])) return this.seq(colOf(t, p), p);
    if (keyColon(t, p) >= 0) return this.map(colOf(t, p), p);
    return this.inline(p, parent);
  }

  /** A scalar or flow collection starting at `q`, inside a collection at column `parent`. */
  inline(q: number, parent: number): FastNode {
    const t = this.t;
    const ch = t[q];
    let node: FastNode;
    let end: number;
    if (ch === '[' || ch === '{') {
      node = flowCollection(t, q);
      end = endOfLine(t, node.range[1]);
      node.range[2] = end;
    } else if (ch === '"' || ch === "'") {
      const e = quotedEnd(t, q);
      if (e < 0) unsupported('unclosed quote', q);
      for (let nl = t.indexOf('\n', q); nl >= 0 && nl < e; nl = t.indexOf('\n', nl + 1)) {
        if (this.cont(nl + 1, parent + 1) < 0) unsupported('quoted scalar indentation', nl + 1);
      }
      const src = t.slice(q, e);
      const v = ch === '"' ? doubleQuoted(src) : singleQuoted(src);
      if (v === null) unsupported('bad escape', q);
      end = endOfLine(t, e);
      node = new FastScalar(v, ch === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', [q, e, end]);
    } else if (ch === '|' || ch === '>') {
      node = this.block(q, parent);
      end = node.range[2];
    } else {
      if (!plainStart(t, q, false)) unsupported('plain scalar start', q);
      const e = this.plainEnd(q, parent + 1);
      end = endOfLine(t, e);
      node = plain(unfold(t.slice(q, e)), [q, e, end]);
    }
    this.at = nextContent(t, end);
    return node;
  }

  /** Where a (possibly multi-line) plain scalar ends: the `yaml` lexer's parsePlainScalar. */
  plainEnd(q: number, min: number): number {
    const t = this.t;
    let end = q - 1;
    let i = q - 1;
    let ch: string | undefined;
    while ((ch = t[++i]) !== undefined) {
      if (ch === ':') {
        if (isEmpty(t[i + 1])) unsupported('mapping in a plain scalar', i);
        end = i;
      } else if (ch === ' ' || ch === '\n') {
        if (t[i + 1] === '#') break;
        if (ch === '\n') {
          const cs = this.cont(i + 1, min);
          if (cs === -1) break;
          i = Math.max(i, cs - 2);
        }
      } else end = i;
    }
    return end + 1;
  }

  /** A block scalar (`|`, `>`, with `-`/`+`) whose header is at `q`: the lexer's extent rules. */
  block(q: number, parent: number): FastScalar {
    const t = this.t;
    let i = q + 1;
    const chomp = t[i] === '-' || t[i] === '+' ? t[i++]! : '';
    const hs = i;
    while (t[i] === ' ') i++;
    if (t[i] === '#' && i > hs) i = lineEnd(t, i);
    if (t[i] !== '\n') unsupported('block scalar header', i);
    const p = i + 1;
    let nl = p - 1;
    let indent = 0;
    let j = p;
    for (; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (c === 32) indent++;
      else if (c === 10) {
        if (j - nl - 1 > indent) unsupported('more-indented leading empty line', j);
        nl = j;
        indent = 0;
      } else break;
    }
    if (j >= t.length || indent <= parent) unsupported('empty block scalar', q);
    for (let k = p; k < nl; k = t.indexOf('\n', k) + 1)
      if (lineEnd(t, k) - k > indent) unsupported('more-indented leading empty line', k);
    do {
      const cs = this.cont(nl + 1, indent);
      if (cs === -1) break;
      nl = t.indexOf('\n', cs);
    } while (nl !== -1);
    if (nl === -1) nl = t.length;
    if (chomp !== '+') {
      for (;;) {
        let k = nl - 1;
        const lastChar = k;
        while (t[k] === ' ') --k;
        if (t[k] === '\n' && k >= p && k + 1 + indent > lastChar) nl = k;
        else break;
      }
    }
    const end = Math.min(nl + 1, t.length);
    const value = blockValue(t.slice(p, end), t[q] === '>', chomp, indent);
    return new FastScalar(value, t[q] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL', [q, end, end]);
  }
}

/** Reads a scenario file whose top level is a block mapping; throws Unsupported outside the subset. */
export function readFast(text: string): FastMap {
  if (UNSUPPORTED_CHARS.test(text)) unsupported('tab, CR or control character', 0);
  const r = new Reader(text);
  let p = nextContent(text, 0);
  if (text.startsWith('---', p) && colOf(text, p) === 0 && isEmpty(text[p + 3]))
    p = nextContent(text, endOfLine(text, p + 3));
  if (p >= text.length || colOf(text, p) !== 0) unsupported('top level', p);
  const root = r.map(0, p);
  if (r.at < text.length) unsupported('content after the top-level mapping', r.at);
  return root;
}
