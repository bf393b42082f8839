/** Flow collections on one line — `{ a: 1, b: [x, "y"] }` — for the fast reader. */
import { FastMap, FastPair, FastScalar, FastSeq, type FastNode } from './nodes.ts';
import { doubleQuoted, plain, singleQuoted } from './values.ts';
import { hasKey, plainStart, quotedEnd, unsupported } from './scan.ts';

const FLOW_END = new Set([',', '[', ']', '{', '}']);

/** A quoted scalar on one line, at `q`. */
export function quotedScalar(t: string, q: number, end: number): FastScalar {
  const src = t.slice(q, end);
  if (t[q] === '"') {
    const v = doubleQuoted(src);
    if (v === null) unsupported('bad escape', q);
    return new FastScalar(v, 'QUOTE_DOUBLE', [q, end, end]);
  }
  return new FastScalar(singleQuoted(src), 'QUOTE_SINGLE', [q, end, end]);
}

function skipSpaces(t: string, i: number): number {
  while (t.charCodeAt(i) === 32) i++;
  return i;
}

/** One item inside a flow collection: a nested flow, a quoted or a plain scalar. */
function flowItem(t: string, q: number): FastNode {
  const ch = t[q];
  if (ch === '[' || ch === '{') return flowCollection(t, q);
  if (ch === '"' || ch === "'") {
    const e = quotedEnd(t, q);
    const nl = t.indexOf('\n', q);
    if (e < 0 || (nl >= 0 && nl < e)) unsupported('multi-line quoted scalar in a flow', q);
    return quotedScalar(t, q, e);
  }
  if (!plainStart(t, q, true)) unsupported('flow item', q);
  let end = q;
  for (let i = q; i < t.length; i++) {
    const c = t[i]!;
    if (c === ':') {
      const next = t[i + 1];
      if (next === ' ' || next === '\n' || next === undefined || FLOW_END.has(next)) break;
      end = i + 1;
    } else if (c === ' ') {
      if (t[i + 1] === '#') unsupported('comment in a flow', i);
    } else if (c === '\n') {
      unsupported('multi-line flow', i);
    } else if (FLOW_END.has(c)) break;
    else end = i + 1;
  }
  return plain(t.slice(q, end), [q, end, end]);
}

/** A flow mapping or sequence starting at `q` (its bracket); it must close on the same line. */
export function flowCollection(t: string, q: number): FastMap | FastSeq {
  const isMap = t[q] === '{';
  const close = isMap ? '}' : ']';
  const coll = isMap ? new FastMap(true) : new FastSeq(true);
  let i = skipSpaces(t, q + 1);
  if (t[i] !== close) {
    for (;;) {
      const item = flowItem(t, i);
      i = skipSpaces(t, item.range[1]);
      if (coll instanceof FastMap) {
        if (!(item instanceof FastScalar) || t[i] !== ':') unsupported('flow mapping entry', i);
        if (hasKey(coll, item.value)) unsupported('duplicate key', item.range[0]);
        i = skipSpaces(t, i + 1);
        if (t[i] === ',' || t[i] === close) unsupported('empty flow value', i);
        const value = flowItem(t, i);
        coll.items.push(new FastPair(item, value));
        i = skipSpaces(t, value.range[1]);
      } else {
        if (t[i] === ':') unsupported('flow pair', i);
        coll.items.push(item);
      }
      if (t[i] === ',') {
        i = skipSpaces(t, i + 1);
        if (t[i] === close) unsupported('trailing comma', i);
        continue;
      }
      if (t[i] === close) break;
      unsupported('flow collection', i);
    }
  }
  coll.range = [q, i + 1, i + 1];
  return coll;
}
