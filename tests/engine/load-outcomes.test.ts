import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/load/index.ts';
import { play } from '../../engine/testing.ts';

const base = (outcomes: string, expectOutcome: string) => `format: 1
id: no-outcomes
title: T
locale: en
setting: call
characters: { a: { name: A } }
competencies: { c: C }
${outcomes}start: s
nodes:
  s:
    ask:
      choice:
        options:
          - { id: x, text: X, competency: c, points: 1, goto: e }
          - { id: y, text: Y, goto: e }
  e:
    end: done
tests:
  - name: t
    answers: [x]
    expect: { outcome: ${expectOutcome} }
`;

describe('outcomes are optional labels', () => {
  it('without `outcomes`, the ids used by `end:` are the outcomes', () => {
    const { scenario, diagnostics } = loadScenario(base('', 'done'));
    expect(diagnostics).toEqual([]);
    expect(play(scenario!, ['x']).report.outcome).toBe('done');
  });

  it('without `outcomes`, a test naming an outcome no end uses is RH050 with a suggestion', () => {
    const { diagnostics } = loadScenario(base('', 'dnoe'));
    expect(diagnostics.map((d) => [d.line, d.column, d.code, d.message])).toEqual([
      [21, 24, 'RH050', 'test outcome: there is no outcome "dnoe". Did you mean "done"?'],
    ]);
  });

  it('with `outcomes`, an end must name a declared outcome (RH026)', () => {
    const { diagnostics } = loadScenario(base('outcomes: { finished: "Finished" }\n', 'finished'));
    expect(diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([[18, 10, 'RH026']]);
  });
});
