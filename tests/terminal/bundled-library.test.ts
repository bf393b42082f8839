/**
 * The command's bundled library (dist/cli, built from scenarios/): a small index that a drill chooses its
 * prompts on, and one chunk per scenario, loaded only when played. The choice made on the index is the one
 * `selectDrill` makes on the whole library.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { drillPool, itemCompetencies, rankDrill, selectDrill } from '../../app/drill.ts';
import type { CompiledScenario } from '../../engine/compile.ts';
import { drillCandidates, type LibraryIndexEntry } from '../../terminal/library.ts';
import { attemptOf } from './drill-fixtures.ts';
import { ensureBundle, repo } from './tmux.ts';

const dist = join(repo, 'dist/cli');
let index: LibraryIndexEntry[];
let library: CompiledScenario[];

beforeAll(async () => {
  ensureBundle();
  const file = readdirSync(dist).find((f) => f.startsWith('_virtual_rehearse-library-'));
  if (!file) throw new Error('no library index chunk in dist/cli');
  index = (await import(pathToFileURL(join(dist, file)).href)).default;
  library = await Promise.all(index.map((e) => e.load()));
}, 120_000);

describe('the bundled library of the command', () => {
  it('is an index of small facts; each scenario is a chunk of its own, loaded on demand', () => {
    const files = readdirSync(dist);
    const indexFile = files.find((f) => f.startsWith('_virtual_rehearse-library-'))!;
    expect(index.length).toBeGreaterThanOrEqual(28);
    expect(library.map((c) => c.scenario.id)).toEqual(index.map((e) => e.id));
    expect(library.map((c) => c.hash)).toEqual(index.map((e) => e.hash));
    const chunks = index.map((e) => files.find((f) => f.startsWith(`${e.hash}-`)));
    expect(chunks.every(Boolean)).toBe(true);
    const total = chunks.reduce((sum, f) => sum + statSync(join(dist, f!)).size, 0);
    expect(statSync(join(dist, indexFile)).size).toBeLessThan(total / 20);
  });

  it('lists every drill prompt of each scenario with the competencies it can earn', () => {
    library.forEach((c, i) => {
      const expected = drillPool([c]).map((item) => ({ node: item.node, competencies: itemCompetencies(item) }));
      expect(index[i]!.drills).toEqual(expected);
      expect(index[i]).toMatchObject({
        title: c.scenario.title,
        locale: c.scenario.locale,
        setting: c.scenario.setting,
      });
    });
    expect(index.flatMap((e) => e.drills).length).toBeGreaterThan(20);
  });

  it('chooses on the index the prompts selectDrill chooses on the whole library', () => {
    const history = [
      attemptOf({ scenario: 's01-webcam-call-fr', at: '2026-11-01T10:00:00Z', score: 20, drill: 'paiement' }),
      attemptOf({ scenario: library[0]!.scenario.id, at: '2026-11-02T10:00:00Z', score: 90, comps: { listening: 90 } }),
    ];
    for (const [seed, lang, setting] of [
      [1, 'fr', undefined],
      [7, 'en', undefined],
      [3, 'fr', 'chat'],
    ] as const) {
      const opts = { count: 5, seed, lang, ...(setting ? { setting } : {}) };
      const onIndex = rankDrill(drillCandidates(index, opts), history, opts).map((c) => `${c.scenario}#${c.node}`);
      const onLibrary = selectDrill(library, history, opts).map((i) => `${i.scenario.id}#${i.node}`);
      expect(onIndex).toEqual(onLibrary);
      expect(onIndex).toHaveLength(5);
    }
  });
});
