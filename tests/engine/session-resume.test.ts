import { describe, expect, it } from 'vitest';
import {
  currentPrompt,
  report,
  restoreState,
  start,
  step,
  transcript,
  type SessionState,
} from '../../engine/session/index.ts';
import type { Input, Scenario, SessionEvent } from '../../engine/types.ts';
import { buildScenario, choice, crit, ex, free, when } from '../fixtures/build-scenario.ts';

function scenario(): Scenario {
  return buildScenario({
    state: { trust: 0 },
    outcomes: { ok: 'OK', ko: 'KO' },
    nodes: {
      a: {
        say: [{ who: 'lucas', text: ['Salut', 'Bonjour', 'Hé'] }],
        ...free([crit('hello', ['bonjour'], { set: { trust: { op: 'add', n: 1 } } })], 'b'),
      },
      b: {
        say: [{ who: 'lucas', text: ['Un', 'Deux', 'Trois'] }],
        ...choice(
          [
            { id: 'x', text: 'X', competency: 'skill', points: 1, goto: 'c' },
            { id: 'y', text: 'Y', goto: 'c' },
            { id: 'z', text: 'Z', goto: 'c' },
          ],
          { shuffle: true },
        ),
      },
      c: {
        say: [{ who: 'lucas', text: ['Encore', 'Toujours'] }],
        ...free([crit('bye', ['au revoir'])], [{ when: when(ex.matched('hello')), goto: 'ok' }, { goto: 'ko' }]),
      },
      ok: { say: [{ narrator: 'Fin.' }], end: 'ok' },
      ko: { end: 'ko' },
    },
  });
}
const inputs: Input[] = [
  { type: 'answer', text: 'Bonjour Lucas' },
  { type: 'choose', option: 'x' },
  { type: 'answer', text: 'Au revoir !' },
];

function runAll(s: Scenario, seed: number): { state: SessionState; events: SessionEvent[] } {
  let r = start(s, { seed });
  const events = [...r.events];
  for (const input of inputs) {
    r = step(s, r.state, input);
    events.push(...r.events);
  }
  return { state: r.state, events };
}

describe('save and resume', () => {
  it('a session saved mid-way as JSON and reloaded ends exactly like an uninterrupted one', () => {
    const s = scenario();
    const whole = runAll(s, 99);
    let r = start(s, { seed: 99 });
    r = step(s, r.state, inputs[0]!);
    const saved = JSON.stringify(r.state);
    const loaded = restoreState(s, JSON.parse(saved));
    if ('error' in loaded) throw new Error(loaded.error);
    expect(currentPrompt(s, loaded.state)).toEqual(currentPrompt(s, r.state));
    let st = loaded.state;
    for (const input of inputs.slice(1)) st = step(s, st, input).state;
    expect(report(s, st)).toEqual(report(s, whole.state));
    expect(transcript(st)).toEqual(whole.events);
    expect(report(s, st).outcome).toBe('ok');
  });
  it('the same seed gives the same events; the transcript holds every event so far', () => {
    const s = scenario();
    expect(runAll(s, 5).events).toEqual(runAll(s, 5).events);
    expect(transcript(runAll(s, 5).state)).toEqual(runAll(s, 5).events);
  });
  it('an older state stays what it was after later steps, and can branch', () => {
    const s = scenario();
    const first = start(s, { seed: 1 });
    const a = step(s, first.state, inputs[0]!);
    const before = JSON.stringify({ t: transcript(a.state), r: report(s, a.state) });
    const b1 = step(s, a.state, { type: 'choose', option: 'x' });
    const b2 = step(s, a.state, { type: 'choose', option: 'y' });
    expect(JSON.stringify({ t: transcript(a.state), r: report(s, a.state) })).toBe(before);
    expect(report(s, b1.state).turns.map((t) => t.answer)).toEqual(['Bonjour Lucas', 'x']);
    expect(report(s, b2.state).turns.map((t) => t.answer)).toEqual(['Bonjour Lucas', 'y']);
    // b1 continued after b2 branched: still its own story
    const c1 = step(s, b1.state, { type: 'answer', text: 'Au revoir' });
    expect(report(s, c1.state).turns.map((t) => t.answer)).toEqual(['Bonjour Lucas', 'x', 'Au revoir']);
    expect(report(s, c1.state).outcome).toBe('ok');
  });
  it('matched() is read from the branch, not from another one', () => {
    const s = scenario();
    const begun = start(s, { seed: 1 }).state;
    const withHello = step(s, begun, { type: 'answer', text: 'Bonjour' }).state;
    const withoutHello = step(s, begun, { type: 'answer', text: 'Salut' }).state;
    const end = (st: SessionState) => {
      const x = step(s, st, { type: 'choose', option: 'y' }).state;
      return report(s, step(s, x, { type: 'answer', text: 'au revoir' }).state).outcome;
    };
    expect(end(withHello)).toBe('ok');
    expect(end(withoutHello)).toBe('ko');
    expect(end(withHello)).toBe('ok');
  });
  it.each([
    [
      'another version',
      (st: SessionState) => ({ ...st, v: 2 }),
      /format version 2; this version of Rehearse reads version 1/,
    ],
    ['another scenario', (st: SessionState) => ({ ...st, scenario: 'other' }), /belongs to scenario "other"/],
    ['a missing node', (st: SessionState) => ({ ...st, at: 'nowhere' }), /waits at "nowhere"/],
    ['broken events', (st: SessionState) => ({ ...st, events: [{ nope: 1 }], ne: 1 }), /malformed \(event 1\)/],
    ['not an object', () => 'garbage', /not an object/],
  ])('restoring %s gives a clear error', (_n, mutate, message) => {
    const s = scenario();
    const st = JSON.parse(JSON.stringify(start(s, { seed: 1 }).state)) as SessionState;
    const r = restoreState(s, mutate(st));
    expect('error' in r && r.error).toMatch(message);
  });
});
