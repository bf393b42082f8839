import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadScenario } from '../../engine/load/index.ts';
import { report, start, step, transcript } from '../../engine/session/index.ts';
import type { Input } from '../../engine/types.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';
import { DebriefScreen } from '../../web/components/debrief-screen.tsx';
import { Transcript } from '../../web/components/transcript.tsx';
import { LangProvider } from '../../web/i18n/lang.tsx';

const FILE = 'tests/fixtures/r2/required-call.fr.yaml';
const scenario = loadScenario(readFileSync(FILE, 'utf8'), FILE, {
  conceptSets: folderConceptSets('scenarios'),
}).scenario!;
const NBSP = '\u00a0';

function played(inputs: Input[]) {
  let state = start(scenario, { seed: 1 }).state;
  for (const input of inputs) state = step(scenario, state, input).state;
  return state;
}

/** The debrief of these inputs, in the French interface. */
function frenchDebrief(inputs: Input[]) {
  const state = played(inputs);
  const r = report(scenario, state);
  render(
    <LangProvider initial="fr" storage={null}>
      <DebriefScreen scenario={scenario} report={r} events={transcript(state)} onTryAgain={() => {}} />
    </LangProvider>,
  );
  return r;
}

afterEach(() => vi.restoreAllMocks());

describe('the debrief says why an attempt failed (issue 15)', () => {
  it('a missed required criterion: the verdict says why, with French typography, and links to its turn', async () => {
    const user = userEvent.setup();
    const r = frenchDebrief([
      { type: 'answer', text: "Tu as bien fait d'appeler, je t'écoute." },
      { type: 'choose', option: 'plan_together' },
    ]);
    expect(r.score).toBeGreaterThanOrEqual(scenario.pass);
    const verdict = document.querySelector('.verdict')!;
    expect(verdict.textContent).toContain('Non réussi');
    expect(verdict.textContent).toContain(
      `Une erreur critique fait échouer la tentative, quel que soit le score${NBSP}: voir ci-dessous.`,
    );
    expect(verdict.textContent).toContain(`Score global${NBSP}: 75${NBSP}%`);
    // the (best) story ending is told apart from the verdict
    expect(verdict.textContent).toContain(`Fin de l’histoire${NBSP}: «${NBSP}Théo repart avec un plan${NBSP}»`);
    expect(verdict.textContent).toContain('la tentative n’est pas réussie');
    const criticals = within(screen.getByRole('region', { name: 'Erreurs critiques' }));
    await user.click(criticals.getByRole('button', { name: 'aller au tour 1' }));
    expect(document.activeElement).toBe(document.getElementById('turn-1'));
    expect(document.activeElement!.textContent).toContain('Répondez à Théo.');
    // in the turn, the required criterion left out is marked as required
    const missed = screen.getByText(/Non obtenu \(\+1\)/).closest('li')!;
    expect(missed.textContent).toContain('obligatoire');
    // a criterion without feedback reads as its competency and words, not as its raw match list
    expect(missed.textContent).toContain(`Évaluation du risque${NBSP}: des mots comme «${NBSP}penses au suicide`);
    expect(missed.textContent).not.toContain(' / ');
  });

  it('a critical ending: said at the end, without a note that the ending differs from the verdict', () => {
    frenchDebrief([
      { type: 'answer', text: "Tu as bien fait d'appeler. Tu penses au suicide ?" },
      { type: 'choose', option: 'hang_up' },
    ]);
    expect(document.querySelector('.verdict')!.textContent).not.toContain('la tentative n’est pas réussie');
    const criticals = within(screen.getByRole('region', { name: 'Erreurs critiques' }));
    expect(criticals.getByText(/à la fin/)).toBeTruthy();
    expect(criticals.queryByRole('button', { name: /aller au tour/ })).toBeNull();
  });

  it('lists the turns at a glance and prints the debrief', async () => {
    const user = userEvent.setup();
    const print = vi.fn();
    vi.stubGlobal('print', print);
    frenchDebrief([
      { type: 'answer', text: "Tu as bien fait d'appeler, je t'écoute." },
      { type: 'choose', option: 'plan_together' },
    ]);
    const glance = within(screen.getByRole('navigation', { name: 'Les tours en bref' }));
    expect(glance.getAllByRole('listitem')).toHaveLength(2);
    expect(glance.getAllByRole('listitem')[0]!.textContent).toContain('erreur critique');
    expect(screen.getByRole('meter', { name: 'Écoute' }).getAttribute('aria-valuetext')).toBe(`100${NBSP}%`);
    expect(screen.getByText(/4 sur 4 points/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }));
    expect(print).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});

describe('feedback during play (issue 15)', () => {
  /** Renders the transcript after `inputs`, once its feedback box (loaded after the first prompt) is there. */
  async function frenchTranscript(inputs: Input[]) {
    const state = played(inputs);
    render(
      <LangProvider initial="fr" storage={null}>
        <Transcript scenario={scenario} events={transcript(state)} exam={false} />
      </LangProvider>,
    );
    await waitFor(() => expect(document.querySelector('.feedback')).not.toBeNull());
  }
  it('shows a penalty as a penalty: its colour class, its sign, its points and the word', async () => {
    await frenchTranscript([
      { type: 'answer', text: "Tu as bien fait d'appeler. Tu devrais payer, ce sera plus simple." },
    ]);
    const items = [...document.querySelectorAll('.feedback-items li')];
    const lost = items.find((li) => li.classList.contains('lost'))!;
    expect(lost.querySelector('.pts')!.textContent).toBe('-3');
    expect(lost.textContent).toContain('Pénalité');
    expect(lost.textContent).toContain('Conseiller de payer');
    const earned = items.find((li) => li.classList.contains('earned'))!;
    expect(earned.querySelector('.pts')!.textContent).toBe('+3');
    expect(earned.textContent).not.toContain('Pénalité');
    // the criterion has no feedback: a readable label, not nothing
    expect(earned.textContent).toContain(`Écoute${NBSP}: des mots comme «${NBSP}bien fait d'appeler${NBSP}»`);
  });
  it('says why a list of keywords earned nothing', async () => {
    await frenchTranscript([
      { type: 'answer', text: 'pas ta faute, suicide, 3114, plainte, police, blocage, captures' },
    ]);
    const box = document.querySelector('.feedback')!;
    expect(box.textContent).toContain(`Aucun point gagné${NBSP}: cette réponse ressemble à une liste de mots-clés`);
    expect(box.querySelector('.feedback-title')!.textContent).toContain('0 point');
    expect(box.querySelector('li.withheld')!.textContent).toContain('+3 non comptés');
  });
});
