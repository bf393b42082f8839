import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { loadScenario } from '../../engine/load/index.ts';
import { report, start, step, transcript } from '../../engine/session/index.ts';
import type { Input } from '../../engine/types.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';
import { DebriefScreen } from '../../web/components/debrief-screen.tsx';

const FILE = 'tests/fixtures/r2/required-call.fr.yaml';
const scenario = loadScenario(readFileSync(FILE, 'utf8'), FILE, {
  conceptSets: folderConceptSets('scenarios'),
}).scenario!;

/** Plays the inputs and shows the debrief, as the app does at the end of a session. */
function debriefOf(inputs: Input[]) {
  let state = start(scenario, { seed: 1 }).state;
  for (const input of inputs) state = step(scenario, state, input).state;
  const r = report(scenario, state);
  render(<DebriefScreen scenario={scenario} report={r} events={transcript(state)} onTryAgain={() => {}} />);
  return r;
}

describe('the debrief says what failed the session, whatever the score (r2)', () => {
  it('a required criterion left out: "Not passed", the reason and its turn, the rule', () => {
    const r = debriefOf([
      { type: 'answer', text: "Tu as bien fait d'appeler, je t'écoute." },
      { type: 'choose', option: 'plan_together' },
    ]);
    expect(r.score).toBeGreaterThan(scenario.pass);
    expect(document.querySelector('.verdict')!.textContent).toContain('Not passed');
    expect(document.querySelector('.verdict')!.textContent).toContain('75%');
    const criticals = within(screen.getByRole('region', { name: 'Critical errors' }));
    expect(criticals.getByText("Non réussi : un propos suicidaire n'a pas été exploré (tour 1)")).toBeTruthy();
    expect(criticals.getByText('Une erreur critique fait échouer la tentative, quel que soit le score.')).toBeTruthy();
  });
  it('a critical ending: "Not passed" above the pass mark, said at the end', () => {
    const r = debriefOf([
      { type: 'answer', text: "Tu as bien fait d'appeler. Tu penses au suicide ?" },
      { type: 'choose', option: 'hang_up' },
    ]);
    expect(r.score).toBe(81);
    expect(document.querySelector('.verdict')!.textContent).toContain('Not passed');
    const criticals = within(screen.getByRole('region', { name: 'Critical errors' }));
    expect(criticals.getByText('Non réussi : Théo est resté seul avec un risque suicidaire (à la fin)')).toBeTruthy();
  });
  it('a passed session shows no critical section', () => {
    debriefOf([
      { type: 'answer', text: "T'as bien fait d'appeler. Quand tu dis ça, tu penses au suicide ?" },
      { type: 'choose', option: 'plan_together' },
    ]);
    expect(document.querySelector('.verdict')!.textContent).toContain('Passed');
    expect(screen.queryByRole('region', { name: 'Critical errors' })).toBeNull();
  });
});
