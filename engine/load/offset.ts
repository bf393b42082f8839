/** Where a character of a scalar's value sits in the source: escapes, `''` and folded lines make them differ. */
import { isScalar, type Node } from './context.ts';

/** Length of the escape sequence starting at `raw[p]` (a backslash) in a double-quoted scalar. */
function escapeLength(raw: string, p: number): number {
  const c = raw[p + 1];
  return c === 'x' ? 4 : c === 'u' ? 6 : c === 'U' ? 10 : 2;
}

/**
 * The source offset of character `i` of scalar `n`'s value, given the file's text; `null` for a
 * block scalar (| or >), whose lines are reported as a whole.
 */
export function valueOffset(text: string, n: Node, i: number): number | null {
  if (!isScalar(n) || n.type === 'BLOCK_LITERAL' || n.type === 'BLOCK_FOLDED') return null;
  const quoted = n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE';
  const start = (n.range?.[0] ?? 0) + (quoted ? 1 : 0);
  const end = n.range?.[1] ?? start;
  if (!text) return start + i;
  let p = start;
  for (let k = 0; k < i && p < end;) {
    const c = text[p]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      let q = p;
      let breaks = 0;
      while (q < end && /[ \t\r\n]/.test(text[q]!)) {
        if (text[q] === '\n') breaks++;
        q++;
      }
      if (breaks === 0) {
        p++;
        k++;
        continue;
      }
      k += breaks === 1 ? 1 : breaks - 1; // a folded line break is one space; n blank lines are n breaks
      p = q;
    } else if (n.type === 'QUOTE_SINGLE' && c === "'" && text[p + 1] === "'") {
      p += 2;
      k++;
    } else if (n.type === 'QUOTE_DOUBLE' && c === '\\') {
      if (text[p + 1] === '\n' || text[p + 1] === '\r') {
        p += 2;
        while (p < end && /[ \t\r\n]/.test(text[p]!)) p++;
        continue;
      }
      p += escapeLength(text, p);
      k++;
    } else {
      p++;
      k++;
    }
  }
  return p;
}
