/**
 * The real, built `rehearse` in tmux with a French locale (LANG=fr_FR.UTF-8): the menu, the scenario
 * picker and the progress speak French, as the play and drill screens do; with LANG=C they speak English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeProgress } from '../../app/progress.ts';
import { attemptOf } from './drill-fixtures.ts';
import { ensureBundle, hasTmux, repo, tmuxServer } from './tmux.ts';

const t = tmuxServer('french');
const REHEARSE = `node ${join(repo, 'bin/rehearse.js')}`;
let root: string;

beforeAll(() => {
  if (!hasTmux()) throw new Error('tmux is needed for this test: apt-get install -y tmux');
  ensureBundle();
  root = mkdtempSync(join(tmpdir(), 'rehearse-french-'));
}, 120_000);

afterAll(() => {
  t.kill();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The screen with French no-break spaces (before « : », « ? », inside « ») as plain spaces. */
const plain = (screen: string) => screen.replace(/[\u00a0\u202f]/g, ' ');

let n = 0;
/** A fresh home in `lang`: its data folder (with `progress.json` when attempts are given) and its config folder. */
function home(lang: string, attempts: ReturnType<typeof attemptOf>[] = []): Record<string, string> {
  const dir = join(root, `h${++n}`);
  mkdirSync(join(dir, 'data', 'rehearse'), { recursive: true });
  mkdirSync(join(dir, 'config'), { recursive: true });
  if (attempts.length) writeFileSync(join(dir, 'data', 'rehearse', 'progress.json'), serializeProgress(attempts));
  return { XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config'), HOME: dir, LANG: lang };
}

describe('the menu, picker and progress in a French locale', () => {
  it('shows the menu in French, then the picker in French, which filters and plays a scenario', async () => {
    t.start('menu', REHEARSE, home('fr_FR.UTF-8'), [100, 24]);
    const menu = plain(await t.waitFor('menu', 'Exercice rapide'));
    expect(menu).toContain('Entraînement par jeux de rôle pour les personnes qui protègent les enfants en ligne.');
    for (const item of ['Jouer un scénario complet', 'Ma progression', 'Vérifier des fichiers de scénario', 'Quitter'])
      expect(menu).toContain(item);
    expect(menu).toContain('↑↓ + Entrée ou un chiffre · Ctrl-C : quitter');
    expect(menu).not.toMatch(/Quick drill|Play a whole scenario|My progress|\bQuit\b/);

    t.keys('menu', '2');
    const picker = plain(await t.waitFor('menu', /Choisir un scénario \(\d+ sur \d+\)/));
    expect(picker).toContain('Filtre : ');
    expect(picker).toMatch(/↓ \d+ de plus/); // the library is longer than the pane
    expect(picker).toContain('Tapez pour filtrer');
    expect(picker).not.toMatch(/Choose a scenario|Type to filter| more\b/);
    t.type('menu', 's04-friend-at-risk-fr', false);
    await t.waitFor('menu', /Choisir un scénario \(1 sur \d+\)/);
    t.type('menu', 'zzz', false);
    await t.waitFor('menu', 'Aucun scénario ne correspond à ce filtre.');
    t.keys('menu', 'BSpace', 'BSpace', 'BSpace');
    await t.waitFor('menu', /Choisir un scénario \(1 sur \d+\)/);
    t.keys('menu', 'Enter');
    await t.waitFor('menu', '» Accueillez Sarah.'); // the one scenario picked is loaded and played
    t.keys('menu', 'C-c');
    await t.waitFor('menu', 'Session enregistrée');
  }, 60_000);

  it('shows the progress in French, its figures under French heads', async () => {
    const attempts = [
      attemptOf({ scenario: 'appel-3018', at: '2026-11-01T10:00:00Z', score: 40, comps: { ecoute: 40 } }),
      attemptOf({ scenario: 'appel-3018', at: '2026-11-02T10:00:00Z', score: 90, comps: { ecoute: 90 } }),
      attemptOf({ scenario: 'appel-3018', at: '2026-11-03T10:00:00Z', score: 75, drill: 'accueil', comps: {} }),
    ];
    t.start('fr', `${REHEARSE} progress`, home('fr_FR.UTF-8', attempts));
    const fr = plain(await t.waitFor('fr', 'exit code 0'));
    expect(fr).toContain('━━ Votre progression ━━');
    expect(fr).toMatch(/Scénario\s+essais\s+max\s+dernier\s+tendance/);
    expect(fr).toMatch(/appel-3018\s+2\s+90\s+90\s/); // the drilled prompt is counted apart
    expect(fr).toContain('Exercices : 1 question traitée, 1 réussie.');
    expect(fr).toMatch(/Compétence\s+essais\s+dernier\s+tendance/);
    expect(fr).toMatch(/ecoute \(en\)\s+2\s+90\s/);

    t.start('en', `${REHEARSE} progress`, home('C.UTF-8', attempts));
    const en = await t.waitFor('en', 'exit code 0');
    expect(en).toContain('━━ Your progress ━━');
    expect(en).toMatch(/Scenario\s+tries\s+best\s+last\s+trend/);
    expect(en).toMatch(/appel-3018\s+2\s+90\s+90\s/);
    expect(en).toContain('Drills: 1 prompt answered, 1 passed.');
  }, 60_000);

  it('says "no attempts yet" in French', async () => {
    t.start('empty', `${REHEARSE} progress`, home('fr_FR.UTF-8'));
    const screen = plain(await t.waitFor('empty', 'exit code 0'));
    expect(screen).toContain('Aucune tentative pour l’instant. Essayez `rehearse drill` ou `rehearse play`.');
  }, 60_000);
});
