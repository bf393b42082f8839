import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../engine/load/index.ts';

const example = readFileSync(new URL('../fixtures/contract-example.yaml', import.meta.url), 'utf8');
const errors = (text: string) =>
  loadScenario(text, 'x.yaml').diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.code}: ${d.message}`);

describe('references inside conditions', () => {
  it('chose() of a criterion says to use matched(), without suggesting the same id', () => {
    expect(errors(example.replace('when: matched(welcome)', 'when: chose(welcome)'))).toEqual([
      '45:25 RH025: chose(welcome): "welcome" is a criterion, not an option: use matched(welcome).',
    ]);
  });

  it('matched() of an option says to use chose()', () => {
    expect(errors(example.replace('when: matched(welcome)', 'when: matched(refuse)'))).toEqual([
      '45:27 RH025: matched(refuse): "refuse" is an option, not a criterion: use chose(refuse).',
    ]);
  });

  it('an unknown variable is pointed at as a whole word, not inside a longer id that holds it', () => {
    const text = example.replace('when: trust >= 2', 'when: visited(wrap_up) or wrap > 1');
    expect(errors(text)).toEqual(['56:35 RH023: unknown variable "wrap" (declare it under `state`).']);
    expect(text.split('\n')[55]!.slice(34)).toBe('wrap > 1');
  });
});
