import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../engine/load/index.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';

const read = (p: string) => readFileSync(new URL(p, import.meta.url), 'utf8');
const SOURCES = [
  read('../fixtures/contract-example.yaml'),
  read('../../scenarios/s01-webcam-sextortion.fr.yaml'),
  read('../fixtures/r2/required-call.fr.yaml'), // r2: required, { text, critical } outcomes, examples, use
  read('../../scenarios/core-intents.fr.yaml'), // r2: a concept set
];
const NAMES = ['the contract example', 'library scenario s01', 'the r2 fixture', 'the shared concept set'];
const conceptSets = folderConceptSets(new URL('../../scenarios/', import.meta.url).pathname);

/** One edit of a scenario's text, as a trainer's slip or a damaged file could make it. */
type Mutation = (lines: string[]) => string[];
const at = fc.nat({ max: 100_000 });
/** Index `i` folded into the current lines (earlier edits may have shortened them). */
const ix = (l: string[], i: number) => i % Math.max(1, l.length);
const junk = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom(
    ':',
    '- ',
    '"',
    "'",
    '{',
    '[',
    ']',
    '}',
    '&a ',
    '*a',
    '#',
    '\t',
    '  ',
    '? ',
    '|',
    '>',
    '!!str ',
    '%YAML 1.2',
    '---',
    '...',
    '@',
    'when: ',
    '(',
    'not',
    '\u00e9',
    '\ufeff',
    '\r',
  ),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  at.map((i) => (l: string[]) => l.filter((_, j) => j !== ix(l, i))), // delete a line
  at.map((i) => (l: string[]) => {
    const k = ix(l, i);
    return [...l.slice(0, k + 1), l[k] ?? '', ...l.slice(k + 1)];
  }), // duplicate a line
  fc.tuple(at, at).map(([i, j]) => (l: string[]) => {
    const c = [...l];
    const [a, b] = [ix(l, i), ix(l, j)];
    [c[a], c[b]] = [l[b] ?? '', l[a] ?? ''];
    return c;
  }), // swap two lines
  fc.tuple(at, fc.nat(200), junk).map(
    ([i, p, s]) =>
      (l: string[]) =>
        l.map((x, j) => (j === ix(l, i) ? x.slice(0, p) + s + x.slice(p) : x)),
  ), // insert characters
  fc.tuple(at, fc.nat(200)).map(([i, p]) => (l: string[]) => {
    const k = ix(l, i);
    return [...l.slice(0, k), (l[k] ?? '').slice(0, p)];
  }), // truncate
  fc.tuple(at, fc.nat(40)).map(
    ([i, n]) =>
      (l: string[]) =>
        l.map((x, j) => (j === ix(l, i) ? x.slice(Math.min(n, x.search(/\S|$/))) : x)),
  ), // unindent a line
);

/** The invariants of the loader on any input (a scenario or a concept set). */
function check(text: string) {
  let r: ReturnType<typeof loadFile>;
  expect(() => {
    r = loadFile(text, 'm.yaml', { conceptSets });
  }).not.toThrow();
  const lines = text.split('\n').length;
  for (const d of r!.diagnostics) {
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines + 1, `line ${d.line} of ${lines}`).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, `column ${d.column}`).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
    expect(['error', 'warning']).toContain(d.severity);
    expect(d.code).toMatch(/^RH0\d\d$/);
    expect(d.code).not.toBe('RH000');
  }
  expect((r!.scenario ?? r!.conceptSet) === null).toBe(r!.diagnostics.some((d) => d.severity === 'error'));
}

describe('loadScenario on mutated and random text', () => {
  for (const [k, source] of SOURCES.entries()) {
    const lines = source.split('\n');
    it(`never throws on mutations of ${NAMES[k]}`, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (muts) => {
          check(muts.reduce((l, m) => m(l), lines).join('\n'));
        }),
        { numRuns: k === 0 ? 300 : k === 1 ? 60 : 150 },
      );
    }, 120_000);
  }
  it('never throws on random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc
            .array(fc.oneof(junk, fc.constantFrom('\n', 'format: 1\n', 'nodes:\n', '  a:\n', '    goto: a\n')), {
              maxLength: 60,
            })
            .map((a) => a.join('')),
        ),
        check,
      ),
      { numRuns: 500 },
    );
  });
  it('the unmutated sources load with no error (the mutations start from valid files)', () => {
    for (const s of SOURCES) {
      const r = loadFile(s, 'm.yaml', { conceptSets });
      expect(r.scenario ?? r.conceptSet).not.toBeNull();
    }
  });
});
