/**
 * A bundled scenario reaches the browser in two parts (engine/compile.ts `splitPhrases`): what the
 * screens show, at once, and its phrases, which only the answer checker reads, a moment later with it.
 * The scenario chunk registers how to fetch its phrases here; the play screen asks for them with the checker.
 */
import { mergePhrases, type ScenarioPhrases } from '../engine/compile.ts';
import type { Scenario } from '../engine/types.ts';

const loaders = new WeakMap<Scenario, () => Promise<ScenarioPhrases>>();
const merging = new WeakMap<Scenario, Promise<void>>();

/** Registers where a scenario cut by `splitPhrases` gets its phrases; returns the scenario. */
export function registerPhrases(scenario: Scenario, load: () => Promise<ScenarioPhrases>): Scenario {
  if (scenario.phrasesLater) loaders.set(scenario, load);
  return scenario;
}

/** Resolves once the scenario has its phrases (at once for one that has them; fetched once otherwise). */
export function withPhrases(scenario: Scenario): Promise<void> {
  if (!scenario.phrasesLater) return Promise.resolve();
  let p = merging.get(scenario);
  if (!p) {
    const load = loaders.get(scenario);
    if (!load) return Promise.reject(new Error(`the phrases of ${scenario.id} cannot be loaded`));
    p = load().then((phrases) => mergePhrases(scenario, phrases));
    p.catch(() => merging.delete(scenario)); // a failed fetch may be tried again
    merging.set(scenario, p);
  }
  return p;
}
