/** Random YAML documents in (and around) the subset the fast reader supports, for the differential tests. */

/** A small seeded PRNG (mulberry32), so that a failing document can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLAIN = [
  'a',
  'b c',
  'a:b',
  'x#y',
  '-1',
  '0x1F',
  '0o17',
  '1e3',
  '.5',
  '+12',
  '~',
  'null',
  'Null',
  'True',
  'FALSE',
  'false',
  '.inf',
  '-.Inf',
  '.nan',
  '1.50',
  '07',
  'a - b',
  '?x',
  '-x',
  'é à',
  "l'ami",
  'x: ',
  'url://a',
  '3.',
  '1_000',
  '0b1',
  'yes',
  '"',
  '- ',
  '@x',
  '%x',
  '!t',
  '&a',
  '*a',
  'a ',
  'trust >= 2',
  'matched(welcome)',
];
const QUOTED = [
  '"a\\nb"',
  '"\\u00e9t\\u00E9"',
  '"q # no"',
  '"a\\"b"',
  '"tab\\tx"',
  '"\\x41\\U0001F600"',
  '"bad \\q"',
  "'it''s'",
  "'# x'",
  "''",
  '""',
  '"a: b"',
  "'a: b'",
  '"\\\\"',
  '"\\/"',
  '"\\_\\N\\L"',
  '"unclosed',
];
const KEYS = ['a', 'b', 'id', 'text', 'goto', 'x y', '"q k"', "'s k'", '1', 'true', 'null', 'a', '~', '-k', 'é'];

/** A random document: block mappings and sequences, flows, every scalar style, comments, blank lines. */
export function randomYaml(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const comment = () => (r() < 0.15 ? ` # ${pick(['c', 'x: y', '"q', '- z'])}` : '');
  const pad = () => (r() < 0.1 ? pick(['\n', '\n\n', `\n${' '.repeat(Math.floor(r() * 6))}# note\n`, '   \n']) : '');
  const scalar = (ind: number): string => {
    const k = r();
    if (k < 0.5) return pick(PLAIN);
    if (k < 0.75) return pick(QUOTED);
    if (k < 0.85) {
      const lines = Array.from({ length: 1 + Math.floor(r() * 3) }, () =>
        pick(['line', 'more words', '', '  deeper', 'a: b', '# not a comment']),
      );
      const body = lines
        .map((l) => (l ? ' '.repeat(ind + 2) + l : pick(['', ' '.repeat(ind + 1), ' '.repeat(ind + 4)])))
        .join('\n');
      return `${pick(['|', '|-', '|+', '>', '>-', '>+', '|2', '| # c'])}\n${body}${pick(['', '\n', '\n\n'])}`;
    }
    if (k < 0.93)
      return `${pick(PLAIN)}\n${' '.repeat(ind + pick([0, 1, 2, 4]))}${pick(['continued', 'more: x', '# c', 'w'])}`;
    return `"multi\n${' '.repeat(ind + pick([0, 1, 2]))}line${pick(['', '\n', '\n\n'])}${' '.repeat(ind + 2)}end"`;
  };
  const flow = (depth: number): string => {
    if (depth > 2 || r() < 0.4) return pick([...PLAIN.filter((p) => !/[,[\]{}#]/.test(p)), ...QUOTED.slice(0, 6)]);
    const n = Math.floor(r() * 4);
    if (r() < 0.5)
      return `[${Array.from({ length: n }, () => flow(depth + 1)).join(pick([', ', ',', ' , ']))}${r() < 0.05 ? ',' : ''}]`;
    const keys = [...new Set(Array.from({ length: n }, () => pick(KEYS)))];
    return `{${r() < 0.5 ? ' ' : ''}${keys.map((k) => `${k}: ${flow(depth + 1)}`).join(', ')}${r() < 0.5 ? ' ' : ''}}`;
  };
  const value = (ind: number, depth: number, after: 'key' | 'dash'): string => {
    const k = r();
    if (depth < 4 && k < 0.3) return `${comment()}\n${pad()}${map(ind + pick([2, 2, 4, 1]), depth + 1)}`;
    if (depth < 4 && k < 0.45)
      return `${comment()}\n${pad()}${seq(ind + (after === 'key' ? pick([0, 2, 2, 3]) : 2), depth + 1)}`;
    if (depth < 4 && after === 'dash' && k < 0.55) return ` ${pick([map, seq])(ind + 2, depth + 1).trimStart()}`;
    if (k < 0.6) return `${comment()}`;
    if (k < 0.7) return ` ${flow(0)}${comment()}`;
    return ` ${scalar(ind)}${comment()}`;
  };
  const map = (ind: number, depth: number): string => {
    const keys = [...new Set(Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(KEYS)))];
    if (r() < 0.03) keys.push(keys[0]!);
    return keys
      .map((key) => `${' '.repeat(ind)}${key}${r() < 0.05 ? ' ' : ''}:${value(ind, depth, 'key')}\n${pad()}`)
      .join('');
  };
  const seq = (ind: number, depth: number): string =>
    Array.from(
      { length: 1 + Math.floor(r() * 3) },
      () => `${' '.repeat(ind)}-${value(ind, depth, 'dash')}\n${pad()}`,
    ).join('');
  return `${r() < 0.1 ? '---\n' : ''}${r() < 0.1 ? '# head\n' : ''}${map(0, 0)}`;
}

const MUTANTS = [
  ' ',
  '\n',
  ':',
  '-',
  '#',
  '"',
  "'",
  '|',
  '>',
  '[',
  ']',
  '{',
  '}',
  ',',
  'a',
  '1',
  '\\',
  '  ',
  ': ',
  '- ',
  '&',
  '\t',
  '\r',
  '\r\n',
];

/** `text` with a few random one-character edits (insert, delete, replace). */
export function mutate(text: string, r: () => number, edits: number): string {
  let t = text;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (t.length + 1));
    const m = MUTANTS[Math.floor(r() * MUTANTS.length)]!;
    const k = r();
    t =
      k < 0.4
        ? t.slice(0, at) + m + t.slice(at)
        : k < 0.7
          ? t.slice(0, at) + t.slice(at + 1)
          : t.slice(0, at) + m + t.slice(at + 1);
  }
  return t;
}

/** `text` with Windows line endings: every line (CRLF), or some lines only (mixed), or a lone CR. */
export function withCrlf(text: string, r: () => number): string {
  const k = r();
  if (k < 0.5) return text.replace(/\n/g, '\r\n');
  if (k < 0.9) return text.replace(/\n/g, () => (r() < 0.5 ? '\r\n' : '\n'));
  const at = text.indexOf('\n', Math.floor(r() * text.length));
  return at < 0 ? text : `${text.slice(0, at)}\r${text.slice(at)}`;
}
