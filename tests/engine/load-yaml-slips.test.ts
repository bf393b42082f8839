import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../engine/load/index.ts';

const s01 = readFileSync(new URL('../fixtures/slips/s01-before-r2-library.fr.yaml', import.meta.url), 'utf8');
const errors = (text: string) => loadScenario(text, 's01.yaml').diagnostics.filter((d) => d.severity === 'error');
const brief = (text: string) => errors(text).map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);

describe('one YAML slip gives one diagnostic in plain words, at the slip', () => {
  it('a key indented 2 spaces too little: one error at its first character, not four in YAML jargon', () => {
    expect(brief(s01.replace('        seconds: 40', '      seconds: 40'))).toEqual([
      '68:7 RH001 this line is indented by 6 spaces, but the keys of its block by 8: the keys of one block start at the same column',
    ]);
    expect(errors(s01.replace('        seconds: 40', '      seconds: 40'))[0]!.hint).toBe(
      'add 2 space(s) before "seconds"',
    );
  });

  it('a tab after a key, not in the indentation, is shown where it is (line 1), not at line 0', () => {
    const d = errors(':\t    goto: a\n');
    expect(d.length).toBeGreaterThan(0);
    for (const x of d) expect([x.line, x.column >= 1]).toEqual([1, true]);
  });

  it('one tab gives one error at the tab, not twenty-one', () => {
    const d = errors(s01.replace('        seconds: 40', '\t      seconds: 40'));
    expect(d.map((x) => `${x.line}:${x.column} ${x.code} ${x.message}`)).toEqual([
      '68:1 RH001 a tab is used to indent this line: YAML indents with spaces only',
    ]);
    expect(d[0]!.hint).toMatch(/replace the tab with spaces/);
  });

  it('the first key of a block indented unlike the usual: the slip is that key, not the next one', () => {
    expect(brief(s01.replace('  accueil:\n    say:', '  accueil:\n   say:'))).toEqual([
      '61:4 RH001 this line is indented by 3 spaces, but the keys of its block by 4: the keys of one block start at the same column',
    ]);
  });

  it('no parser jargon is left in the messages', () => {
    for (const text of [
      s01.replace('        seconds: 40', '      seconds: 40'),
      s01.replace('        seconds: 40', '\t      seconds: 40'),
      s01.replace('  accueil:\n    say:', '  accueil:\n   say:'),
      s01.replace('title: "', 'title: "x').replace(/\ntitle: "x([^"\n]*)"/, '\ntitle: "x$1'),
    ])
      for (const d of errors(text))
        expect(d.message).not.toMatch(/mapping items|implicit key|compact mapping|flow (map|sequence)|scalar/i);
  });
});

describe('the other mistakes are still reported when the YAML has a syntax error', () => {
  it('an indentation slip, a key typo, a goto typo and "=>": four errors, each where it is', () => {
    const text = s01
      .replace('        seconds: 40', '      seconds: 40')
      .replace('        prompt: "Théo appelle', '        promt: "Théo appelle')
      .replace('goto: recit', 'goto: recti')
      .replace(/when: trust >= (\d)/, 'when: trust => $1');
    const found = errors(text);
    expect(found.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '68:7 RH001', // the syntax error first, then the other mistakes in file order
      '67:9 RH011',
      '94:19 RH020',
      '688:25 RH030',
    ]);
    expect(found[2]!.message).toBe('goto: there is no node "recti". Did you mean "recit"?');
    expect(found[3]!.message).toMatch(/write ">=", not "=>"/);
  });

  it('an unclosed bracket is shown where it opens; its completed line is not blamed for more', () => {
    expect(brief('format: 1\nid: [')[0]).toBe(
      '2:5 RH001 this "[" is never closed: add "]" at the end of what it holds',
    );
    expect(brief('format: 1\nid: [').filter((d) => d.startsWith('2:'))).toHaveLength(1);
  });

  it('a line left out to read the rest does not make up missing keys or unknown nodes', () => {
    // an unclosed quote on a node's first line: that line is left out, the rest still checked
    const text = s01
      .replace('    say:\n      - theo:\n          - "Allô ?…', '    say:\n      - theo:\n          - "Allô ?…"x"')
      .replace('goto: recit', 'goto: recti');
    const found = errors(text);
    expect(found.map((d) => d.code)).toEqual(['RH001', 'RH020']);
    expect(found[1]!.message).toMatch(/no node "recti"/);
  });

  it('the file still cannot be played: no scenario while a slip is there', () => {
    expect(loadScenario(s01.replace('        seconds: 40', '      seconds: 40'), 's01.yaml').scenario).toBeNull();
  });
});
