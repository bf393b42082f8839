/** Every message key of the checker, read from the engine's source: each msg`…` template, its `${…}` numbered. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The end of a `${` expression starting at `i` (just after the brace), skipping strings and nested braces. */
function exprEnd(src: string, i: number): number {
  let depth = 0;
  for (; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '`' || ch === "'" || ch === '"') {
      const q = ch;
      for (i++; i < src.length && src[i] !== q; i++) if (src[i] === '\\') i++;
    } else if (ch === '{') depth++;
    else if (ch === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  throw new Error('unterminated ${');
}

/** The keys of the msg`…` templates of one source text. */
export function keysIn(src: string): string[] {
  const keys: string[] = [];
  for (let at = src.indexOf('msg`'); at >= 0; at = src.indexOf('msg`', at + 4)) {
    if (/[\w$]/.test(src[at - 1] ?? '')) continue;
    let key = '';
    let n = 0;
    let i = at + 4;
    while (src[i] !== '`') {
      if (src[i] === '\\') {
        key += src[i + 1];
        i += 2;
      } else if (src.startsWith('${', i)) {
        i = exprEnd(src, i + 2) + 1;
        key += `{${n++}}`;
      } else key += src[i++];
    }
    keys.push(key);
  }
  return keys;
}

/** Every key of the engine's messages (engine/, recursively), without repeats. */
export function engineMessageKeys(root: string): string[] {
  const out = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('message.ts'))
        for (const k of keysIn(readFileSync(p, 'utf8'))) out.add(k);
    }
  };
  walk(join(root, 'engine'));
  return [...out];
}
