import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/load/index.ts';
import { criticalTurns, report, start, step } from '../../engine/session/index.ts';
import { play } from '../../engine/testing.ts';
import type { Scenario } from '../../engine/types.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';

const FILE = 'tests/fixtures/r2/required-call.fr.yaml';

function scenario(text = readFileSync(FILE, 'utf8')): Scenario {
  const { scenario: s, diagnostics } = loadScenario(text, FILE, { conceptSets: folderConceptSets('scenarios') });
  expect(diagnostics).toEqual([]);
  return s!;
}

describe('r2: what fails a session besides a critical mistake', () => {
  const s = scenario();

  it('a required criterion left out fails a session whose score is above the pass mark', () => {
    const { report: r } = play(s, ["Tu as bien fait d'appeler, je t'écoute.", 'plan_together']);
    expect(r.score).toBe(75);
    expect(r.score).toBeGreaterThan(s.pass);
    expect(r.passed).toBe(false);
    expect(r.critical).toBe(true);
    expect(r.criticals).toEqual([
      { node: 'opening', id: 'ask_suicide', reason: "un propos suicidaire n'a pas été exploré", missed: true },
    ]);
    expect(criticalTurns(r)).toEqual([1]);
  });

  it('a critical ending fails a session whose score is above the pass mark', () => {
    const { report: r } = play(s, ["Tu as bien fait d'appeler. Tu penses au suicide ?", 'hang_up']);
    expect(r.outcome).toBe('alone');
    expect(r.score).toBe(81);
    expect(r.passed).toBe(false);
    expect(r.criticals).toEqual([
      { node: 'alone_end', outcome: 'alone', reason: 'Théo est resté seul avec un risque suicidaire' },
    ]);
    expect(criticalTurns(r)).toEqual([null]);
  });

  it('matched, the required criterion fails nothing; the outcome label is the text of a { text, critical } outcome', () => {
    const { report: r } = play(s, [
      "T'as bien fait d'appeler. Quand tu dis ça, tu penses au suicide ?",
      'plan_together',
    ]);
    expect(r).toMatchObject({ passed: true, critical: false, criticals: [], score: 100 });
    expect(s.outcomes.alone).toBe('Théo raccroche, seul');
    expect(s.criticalOutcomes).toEqual({ alone: 'Théo est resté seul avec un risque suicidaire' });
  });

  it('a prompt that was reached but not answered misses nothing yet', () => {
    const begun = start(s, { seed: 1 });
    expect(report(s, begun.state).criticals).toEqual([]);
  });

  it('criticals come turn by turn: a mistake and a missed requirement at one turn, then the ending', () => {
    let state = start(s, { seed: 1 }).state;
    state = step(s, state, { type: 'answer', text: 'Franchement tu devrais payer, ça ira plus vite.' }).state;
    state = step(s, state, { type: 'choose', option: 'hang_up' }).state;
    const r = report(s, state);
    expect(r.criticals.map((c) => ('id' in c ? c.id : c.outcome))).toEqual(['pay', 'ask_suicide', 'alone']);
    expect(criticalTurns(r)).toEqual([1, 1, null]);
  });

  it('the same node answered twice: each critical is found at its own turn', () => {
    const loop = scenario(
      readFileSync(FILE, 'utf8').replace(
        '          - { id: hang_up, text: "Rappelle quand tu veux.", goto: alone_end }',
        '          - { id: hang_up, text: "Rappelle quand tu veux.", goto: alone_end }\n          - { id: again, text: "Reprenons.", goto: opening }',
      ),
    );
    const { report: r } = play(loop, [
      "T'as bien fait d'appeler. Tu penses au suicide ?",
      'again',
      "Je t'écoute.",
      'plan_together',
    ]);
    expect(r.criticals).toEqual([
      { node: 'opening', id: 'ask_suicide', reason: "un propos suicidaire n'a pas été exploré", missed: true },
    ]);
    expect(criticalTurns(r)).toEqual([3]);
  });
});
