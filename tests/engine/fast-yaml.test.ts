/**
 * The fast YAML reader against the `yaml` package: whenever the fast reader accepts a file, the
 * tree (kinds, values, styles, source ranges) and everything loadScenario returns must be exactly
 * what the `yaml` path gives; on anything else it must hand over to `yaml`.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { loadScenario } from '../../engine/load/index.ts';
import { parseScenarioYaml } from '../../engine/load/parse-yaml.ts';
import { readFast } from '../../engine/load/fast/reader.ts';
import { FastMap, Unsupported } from '../../engine/load/fast/nodes.ts';
import { generateYaml } from '../../bench/generate.ts';
import { mutate, randomYaml, rng, withCrlf } from './fast-yaml-gen.ts';

type N = {
  items?: Array<N & { key?: N; value?: N }>;
  range?: number[];
  value?: unknown;
  type?: string;
  source?: unknown;
  flow?: boolean;
} | null;

/** Differences between the yaml package's tree and the fast tree (empty when they agree). */
function treeDiff(text: string, a: N, b: N, path = '', out: string[] = []): string[] {
  if (out.length > 3) return out;
  const kind = (n: N) => (isMap(n) ? 'map' : isSeq(n) ? 'seq' : isScalar(n) ? 'scalar' : String(n));
  if (kind(a) !== kind(b)) {
    out.push(`${path}: ${kind(a)} vs ${kind(b)}`);
    return out;
  }
  if (!a || !b) return out;
  const line = (o: number) => text.slice(0, o).split('\n').length;
  const [a0, a1] = a.range!;
  const [b0, b1] = b.range!;
  // A block collection's end offset only shows in a diagnostic when it is on its first line.
  const endMatters = isScalar(a) || a.flow || line(a1!) === line(a0!) || line(b1!) === line(b0!);
  if (a0 !== b0 || (endMatters && a1 !== b1)) out.push(`${path}: range ${a.range} vs ${b.range}`);
  if (isScalar(a)) {
    if (!Object.is(a.value, b.value) || a.type !== b.type || a.source !== b.source)
      out.push(`${path}: ${JSON.stringify(a.value)} ${a.type} vs ${JSON.stringify(b.value)} ${b.type}`);
    return out;
  }
  if (a.items!.length !== b.items!.length) {
    out.push(`${path}: ${a.items!.length} vs ${b.items!.length} items`);
    return out;
  }
  a.items!.forEach((x, i) => {
    const y = b.items![i]!;
    if (isMap(a)) {
      treeDiff(text, x.key!, y.key!, `${path}.key${i}`, out);
      treeDiff(text, x.value!, y.value!, `${path}.${String(x.key?.value)}`, out);
    } else treeDiff(text, x, y, `${path}[${i}]`, out);
  });
  return out;
}

/** The plain value of a fast node, as a trainer would read it. */
function js(n: unknown): unknown {
  if (isMap(n))
    return Object.fromEntries((n as unknown as FastMap).items.map((p) => [String(p.key.value), js(p.value)]));
  if (isSeq(n)) return (n as { items: unknown[] }).items.map(js);
  return (n as { value: unknown }).value;
}

/** 'fast' when the fast reader took the text (and then agrees with yaml), 'fallback' otherwise. */
function differential(text: string): 'fast' | 'fallback' {
  const doc = parseDocument(text, { uniqueKeys: true, lineCounter: new LineCounter() });
  let root: FastMap;
  try {
    root = readFast(text);
  } catch (e) {
    if (e instanceof Unsupported) return 'fallback';
    throw e;
  }
  expect(
    doc.errors.map((e) => e.code),
    `yaml errors on a text the fast reader accepted:\n${text}`,
  ).toEqual([]);
  expect(treeDiff(text, doc.contents as N, root as unknown as N), `trees differ for:\n${text}`).toEqual([]);
  return 'fast';
}

/** loadScenario through the fast reader and through yaml only. */
function bothPaths(text: string, file = 'f.yaml') {
  return { fast: loadScenario(text, file, { yaml: 'fast' }), yaml: loadScenario(text, file, { yaml: 'full' }) };
}

const files = [
  ...readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `scenarios/${f}`),
  ...readdirSync('tests/fixtures', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `tests/fixtures/${f}`),
];

describe('fast YAML reader: its coupling to the yaml package', () => {
  it('yaml is pinned to one exact version: a bump is a decision this suite must pass, not a caret drift', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(pkg.dependencies.yaml).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('fast YAML reader: the bundled files', () => {
  it.each(files)('%s: read fast, same tree, same scenario and diagnostics', (f) => {
    const text = readFileSync(f, 'utf8');
    const path = differential(text);
    if (f.startsWith('scenarios/')) expect(path).toBe('fast');
    const { fast, yaml } = bothPaths(text, f);
    expect(fast).toStrictEqual(yaml);
  });

  it('the generated benchmark scenario is read fast and loads the same', () => {
    const text = generateYaml(50);
    expect(differential(text)).toBe('fast');
    const { fast, yaml } = bothPaths(text);
    expect(fast.scenario).not.toBeNull();
    expect(fast).toStrictEqual(yaml);
  });

  it("yaml's own isMap / isSeq / isScalar / isPair recognise the fast nodes", () => {
    const doc = parseScenarioYaml('a: [1]\nb: { c: d }\n');
    const root = doc.contents as unknown as FastMap;
    expect(root).toBeInstanceOf(FastMap);
    expect(isMap(root)).toBe(true);
    expect(isPair(root.items[0])).toBe(true);
    expect(isSeq(root.items[0]!.value)).toBe(true);
    expect(isScalar(root.items[0]!.key)).toBe(true);
    expect(doc.errors).toEqual([]);
  });
});

describe('fast YAML reader: tricky scalars read exactly as yaml reads them', () => {
  const cases: Array<[string, string, unknown]> = [
    ['double quotes with escapes', 'k: "a\\nb \\u00e9 \\"q\\" \\\\ \\x41"\n', 'a\nb é "q" \\ A'],
    ['single quotes', "k: 'it''s # not a comment'\n", "it's # not a comment"],
    ['# inside strings', 'k: "a # b"\n', 'a # b'],
    ['a trailing comment', 'k: value # comment\n', 'value'],
    ['a # with no space before', 'k: a#b\n', 'a#b'],
    ['colons in plain scalars', 'k: b:c\n', 'b:c'],
    ['an empty value', 'k:\nz: 1\n', null],
    ['an empty value with a comment', 'k:   # nothing\nz: 1\n', null],
    ['a literal block', 'k: |\n  one\n    two\n\n  three\nz: 1\n', 'one\n  two\n\nthree\n'],
    ['a folded block, strip', 'k: >-\n  one\n  two\n\n  three\n\nz: 1\n', 'one two\nthree'],
    ['a literal block, keep', 'k: |+\n  one\n\n\nz: 1\n', 'one\n\n\n'],
    ['a multi-line plain scalar', 'k: one\n  two\n\n  three # c\nz: 1\n', 'one two\nthree'],
    ['a multi-line double-quoted scalar', 'k: "one\n  two\n\n  three"\nz: 1\n', 'one two\nthree'],
    [
      'numbers of the core schema',
      'k: [1, -2, 0x1F, 0o17, 1.5, 1e3, .5, +12, 07]\n',
      [1, -2, 31, 15, 1.5, 1000, 0.5, 12, 7],
    ],
    ['null and booleans', 'k: [~, null, true, False, TRUE, yes]\n', [null, null, true, false, true, 'yes']],
    ['infinities and NaN', 'k: [.inf, -.Inf, .nan]\n', [Infinity, -Infinity, NaN]],
    ['nested sequences', 'k:\n  - - a\n    - b\n  - c\n', [['a', 'b'], 'c']],
    ['a sequence under a key at the same column', 'k:\n- a\n- b: c\n  d: e\nz: 1\n', ['a', { b: 'c', d: 'e' }]],
    ['flow collections', 'k: { a: [x, "y, z"], b: {} }\n', { a: ['x', 'y, z'], b: {} }],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(differential(text)).toBe('fast');
    const root = parseScenarioYaml(text).contents as unknown as FastMap;
    expect(root).toBeInstanceOf(FastMap);
    expect(js(root.items.find((p) => p.key.value === 'k')!.value)).toEqual(expected);
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a complex key', '? a\n: b\n'],
    ['a tab', 'a:\tb\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a duplicate key in a big mapping', `${Array.from({ length: 20 }, (_, i) => `k${i}: 1`).join('\n')}\nk3: 2\n`],
    ['a duplicate key in a flow mapping', 'a: { b: 1, b: 2 }\n'],
    ['a syntax error', 'a: b: c\n'],
    ['an unclosed quote', 'a: "b\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a # straight after a quoted value (not a comment: YAML wants a space)', 'a: "b"#c\n'],
  ])('%s goes to the yaml package', (_name, text) => {
    expect(differential(text)).toBe('fallback');
    const { fast, yaml } = bothPaths(text);
    expect(fast).toStrictEqual(yaml);
  });
});

describe('fast YAML reader: generated and mutated documents', () => {
  it('random documents: when read fast, the same tree as yaml', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        if (differential(randomYaml(rng(seed))) === 'fast') taken++;
      }),
      { numRuns: 1500 },
    );
    expect(taken).toBeGreaterThan(150);
  }, 60_000);

  it('documents with Windows line endings (CRLF, mixed, a lone CR): when read fast, the same tree as yaml', () => {
    expect(differential('format: 1\r\nid: t\r\n')).toBe('fallback'); // a CR never reaches a plain value
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const r = rng(seed);
        differential(withCrlf(randomYaml(r), r));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('mutated documents: when read fast, the same tree as yaml', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 4 }), (seed, edits) => {
        const r = rng(seed);
        differential(mutate(randomYaml(r), r, edits));
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('mutated scenarios: loadScenario gives the same scenario and diagnostics on both paths', () => {
    const sources = [readFileSync('tests/fixtures/contract-example.yaml', 'utf8'), generateYaml(6)];
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 3 }), fc.nat(1), (seed, edits, which) => {
        const text = mutate(sources[which]!, rng(seed), edits);
        differential(text);
        const { fast, yaml } = bothPaths(text);
        expect(fast, text).toStrictEqual(yaml);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
