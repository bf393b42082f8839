import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergePhrases, playableScenario, splitPhrases } from '../../engine/compile.ts';
import { loadScenario } from '../../engine/load/index.ts';
import { play } from '../../engine/testing.ts';
import type { Scenario } from '../../engine/types.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';

const dir = 'scenarios';
const conceptSets = folderConceptSets(dir);
const library: Scenario[] = readdirSync(dir)
  .filter((f) => /^s\d.*\.yaml$/.test(f))
  .map((f) => loadScenario(readFileSync(join(dir, f), 'utf8'), f, { conceptSets }).scenario!);

describe('playableScenario: what a trainee downloads', () => {
  it('drops the tests and every criterion example, keeps every node', () => {
    for (const scenario of library) {
      const playable = playableScenario(scenario);
      expect(playable.tests).toEqual([]);
      expect(JSON.stringify(playable)).not.toContain('"examples"');
      expect(Object.keys(playable.nodes)).toEqual(Object.keys(scenario.nodes));
    }
  });

  it("plays every library test to the same report as the trainer's full scenario", () => {
    let played = 0;
    for (const scenario of library) {
      const playable = playableScenario(scenario);
      for (const t of scenario.tests) {
        expect(play(playable, t.answers).report, `${scenario.id}: ${t.name}`).toEqual(play(scenario, t.answers).report);
        played++;
      }
    }
    expect(played).toBeGreaterThan(50);
  });

  it('cut in two for a browser (phrases later): no phrase in the first part, and it refuses to score until merged', () => {
    const s01 = library.find((s) => s.id === 's01-webcam-sextortion-fr')!;
    const { scenario, phrases } = splitPhrases(JSON.parse(JSON.stringify(playableScenario(s01))) as Scenario);
    const first = JSON.stringify(scenario);
    expect(first).not.toMatch(/"(match|all)":/);
    expect(Object.keys(scenario.concepts)).toEqual([]);
    const test = s01.tests[0]!;
    const before = play(scenario, test.answers);
    expect(before.error?.message).toMatch(/the answer checker is still loading/);
    mergePhrases(scenario, phrases);
    expect(scenario.phrasesLater).toBeUndefined();
    expect(play(scenario, test.answers).report).toEqual(play(playableScenario(s01), test.answers).report);
  });

  it('every library test plays the same on a scenario cut in two and merged again', () => {
    for (const full of library) {
      const { scenario, phrases } = splitPhrases(JSON.parse(JSON.stringify(playableScenario(full))) as Scenario);
      mergePhrases(scenario, phrases);
      for (const t of full.tests)
        expect(play(scenario, t.answers).report, `${full.id}: ${t.name}`).toEqual(play(full, t.answers).report);
    }
  });
});
