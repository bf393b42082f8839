/** The library as the calibration scripts load it: each scenario of a folder by id, with the folder's concept sets. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../../engine/load/index.ts';
import type { FreeAsk, Scenario } from '../../engine/types.ts';
import { parse } from 'yaml';
import { own } from '../../engine/util.ts';
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

/** The YAML files of a folder, parsed, in name order. */
export function readYamlFolder<T>(folder: string): T[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(folder, f), 'utf8')) as T);
}

/** A scenario of the library and one of its free prompts; `who` names the caller in the error. */
export function freePrompt(
  library: Map<string, Scenario>,
  id: string,
  node: string,
  who: string,
): { scenario: Scenario; ask: FreeAsk } {
  const scenario = library.get(id);
  if (!scenario) throw new Error(`${who}: no scenario "${id}" in the library`);
  const ask = own(scenario.nodes, node)?.ask;
  if (!ask || ask.kind !== 'free') throw new Error(`${who}: ${id} has no free prompt "${node}"`);
  return { scenario, ask };
}
