import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { playableScenario } from '../../engine/compile.ts';
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
});
