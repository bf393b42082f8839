import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { renderApp } from './render-app.tsx';
import { SAMPLE_FR } from '../../web/preview/sample.ts';

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.restoreAllMocks());

const s01 = readFileSync('tests/fixtures/slips/s01-before-r2-library.fr.yaml', 'utf8');
const editor = () => screen.findByRole('textbox', { name: /Source du scénario/ }, { timeout: 45_000 });
const diagnostics = () => screen.getByRole('heading', { name: /Diagnostics/ }).nextElementSibling as HTMLElement;

describe('the trainer preview in French', { timeout: 90_000 }, () => {
  it('opens with a French sample, its graph described in French (nœuds, liaisons) with node kinds', async () => {
    renderApp([], { hash: '#/preview', lang: 'fr-FR' });
    expect(((await editor()) as HTMLTextAreaElement).value).toBe(SAMPLE_FR);
    expect(await screen.findByText('Aucun problème trouvé.', {}, { timeout: 45_000 })).toBeTruthy();
    const graph = screen.getByRole('img', { name: /Graphe du scénario\u00a0: 3 nœuds, 2 liaisons/ });
    expect(graph.textContent).toContain('début · texte libre');
    expect(graph.textContent).toContain('choix');
    expect(graph.textContent).toContain('fin');
    expect(graph.textContent).toContain('ne_pas_envoyer'); // the options that take a route
  });

  it('shows diagnostics in French: severity, message, "Vouliez-vous dire", and the hint in full', async () => {
    renderApp([], { hash: '#/preview', lang: 'fr-FR' });
    fireEvent.change(await editor(), { target: { value: SAMPLE_FR.replace('        prompt:', '        promt:') } });
    const item = (await screen.findByRole('button', { name: '20:9' }, { timeout: 45_000 })).closest('li')!;
    expect(item.textContent).toContain('erreur');
    expect(item.textContent).toContain(
      'clé inconnue «\u00a0promt\u00a0» dans nœud "accueil".ask.free. Vouliez-vous dire «\u00a0prompt\u00a0»\u00a0?',
    );
    expect(item.textContent).not.toMatch(/unknown key|Did you mean|error/);
    const hint = item.querySelector('.diag-hint')!;
    expect(hint.textContent).toBe('Conseil\u00a0: clés possibles\u00a0: prompt, hint, seconds, model, criteria, next');
    expect(within(diagnostics()).getByText('1 erreur, aucun avertissement')).toBeTruthy();
  });

  it('one tab gives one diagnostic in plain French; the other mistakes are still listed', async () => {
    renderApp([], { hash: '#/preview', lang: 'fr-FR' });
    const broken = s01
      .replace('        seconds: 40', '\t      seconds: 40')
      .replace('        prompt: "Théo appelle', '        promt: "Théo appelle')
      .replace('goto: recit', 'goto: recti');
    fireEvent.change(await editor(), { target: { value: broken } });
    await screen.findByRole('button', { name: '68:1' }, { timeout: 10_000 });
    const errors = [...diagnostics().querySelectorAll('li.diag-error')].map((li) => li.textContent ?? '');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain('RH011'); // the list is in file order
    expect(errors[1]).toContain('cette ligne est décalée avec une tabulation');
    expect(errors[2]).toContain(
      'il n’y a pas de nœud «\u00a0recti\u00a0». Vouliez-vous dire «\u00a0recit\u00a0»\u00a0?',
    );
  });

  it('keeps the last good graph, marked stale, while the file has an error', async () => {
    renderApp([], { hash: '#/preview', lang: 'fr-FR' });
    await screen.findByText('Aucun problème trouvé.', {}, { timeout: 45_000 });
    fireEvent.change(await editor(), { target: { value: SAMPLE_FR.replace('goto: conseil', 'goto: conseill') } });
    await screen.findByText(/^1 erreur,/, {}, { timeout: 45_000 });
    expect(screen.getByRole('img', { name: /3 nœuds, 2 liaisons/ })).toBeTruthy();
    expect(screen.getByText(/voici le graphe de sa dernière version sans erreur/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Jouer' }).hasAttribute('disabled')).toBe(true);
  });

  it('runs the file’s tests and says which fail and why, in French', async () => {
    const user = userEvent.setup();
    renderApp([], { hash: '#/preview', lang: 'fr-FR' });
    await screen.findByText('Aucun problème trouvé.', {}, { timeout: 45_000 });
    await user.click(screen.getByRole('button', { name: 'Lancer les tests' }));
    expect(await screen.findByText('2 sur 2 tests réussis', {}, { timeout: 45_000 })).toBeTruthy();
    fireEvent.change(await editor(), {
      target: { value: SAMPLE_FR.replace('expect: { critical: true, passed: false }', 'expect: { critical: false }') },
    });
    await screen.findByText('Aucun problème trouvé.', {}, { timeout: 45_000 });
    await user.click(screen.getByRole('button', { name: 'Lancer les tests' }));
    expect(await screen.findByText('1 sur 2 tests réussis', {}, { timeout: 45_000 })).toBeTruthy();
    const bad = screen.getByRole('img', { name: 'échoué' }).closest('li')!;
    expect(bad.textContent).toContain('conseiller d’envoyer fait échouer'.replace('’', "'"));
    expect(bad.textContent).toContain('critical attendu false, obtenu true (envoyer)');
  });

  it('downloads the edited text under the file’s name, and says how it reaches the library', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const user = userEvent.setup();
    renderApp([], { hash: '#/preview', lang: 'fr-FR' });
    const edited = SAMPLE_FR.replace('Accueillez Léa.', 'Accueillez Léa, avec chaleur.');
    fireEvent.change(await editor(), { target: { value: edited } });
    await user.click(screen.getByRole('button', { name: 'Télécharger le fichier' }));
    expect(names).toEqual(['exemple.yaml']);
    expect(await blobs[0]!.text()).toBe(edited);
    const note = screen.getByRole('region', { name: 'Comment ce scénario arrive dans la bibliothèque' });
    expect(note.textContent).toContain('scenarios/');
    expect(note.textContent).toContain('npx rehearse validate scenarios');
  });

  it('zooms the graph and fits it to the width', async () => {
    const user = userEvent.setup();
    renderApp([], { hash: '#/preview', lang: 'fr-FR' });
    const graph = await screen.findByRole('img', { name: /nœuds/ }, { timeout: 45_000 });
    const width = () => Number(graph.getAttribute('width'));
    await user.click(screen.getByRole('button', { name: 'Taille réelle' }));
    const actual = width();
    await user.click(screen.getByRole('button', { name: 'Agrandir' }));
    expect(width()).toBeGreaterThan(actual);
    await user.click(screen.getByRole('button', { name: 'Réduire' }));
    await user.click(screen.getByRole('button', { name: 'Réduire' }));
    expect(width()).toBeLessThan(actual);
  });
});
