import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { attemptFromReport, serializeProgress } from '../../app/progress.ts';
import { play } from '../../engine/testing.ts';
import type { ScriptedAnswer } from '../../engine/types.ts';
import { chatScenario, frenchCall } from './fixtures.ts';
import { renderApp } from './render-app.tsx';

beforeEach(() => window.localStorage.clear());
const S = '\u00a0';

const attempt = (which: 'chat' | 'call', answers: ScriptedAnswer[], day: number) => {
  const s = which === 'chat' ? chatScenario() : frenchCall();
  return attemptFromReport(s, play(s, answers).report, `2026-11-${day}T10:00:00.000Z`);
};

function stored() {
  return serializeProgress([
    attempt('chat', ["It's your fault.", 'send'], 20),
    attempt('call', ['refuse'], 21),
    attempt('chat', ['Take your time, I am listening.', 'dont_send'], 22),
  ]);
}

describe('My progress in French (issue 15)', () => {
  it('one chart per scenario, French first, competencies never joined across scenarios', async () => {
    window.localStorage.setItem('rehearse.progress', stored());
    renderApp([chatScenario(), frenchCall()], { hash: '#/progress', lang: 'fr-FR' });
    await screen.findByRole('heading', { name: 'Ma progression' });
    const trends = screen.getAllByRole('listitem').filter((li) => li.classList.contains('trend'));
    expect(trends.map((li) => li.querySelector('h3')!.textContent)).toEqual([
      'Appel : chantage',
      'Chat: a photo <img src=x onerror=alert(1)>',
    ]);
    expect(
      within(trends[0]!).getByRole('img', {
        name: `Score global de «${S}Appel : chantage${S}» dans le temps. 21 nov. 2026${S}: 100${S}%`,
      }),
    ).toBeTruthy();
    expect(trends[0]!.textContent).toContain(`1 tentative · dernière 100${S}% · meilleure 100${S}%`);
    expect(trends[1]!.textContent).toContain('2 tentatives');
    // the "safety" competency of the French call and of the English chat are two lines, each in its scenario
    expect(within(trends[0]!).getByRole('img', { name: /^Sécurité\. 21 nov\. 2026/ })).toBeTruthy();
    expect(within(trends[1]!).getByRole('img', { name: /^Safety advice\. 20 nov\. 2026.*22 nov\. 2026/ })).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelectorAll('td')[1]!.textContent)).toEqual([
      'Appel : chantage',
      'Chat: a photo <img src=x onerror=alert(1)>',
      'Chat: a photo <img src=x onerror=alert(1)>',
    ]);
    expect(rows[1]!.textContent).toContain(`100${S}%`);
  });

  it('reopens a past debrief from the attempts table', async () => {
    const user = userEvent.setup();
    window.localStorage.setItem('rehearse.progress', stored());
    renderApp([chatScenario(), frenchCall()], { hash: '#/progress', lang: 'fr-FR' });
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    await user.click(within(rows[3]!).getByRole('button', { name: 'Ouvrir le débriefing' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^Débriefing — Chat: a photo/ })).toBeTruthy();
    expect(document.querySelector('.verdict')!.textContent).toContain('Non réussi');
    expect(screen.getByRole('region', { name: 'Erreurs critiques' }).textContent).toContain('Blaming the child');
    await user.click(screen.getByRole('button', { name: 'Retour à ma progression' }));
    expect(await screen.findByRole('heading', { name: 'Ma progression' })).toBeTruthy();
  });

  it('import messages: in French, with plurals, naming the records set aside and why, and duplicates', async () => {
    const user = userEvent.setup();
    renderApp([chatScenario(), frenchCall()], { hash: '#/progress', lang: 'fr-FR' });
    const input = await screen.findByLabelText('Importer un fichier JSON');
    const upload = (parts: BlobPart[], name = 'f.json') => user.upload(input, new File(parts, name));
    await upload([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])], 'image.json');
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Ce fichier n’est pas un fichier texte (une image, un document${S}?)${S}: choisissez le fichier .json écrit par Exporter.`,
    );
    await upload(['{"hello":"world"}']);
    expect((await screen.findByRole('alert')).textContent).toBe(
      `Ce fichier est bien du JSON, mais pas un export de progression${S}: il ne contient aucune liste de tentatives.`,
    );
    const good = attempt('call', ['refuse'], 23);
    const damaged = serializeProgress([{ ...good, id: 'x', score: 'top' as never }, good]).replace(
      '"attempts": [',
      '"attempts": [42, ',
    );
    await upload([damaged]);
    const status = await screen.findByRole('status', { name: '' });
    expect(status.querySelector('p')!.textContent).toBe(
      `1 tentative importée. 2 enregistrements du fichier ont été mis de côté${S}:`,
    );
    expect([...status.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `enregistrement 1${S}: ce n’est pas une tentative`,
      `enregistrement 2 («${S}Appel : chantage${S}», 23 nov. 2026)${S}: son champ «${S}score${S}» n’est pas valable`,
    ]);
    await upload([serializeProgress([good])]);
    expect((await screen.findByText(/^Aucune nouvelle tentative importée/)).textContent).toBe(
      'Aucune nouvelle tentative importée. 1 tentative du fichier était déjà là.',
    );
  });
});
