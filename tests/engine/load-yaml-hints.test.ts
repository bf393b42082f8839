import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../engine/load/index.ts';

const example = readFileSync(new URL('../fixtures/contract-example.yaml', import.meta.url), 'utf8');

describe('YAML syntax errors trainers often make get a hint', () => {
  it('a condition that starts with a quoted string', () => {
    const [d] = loadScenario(example.replace('when: trust >= 2', 'when: "calm" == mood'), 'x.yaml').diagnostics;
    expect(d).toMatchObject({ line: 56, column: 22, code: 'RH001', severity: 'error' });
    expect(d!.hint).toBe(
      `a value that starts with a quote ends at its closing quote: quote the whole value, e.g. when: '"a" == b'`,
    );
  });

  it('a key indented unlike its block', () => {
    const d = loadScenario(example.replace('  hang_up:\n', '   hang_up:\n'), 'x.yaml').diagnostics.find(
      (x) => x.code === 'RH001',
    );
    expect(d).toMatchObject({
      message:
        'this line is indented by 3 spaces, but the keys of its block by 2: the keys of one block start at the same column',
      hint: 'remove 1 space(s) before "hang_up"',
    });
  });
});
