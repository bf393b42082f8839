import { describe, expect, it } from 'vitest';
import { drillPool, drillScenario, itemCompetencies, selectDrill } from '../../app/drill.ts';
import { attemptOf, callScenario, libraryOf } from '../terminal/drill-fixtures.ts';

const en = callScenario({ id: 'call-en' });
const fr = callScenario({ id: 'call-fr', locale: 'fr' });
const chat = callScenario({ id: 'chat-en', setting: 'chat' });
const library = libraryOf(en, fr, chat);
const names = (items: ReturnType<typeof selectDrill>) => items.map((i) => `${i.scenario.id}#${i.node}`);

describe('drill pool', () => {
  it('holds only drill: true nodes that ask something', () => {
    expect(names(drillPool(libraryOf(en)))).toEqual(['call-en#opening', 'call-en#story']);
  });

  it('filters by setting and by language', () => {
    expect(names(drillPool(library, { setting: 'chat' }))).toEqual(['chat-en#opening', 'chat-en#story']);
    expect(names(drillPool(library, { lang: 'fr' }))).toEqual(['call-fr#opening', 'call-fr#story']);
    expect(drillPool(library, { lang: 'fr', setting: 'chat' })).toEqual([]);
  });

  it('knows which competencies a prompt can earn', () => {
    expect(itemCompetencies({ scenario: en, node: 'opening' })).toEqual(['listening']);
    expect(itemCompetencies({ scenario: en, node: 'story' })).toEqual(['safety']);
  });

  it('a drilled prompt is played from its own node', () => {
    const s = drillScenario({ scenario: en, node: 'story' });
    expect(s.start).toBe('story');
    expect(en.start).toBe('opening');
  });
});

describe('selectDrill', () => {
  const opts = { count: 10, seed: 1, lang: 'en' as const, setting: 'call' as const };

  it('takes count prompts from the filtered pool', () => {
    expect(selectDrill(library, [], { ...opts, count: 1 })).toHaveLength(1);
    expect(names(selectDrill(library, [], opts)).sort()).toEqual(['call-en#opening', 'call-en#story']);
  });

  it('puts the weakest competency first', () => {
    const weakSafety = [
      attemptOf({ scenario: 'call-en', at: '2026-11-01T10:00:00Z', comps: { listening: 90, safety: 20 } }),
    ];
    expect(names(selectDrill(library, weakSafety, opts))).toEqual(['call-en#story', 'call-en#opening']);
    const weakListening = [
      attemptOf({ scenario: 'call-en', at: '2026-11-01T10:00:00Z', comps: { listening: 10, safety: 95 } }),
    ];
    expect(names(selectDrill(library, weakListening, opts))).toEqual(['call-en#opening', 'call-en#story']);
  });

  it('uses the recent level: a competency that improved is no longer the weakest', () => {
    const history = [
      attemptOf({ scenario: 'call-en', at: '2026-11-01T10:00:00Z', comps: { listening: 0, safety: 60 } }),
      attemptOf({ scenario: 'call-en', at: '2026-11-02T10:00:00Z', comps: { listening: 100 } }),
      attemptOf({ scenario: 'call-en', at: '2026-11-03T10:00:00Z', comps: { listening: 100 } }),
      attemptOf({ scenario: 'call-en', at: '2026-11-04T10:00:00Z', comps: { listening: 100 } }),
    ];
    expect(names(selectDrill(library, history, opts))[0]).toBe('call-en#story');
  });

  it('puts a prompt failed last time before a weaker competency', () => {
    const history = [
      attemptOf({ scenario: 'call-en', at: '2026-11-01T10:00:00Z', comps: { listening: 90, safety: 10 } }),
      attemptOf({
        scenario: 'call-en',
        at: '2026-11-02T10:00:00Z',
        score: 0,
        passed: false,
        drill: 'opening',
        comps: { listening: 90 },
      }),
    ];
    expect(names(selectDrill(library, history, opts))).toEqual(['call-en#opening', 'call-en#story']);
  });

  it('a prompt failed then passed is no longer first', () => {
    const history = [
      attemptOf({ scenario: 'call-en', at: '2026-11-02T10:00:00Z', passed: false, drill: 'story' }),
      attemptOf({ scenario: 'call-en', at: '2026-11-03T10:00:00Z', passed: true, drill: 'story' }),
    ];
    expect(names(selectDrill(library, history, opts))).toEqual(['call-en#opening', 'call-en#story']);
  });

  it('counts a turn with no points in a whole scenario as a failed prompt', () => {
    const turns = [{ node: 'story', answer: 'pay', matched: [], points: -3, spans: {}, late: false }];
    const history = [
      attemptOf({ scenario: 'call-en', at: '2026-11-01T10:00:00Z', comps: { listening: 0, safety: 100 }, turns }),
    ];
    expect(names(selectDrill(library, history, opts))[0]).toBe('call-en#story');
  });

  it('among equals, the prompt practised longest ago comes first', () => {
    const history = [
      attemptOf({ scenario: 'chat-en', at: '2026-11-05T10:00:00Z', passed: true, drill: 'opening' }),
      attemptOf({ scenario: 'chat-en', at: '2026-11-01T10:00:00Z', passed: true, drill: 'story' }),
    ];
    expect(names(selectDrill(library, history, { count: 2, seed: 3, setting: 'chat' }))).toEqual([
      'chat-en#story',
      'chat-en#opening',
    ]);
  });

  it('is deterministic for a seed and the seed breaks ties', () => {
    const all = { count: 6, seed: 7 };
    expect(names(selectDrill(library, [], all))).toEqual(names(selectDrill(library, [], all)));
    const orders = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => names(selectDrill(library, [], { count: 6, seed })).join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('selectDrill boundaries (mutation audit M29, M30)', () => {
  const opts = { count: 10, seed: 1, lang: 'en' as const, setting: 'call' as const };
  const turn = (node: string, points: number) => ({
    node,
    answer: 'x',
    matched: [],
    points,
    spans: {},
    late: false,
  });

  it('a turn that scored exactly 0 counts as failed: that prompt comes first', () => {
    // safety is the weaker competency, so without the failed turn the choice would come first
    const history = [
      attemptOf({
        scenario: 'call-en',
        at: '2026-11-01T10:00:00Z',
        comps: { listening: 90, safety: 10 },
        turns: [turn('opening', 0), turn('story', 3)],
      }),
    ];
    expect(names(selectDrill(library, history, opts))).toEqual(['call-en#opening', 'call-en#story']);
  });

  it('the level is the mean of the last three scores, not of all history', () => {
    // listening: 0, 60, 60, 60 → last three 60 (all-time mean 45); safety: 50 → safety is the weaker
    const history = [0, 60, 60, 60].map((listening, i) =>
      attemptOf({
        scenario: 'call-en',
        at: `2026-11-0${i + 1}T10:00:00Z`,
        comps: i === 0 ? { listening, safety: 50 } : { listening },
      }),
    );
    expect(names(selectDrill(library, history, opts))).toEqual(['call-en#story', 'call-en#opening']);
  });
});
