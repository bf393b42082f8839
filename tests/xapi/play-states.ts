/** Test helper: plays scripted answers and gives the session state after the start and after each step. */
import { currentPrompt, start, step, type SessionState } from '../../engine/session/index.ts';
import type { Input, Scenario, ScriptedAnswer } from '../../engine/types.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../../engine/load/index.ts';
import { contentHash } from '../../engine/compile.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';

function input(a: ScriptedAnswer, kind: 'free' | 'choice'): Input {
  if (typeof a === 'string') return kind === 'free' ? { type: 'answer', text: a } : { type: 'choose', option: a };
  return 'text' in a ? { type: 'answer', text: a.text } : { type: 'choose', option: a.choice };
}

/** Every state of a scripted playthrough, the start's first. */
export function playStates(scenario: Scenario, answers: ScriptedAnswer[], seed = 7): SessionState[] {
  let state = start(scenario, { seed }).state;
  const states = [state];
  for (const a of answers) {
    const prompt = currentPrompt(scenario, state);
    if (!prompt) break;
    const r = step(scenario, state, input(a, prompt.kind));
    if (r.error) throw new Error(r.error);
    state = r.state;
    states.push(state);
  }
  return states;
}

/** A bundled scenario file, checked, with its content hash. */
export function libraryScenario(file: string): { scenario: Scenario; hash: string } {
  const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
  const text = readFileSync(`${dir}${file}`, 'utf8');
  const { scenario, diagnostics } = loadScenario(text, file, { conceptSets: folderConceptSets(dir) });
  if (!scenario) throw new Error(`${file}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return { scenario, hash: contentHash(text) };
}
