import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/load/index.ts';
import { runTests } from '../../engine/testing.ts';
import { generateScenario } from '../fixtures/generate-scenario.ts';

describe('generateScenario (big valid scenarios for speed tests)', () => {
  it('gives a scenario with no diagnostic at all, whatever the size', () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7, 12, 100]) {
      const { scenario, diagnostics } = loadScenario(generateScenario(n), `gen-${n}.yaml`);
      expect(diagnostics, `n = ${n}`).toEqual([]);
      expect(Object.keys(scenario!.nodes)).toHaveLength(n + 1);
    }
  });

  it('its own test passes when played', () => {
    const { scenario } = loadScenario(generateScenario(40));
    const results = runTests(scenario!);
    expect(results.map((r) => [r.name, r.ok, r.failures])).toEqual([['silent', true, []]]);
  });

  it('8 000 nodes make about 2 MB that validate with no diagnostic, using every kind of node', () => {
    const text = generateScenario(8000);
    expect(text.length).toBeGreaterThan(1.8e6);
    expect(text.length).toBeLessThan(2.5e6);
    const { scenario, diagnostics } = loadScenario(text, 'gen-8000.yaml');
    expect(diagnostics).toEqual([]);
    const nodes = Object.values(scenario!.nodes);
    expect(nodes).toHaveLength(8001);
    expect(nodes.filter((x) => x.ask?.kind === 'free')).toHaveLength(1334);
    expect(nodes.filter((x) => x.ask?.kind === 'choice')).toHaveLength(4000);
    expect(nodes.filter((x) => x.next)).toHaveLength(2666);
  }, 30_000);
});
