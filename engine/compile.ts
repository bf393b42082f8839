/**
 * The compiled form of a scenario: a checked Scenario as plain JSON with the content hash of its
 * source. Screens and the terminal ship and load this form, so playing never parses YAML.
 */
import type { Criterion, Scenario, ScenarioNode } from './types.ts';
import { record } from './util.ts';

/** Version of the compiled form; a different one is refused on load. */
export const COMPILED_VERSION = 1;

/** A checked scenario ready to play, with where it came from. */
export interface CompiledScenario {
  v: typeof COMPILED_VERSION;
  /** Content hash of the YAML source (hex). */
  hash: string;
  /** The source file, relative to the library folder. */
  file: string;
  scenario: Scenario;
}

/** A 64-bit FNV-1a hash of a text, as 16 hex digits (stable across runtimes; not cryptographic). */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 7);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Wraps a checked scenario and its source into the compiled form. */
export function compileScenario(scenario: Scenario, source: string, file: string): CompiledScenario {
  return { v: COMPILED_VERSION, hash: contentHash(source), file, scenario };
}

/**
 * The scenario as a player needs it: without its `tests:` playthroughs and its criteria's `examples`
 * (both are for `rehearse test` and the trainer preview), so that the trainee downloads less.
 */
export function playableScenario(scenario: Scenario): Scenario {
  const nodes = record<ScenarioNode>();
  for (const id of Object.keys(scenario.nodes)) {
    const node = scenario.nodes[id]!;
    const ask = node.ask;
    nodes[id] =
      ask?.kind === 'free' && ask.criteria.some((c) => c.examples)
        ? { ...node, ask: { ...ask, criteria: ask.criteria.map(({ examples: _examples, ...c }) => c) } }
        : node;
  }
  return { ...scenario, nodes, tests: [] };
}

/** The phrases of a playable scenario, only read by the answer checker: a browser loads them after the first prompt. */
export interface ScenarioPhrases {
  concepts: Scenario['concepts'];
  lexicon?: Scenario['lexicon'];
  /** node id → criterion id → its `match` / `all`. */
  criteria: Record<string, Record<string, Pick<Criterion, 'match' | 'all'>>>;
}

/** A playable scenario cut in two: everything but the phrases (marked `phrasesLater`), and the phrases. */
export function splitPhrases(full: Scenario): { scenario: Scenario; phrases: ScenarioPhrases } {
  const { concepts, lexicon, ...rest } = full;
  const nodes = record<ScenarioNode>();
  const criteria: ScenarioPhrases['criteria'] = {};
  for (const id of Object.keys(full.nodes)) {
    const node = full.nodes[id]!;
    const ask = node.ask;
    if (ask?.kind !== 'free') {
      nodes[id] = node;
      continue;
    }
    criteria[id] = {};
    const bare = ask.criteria.map(({ match, all, ...c }) => {
      criteria[id]![c.id] = { ...(match && { match }), ...(all && { all }) };
      return c;
    });
    nodes[id] = { ...node, ask: { ...ask, criteria: bare } };
  }
  const phrases: ScenarioPhrases = { concepts, ...(lexicon && { lexicon }), criteria };
  return { scenario: { ...rest, concepts: {}, nodes, phrasesLater: true }, phrases };
}

/** Puts the phrases back into a scenario cut by `splitPhrases`, in place (the session holds that object). */
export function mergePhrases(scenario: Scenario, phrases: ScenarioPhrases): void {
  for (const [node, byId] of Object.entries(phrases.criteria)) {
    const ask = scenario.nodes[node]?.ask;
    if (ask?.kind !== 'free') continue;
    for (const c of ask.criteria) Object.assign(c, byId[c.id]);
  }
  scenario.concepts = phrases.concepts;
  if (phrases.lexicon) scenario.lexicon = phrases.lexicon;
  delete scenario.phrasesLater;
}

/** Reads a compiled library (JSON text); a wrong or corrupt one gives an error, never a throw. */
export function readCompiledLibrary(json: string): { library: CompiledScenario[] } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { error: `compiled library is not valid JSON: ${(e as Error).message}` };
  }
  if (!Array.isArray(data)) return { error: 'compiled library is not a list' };
  for (const [i, item] of data.entries()) {
    const c = item as Partial<CompiledScenario> | null;
    if (
      !c ||
      c.v !== COMPILED_VERSION ||
      typeof c.hash !== 'string' ||
      !c.scenario ||
      typeof c.scenario.id !== 'string'
    ) {
      return { error: `compiled library entry ${i} is not a compiled scenario of version ${COMPILED_VERSION}` };
    }
  }
  return { library: data as CompiledScenario[] };
}
