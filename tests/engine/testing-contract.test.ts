import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/load/index.ts';
import { report, start, step } from '../../engine/session/index.ts';
import { play, runTests } from '../../engine/testing.ts';
import type { Scenario } from '../../engine/types.ts';

function example(): Scenario {
  const { scenario, diagnostics } = loadScenario(
    readFileSync('tests/fixtures/contract-example.yaml', 'utf8'),
    'contract-example.yaml',
  );
  if (!scenario) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return scenario;
}

describe("the contract's example, loaded from YAML", () => {
  it('its two tests give the expected results', () => {
    const results = runTests(example());
    expect(results.map((r) => ({ name: r.name, ok: r.ok, failures: r.failures }))).toEqual([
      { name: 'good call', ok: true, failures: [] },
      { name: 'advising to pay fails', ok: true, failures: [] },
    ]);
    expect(results[0]!.report).toMatchObject({
      outcome: 'helped',
      score: 100,
      passed: true,
      path: ['opening', 'story', 'evidence', 'wrap_up'],
    });
    expect(results[1]!.report).toMatchObject({
      outcome: 'hung_up',
      score: 0,
      critical: true,
      turns: [{ late: true }, { answer: 'pay' }],
    });
  });
  it('the welcome raises trust, so Lucas asks "Je peux te dire la suite ?"', () => {
    const s = example();
    const a = step(s, start(s, { seed: 4 }).state, { type: 'answer', text: 'Tu es au bon endroit.' });
    expect(a.state.vars.trust).toBe(2);
    expect(a.events.filter((e) => e.type === 'line').map((e) => e.type === 'line' && e.text)).toContain(
      'Je peux te dire la suite ?',
    );
    const b = step(s, start(s, { seed: 4 }).state, { type: 'answer', text: 'Allô ?' });
    expect(b.events.filter((e) => e.type === 'line').map((e) => e.type === 'line' && e.text)).not.toContain(
      'Je peux te dire la suite ?',
    );
  });
  it('"surtout ne paie pas" is never the critical error; "c\'est de ta faute" is', () => {
    const s = example();
    expect(play(s, ['Surtout ne paie pas, tu es au bon endroit.']).report.critical).toBe(false);
    const r = play(s, ["Pourquoi tu as fait ça ? C'est de ta faute."]).report;
    expect(r.criticals).toEqual([{ node: 'opening', id: 'blame', reason: 'Culpabiliser la victime' }]);
    expect(report(s, start(s, { seed: 1 }).state).path).toEqual(['opening']);
  });
});
