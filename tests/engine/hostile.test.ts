import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/load/index.ts';
import { start, step } from '../../engine/session/index.ts';
import { generateYaml } from '../../bench/generate.ts';

/** Loads and checks the invariants every answer must keep: positions ≥ 1, scenario null iff an error. */
function load(input: string | Uint8Array) {
  const r = loadScenario(input, 'hostile.yaml');
  for (const d of r.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.file).toBe('hostile.yaml');
  }
  expect(r.scenario === null).toBe(r.diagnostics.some((d) => d.severity === 'error'));
  return r;
}
const only = (input: string | Uint8Array) => {
  const { diagnostics } = load(input);
  expect(diagnostics).toHaveLength(1);
  const d = diagnostics[0]!;
  return `${d.line}:${d.column} ${d.code}: ${d.message}`;
};

describe('files that are not scenarios get one diagnostic, never a crash', () => {
  it('empty and whitespace-only files', () => {
    expect(only('')).toBe('1:1 RH002: the file is empty: a scenario starts with "format: 1"');
    expect(only('  \n\t\n   ')).toBe('1:1 RH002: the file is empty: a scenario starts with "format: 1"');
    expect(only(new Uint8Array())).toBe('1:1 RH002: the file is empty: a scenario starts with "format: 1"');
  });
  it('a list or a bare word at the top level', () => {
    expect(only('- format: 1\n- id: x\n')).toBe(
      '1:1 RH002: this is not a scenario: the top level must be a mapping of keys (format, id, title, …), not a list',
    );
    expect(only('hello\n')).toBe(
      '1:1 RH002: this is not a scenario: the top level must be a mapping of keys (format, id, title, …), not text',
    );
  });
  it('binary junk with NUL bytes, as text and as bytes', () => {
    expect(only('format: 1\n\u0000\u0001\u0002junk')).toBe(
      '2:1 RH004: the file holds binary data (a NUL byte): it is not a text file',
    );
    expect(only(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]))).toMatch(
      /^1:1 RH004: /,
    );
    expect(only(new TextEncoder().encode('format: 1\nid: x\u0000\n'))).toBe(
      '2:6 RH004: the file holds binary data (a NUL byte): it is not a text file',
    );
  });
  it('invalid UTF-8 bytes point at the first bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('format: 1\nid: '), 0xc3, 0x28, 0x0a]);
    expect(only(bytes)).toBe('2:5 RH004: the file is not valid UTF-8 text (save it as UTF-8)');
  });
  it('a UTF-8 byte-order mark is accepted', () => {
    const { diagnostics } = load(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('- a\n')]));
    expect(diagnostics.map((d) => d.code)).toEqual(['RH002']);
  });
  it('over 10 MB, as bytes and as text', () => {
    expect(only(new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61))).toBe(
      '1:1 RH003: the file is 10.0 MB; scenarios are limited to 10 MB',
    );
    expect(only(`tags: ["${'x'.repeat(10 * 1024 * 1024)}"]\n`)).toBe(
      '1:1 RH003: the file is over 10 MB; scenarios are limited to 10 MB',
    );
  });
  it('nesting 10 000 deep in flow style', () => {
    expect(only(`tags: ${'['.repeat(10000)}${']'.repeat(10000)}\n`)).toBe(
      '1:107 RH005: brackets are nested more than 100 deep',
    );
    expect(only('{a: '.repeat(10000))).toBe('1:401 RH005: brackets are nested more than 100 deep');
  });
  it('nesting 10 000 deep in block style', () => {
    expect(only(`tags:\n${'- '.repeat(10000)}x\n`)).toBe(
      '2:801 RH005: the file is indented too deeply to be a scenario',
    );
    let keys = '';
    for (let i = 0; i < 2000; i++) keys += `${' '.repeat(i)}k${i}:\n`;
    expect(only(keys)).toBe('802:801 RH005: the file is indented too deeply to be a scenario');
  });
});

describe('alias bombs', () => {
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [x, y] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi'])
    laughs.push(`${y}: &${y} [${Array(9).fill(`*${x}`).join(',')}]`);
  it('billion laughs: errors, no expansion, no hang', () => {
    const { scenario, diagnostics } = load(`${laughs.join('\n')}\ntags: *i\n`);
    expect(scenario).toBeNull();
    expect(diagnostics.some((d) => d.code === 'RH011' && d.message.startsWith('unknown key "a"'))).toBe(true);
    expect(
      diagnostics.filter((d) => d.code === 'RH012' && /^tags\[\d\] must be text, not a list$/.test(d.message)),
    ).toHaveLength(9); // 9 lists reported, not 9⁹ values: nothing was expanded
  });
  it('aliases that copy a big list many times: RH005 at the alias that goes over', () => {
    const big = `x: &big [${Array(1000).fill('w').join(', ')}]\n`;
    const text = `${big}tags: [${Array(200).fill('*big').join(', ')}]\n`;
    const d = load(text).diagnostics.find((x) => x.code === 'RH005')!;
    expect(d).toMatchObject({ line: 2, message: 'aliases copy more than 100000 values (is this an alias bomb?)' });
    expect(text.split('\n')[1]!.slice(d.column - 1, d.column + 3)).toBe('*big');
  });
  it('more than 1000 alias uses: RH005', () => {
    const text = `x: &x hi\ntags: [${Array(1500).fill('*x').join(', ')}]\n`;
    expect(only(text)).toMatch(/^2:\d+ RH005: more than 1000 alias expansions \(is this an alias bomb\?\)$/);
  });
});

const PROTO_IDS = `format: 1
id: proto-ids
title: Prototype names are just ids
locale: en
setting: chat
characters:
  __proto__: { name: Proto }
  constructor: { name: Con }
  toString: { name: Tos }
competencies:
  __proto__: { label: Proto, weight: 2 }
  constructor: Con
  hasOwnProperty: Own
state:
  __proto__: 1
  toString: false
  polluted: 0
concepts:
  constructor: ["build", "make"]
  __proto__: ["proto"]
outcomes:
  valueOf: Done
start: __proto__
nodes:
  __proto__:
    say:
      - __proto__: "Hello"
      - { who: constructor, text: "Hi", when: "__proto__ >= 1 and not toString" }
    ask:
      choice:
        options:
          - { id: toString, text: A, competency: __proto__, points: 1, set: { __proto__: "+1", polluted: 1 }, goto: constructor }
          - { id: valueOf, text: B, competency: constructor, points: 1, goto: toString }
  constructor:
    ask:
      free:
        criteria:
          - { id: __proto__, competency: hasOwnProperty, points: 2, match: ["@constructor it", "@__proto__"] }
        next:
          - when: matched(__proto__) or chose(toString) or visited(constructor)
            goto: toString
          - goto: toString
  toString:
    end: valueOf
`;

describe('ids that are names of Object.prototype', () => {
  const text = PROTO_IDS;
  it('__proto__, constructor, toString… as node, character, variable, competency, concept and outcome ids load cleanly', () => {
    const { scenario, diagnostics } = load(text);
    expect(diagnostics).toEqual([]);
    const s = scenario!;
    expect(Object.keys(s.nodes)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.keys(s.characters)).toEqual(['narrator', '__proto__', 'constructor', 'toString']);
    expect(Object.keys(s.competencies)).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
    expect(Object.keys(s.state)).toEqual(['__proto__', 'toString', 'polluted']);
    expect(Object.keys(s.concepts)).toEqual(['constructor', '__proto__']);
    expect(s.start).toBe('__proto__');
    expect(Object.getOwnPropertyDescriptor(s.nodes, '__proto__')?.value.say[0]).toEqual({
      who: '__proto__',
      text: ['Hello'],
    });
  });
  it('a session plays them, and nothing leaks onto Object.prototype', () => {
    const s = load(text).scenario!;
    const begun = start(s, { seed: 1 });
    const r = step(s, begun.state, { type: 'choose', option: 'toString' });
    expect(r.error).toBeUndefined();
    expect(Object.entries(JSON.parse(JSON.stringify(r.state)).vars)).toEqual([
      ['__proto__', 2],
      ['toString', false],
      ['polluted', 1],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(typeof {}.toString).toBe('function');
  });
  it('references to prototype names that are not declared are unknown, not inherited', () => {
    const { diagnostics } = load(
      text
        .replace('goto: toString\n', 'goto: hasOwnProperty\n')
        .replace('competency: constructor,', 'competency: valueOf,'),
    );
    expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual(
      expect.arrayContaining([
        'RH020: goto: there is no node "hasOwnProperty".',
        'RH021: competency: there is no competency "valueOf".',
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a large valid file', () => {
  it('2 MB, 8 000 nodes (bench/generate.ts) validates with no diagnostic', () => {
    const text = generateYaml(8000);
    expect(text.length).toBeGreaterThan(2_000_000);
    const { scenario, diagnostics } = load(text);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(scenario!.nodes)).toHaveLength(8001);
  }, 60_000);
});
