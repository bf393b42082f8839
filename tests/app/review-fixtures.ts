/** A small scenario, progress exports and reviews for the review tests. */
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../engine/load/index.ts';
import type { Scenario } from '../../engine/types.ts';
import { serializeProgress, type Attempt } from '../../app/progress.ts';
import type { Reviewer } from '../../app/review/format.ts';

/** The contract's example scenario (fr): `opening` is a free prompt (welcome, blame), `story` a choice. */
export const SOURCE = readFileSync('tests/fixtures/contract-example.yaml', 'utf8');

/** The checked scenario of SOURCE. */
export function contractScenario(): Scenario {
  const { scenario } = loadScenario(SOURCE, 'contract-example.yaml');
  if (!scenario) throw new Error('the contract example does not load');
  return scenario;
}

/** An attempt record with these turns (node, answer). */
export function attempt(id: string, turns: Array<[string, string]>, scenario = 'webcam-blackmail-call'): Attempt {
  return {
    v: 1,
    id,
    scenario,
    title: 'Appel',
    locale: 'fr',
    setting: 'call',
    at: '2026-11-20T10:00:00.000Z',
    score: 50,
    passed: false,
    critical: false,
    competencies: {},
    outcome: null,
    ended: false,
    turns: turns.map(([node, answer]) => ({ node, answer, matched: [], points: 0, spans: {}, late: false })),
  };
}

/** A progress export (the web's Export file) of these attempts. */
export function progressExport(...attempts: Attempt[]): string {
  return serializeProgress(attempts);
}

/** A reviewer with verdicts on `welcome` per answer id (true: met). */
export function reviewer(id: string, name: string, welcome: Record<string, boolean>): Reviewer {
  const verdicts: Reviewer['verdicts'] = {};
  for (const [answer, met] of Object.entries(welcome)) verdicts[answer] = { welcome: { met }, blame: { met: false } };
  return { id, name, verdicts };
}
