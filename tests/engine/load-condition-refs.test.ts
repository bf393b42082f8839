import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../engine/load/index.ts';

const example = readFileSync(new URL('../fixtures/contract-example.yaml', import.meta.url), 'utf8');
const errors = (text: string) =>
  loadScenario(text, 'x.yaml')
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.line}:${d.column} ${d.code}: ${d.message}`);

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

describe('ids and variables with accents (French scenarios)', () => {
  it('visited(), matched() and variables accept accented names', () => {
    const text = example
      .replace(/evidence/g, 'preuves_gardées')
      .replace('  trust: 1', '  trust: 1\n  confiance_élevée: false')
      .replace('when: trust >= 2', 'when: visited(preuves_gardées) or confiance_élevée == true');
    expect(errors(text)).toEqual([]);
    const s = loadScenario(text).scenario!;
    expect(s.nodes.story!.say[1]!.when!.expr).toEqual({
      k: 'or',
      a: { k: 'call', fn: 'visited', arg: 'preuves_gardées' },
      b: { k: 'cmp', op: '==', a: { k: 'var', name: 'confiance_élevée' }, b: { k: 'lit', value: true } },
    });
  });

  it('an unknown accented variable is reported under its first letter', () => {
    expect(errors(example.replace('when: trust >= 2', 'when: visited(wrap_up) or élevé'))).toEqual([
      '56:35 RH023: unknown variable "élevé" (declare it under `state`).',
    ]);
  });
});
