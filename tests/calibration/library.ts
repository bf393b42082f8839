/** The library as the calibration scripts load it: each scenario of a folder by id, with the folder's concept sets. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../../engine/load/index.ts';
import type { Scenario } from '../../engine/types.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** Loads every scenario of the library by id. */
export function libraryById(dir = join(repo, 'scenarios')): Map<string, Scenario> {
  const out = new Map<string, Scenario>();
  const conceptSets = folderConceptSets(dir);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    const { scenario } = loadScenario(readFileSync(join(dir, f), 'utf8'), join(dir, f), { conceptSets });
    if (scenario) out.set(scenario.id, scenario);
  }
  return out;
}
