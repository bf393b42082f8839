import { describe, expect, it } from 'vitest';
import { selectDrill } from '../../app/drill.ts';
import {
  attemptFromReport,
  scenarioBests,
  mergeImport,
  parseProgress,
  serializeProgress,
  type Attempt,
} from '../../app/progress.ts';
import { attemptsByScenario, competencyTrends } from '../../app/progress-trends.ts';
import type { Report, Scenario } from '../../engine/types.ts';
import { callScenario, libraryOf } from '../terminal/drill-fixtures.ts';

const scenario = { id: 'webcam', title: 'Webcam', locale: 'fr', setting: 'call' } as Scenario;
const report = (score: number, at = 0): Report => ({
  scenario: 'webcam',
  ended: true,
  outcome: 'helped',
  score,
  passed: score >= 70,
  critical: false,
  criticals: [],
  competencies: {
    listening: { label: 'Écoute', score, earned: at, possible: 2 },
    toString: { label: 'Odd id', score: 50, earned: 1, possible: 2 },
  },
  path: ['opening'],
  turns: [],
});

describe('progress records', () => {
  it('builds an attempt from a report and round-trips it through JSON', () => {
    const a = attemptFromReport(scenario, report(80), '2026-11-28T10:00:00.000Z');
    expect(a).toMatchObject({
      v: 1,
      id: 'webcam@2026-11-28T10:00:00.000Z',
      scenario: 'webcam',
      score: 80,
      passed: true,
      setting: 'call',
    });
    const back = parseProgress(serializeProgress([a]));
    expect(back.notice).toBeUndefined();
    expect(back.attempts).toHaveLength(1);
    expect(back.attempts[0]!.competencies.toString).toEqual({ label: 'Odd id', score: 50, earned: 1, possible: 2 });
  });

  it('sets corrupt records aside with a reason and keeps the rest', () => {
    const good = attemptFromReport(scenario, report(60), '2026-11-28T10:00:00.000Z');
    const text = JSON.stringify({
      format: 'rehearse-progress',
      v: 1,
      attempts: [good, { v: 1, id: 'x' }, { ...good, v: 9 }, 42],
    });
    const r = parseProgress(text);
    expect(r.attempts.map((a) => a.id)).toEqual([good.id]);
    expect(r.setAside.map((s) => s.reason)).toEqual([
      'record 2: "scenario" must be a non-empty string',
      'record 3: saved by a newer version of Rehearse (record version 9)',
      'record 4: not an object',
    ]);
    expect(r.setAside[1]!.newer).toBe(true); // kept as it is, not counted as broken
    expect(r.notice).toMatch(/2 saved attempts could not be read/);
  });

  it('never throws on broken JSON, and treats empty text as no progress', () => {
    const r = parseProgress('{"attempts": [');
    expect(r.attempts).toEqual([]);
    expect(r.setAside[0]!.raw).toBe('{"attempts": [');
    expect(r.notice).toMatch(/could not be read/);
    expect(parseProgress('')).toEqual({ attempts: [], setAside: [] });
    expect(parseProgress('"hello"').setAside[0]!.reason).toMatch(/not a progress file/);
  });

  it('gives the best score per scenario and the history per competency, oldest first', () => {
    const a1 = attemptFromReport(scenario, report(40), '2026-11-28T12:00:00.000Z');
    const a2 = attemptFromReport(scenario, report(90), '2026-11-27T12:00:00.000Z');
    expect(scenarioBests([a1, a2]).webcam).toBe(90);
    const h = competencyTrends([a1, a2]);
    expect(h['fr:listening']!.points.map((p) => p.score)).toEqual([90, 40]);
    expect(Object.keys(h)).toEqual(['fr:listening', 'fr:toString']);
  });

  it('merges an import without duplicating attempts already kept', () => {
    const a1 = attemptFromReport(scenario, report(40), '2026-11-28T12:00:00.000Z');
    const a2 = attemptFromReport(scenario, report(90), '2026-11-27T12:00:00.000Z');
    const merged: Attempt[] = mergeImport([a1], [a1, a2]);
    expect(merged.map((a) => a.score)).toEqual([90, 40]);
  });
});

describe('bad turns in a record', () => {
  const base = () => attemptFromReport(scenario, report(60), '2026-11-28T10:00:00.000Z');
  const turn = {
    node: 'opening',
    answer: 'hi',
    matched: ['welcome'],
    points: 2,
    spans: { welcome: [[0, 2]] },
    late: false,
  };
  it.each([
    [[null], 'turn 1: not an object'],
    [[{ ...turn, node: 7 }], 'turn 1: "node" must be a non-empty string'],
    [[turn, { ...turn, points: 'two' }], 'turn 2: "points" must be a number'],
    [[{ ...turn, matched: [1] }], 'turn 1: "matched" must be a list of criterion ids'],
    [[{ ...turn, spans: { welcome: [[0]] } }], 'turn 1: "spans" must map criterion ids to [start, end] pairs'],
    [[{ ...turn, late: 'no' }], 'turn 1: "late" must be true or false'],
    [[{ ...turn, feedback: [3] }], 'turn 1: "feedback" must be a list of texts'],
  ])('sets the record aside for turns %j', (turns, reason) => {
    const r = parseProgress(JSON.stringify([base(), { ...base(), id: 'bad', turns }]));
    expect(r.attempts.map((a) => a.id)).toEqual([base().id]);
    expect(r.setAside.map((s) => s.reason)).toEqual([`record 2: ${reason}`]);
  });

  it('keeps good turns as they were', () => {
    const r = parseProgress(JSON.stringify([{ ...base(), turns: [turn] }]));
    expect(r.attempts[0]!.turns).toEqual([turn]);
  });

  it('a record with turns: [null] never reaches the drill selection (rehearse drill used to crash on it)', () => {
    const bad = { ...base(), turns: [null] };
    const parsed = parseProgress(JSON.stringify([bad]));
    const library = libraryOf(callScenario());
    expect(() => selectDrill(library, parsed.attempts, { count: 5, seed: 1 })).not.toThrow();
    expect(parsed.setAside).toHaveLength(1);
  });
});

describe('the drill rule, decided once', () => {
  it('a drill result counts neither in a best score nor in a competency trend', () => {
    const whole = attemptFromReport(scenario, report(40), '2026-11-27T12:00:00.000Z');
    const drill: Attempt = {
      ...attemptFromReport(scenario, report(100), '2026-11-28T12:00:00.000Z'),
      drill: { node: 'n', run: 'r' },
    };
    expect(scenarioBests([whole, drill]).webcam).toBe(40);
    expect(competencyTrends([whole, drill])['fr:listening']!.points.map((p) => p.score)).toEqual([40]);
    expect(attemptsByScenario([drill, whole]).map((g) => g.list.length)).toEqual([1]);
  });
});
