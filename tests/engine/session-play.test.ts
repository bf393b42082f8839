import { describe, expect, it } from 'vitest';
import { currentPrompt, MAX_AUTO_STEPS, report, start, step, transcript } from '../../engine/session/index.ts';
import type { SessionEvent } from '../../engine/types.ts';
import { buildScenario, choice, crit, ex, free, when } from '../fixtures/build-scenario.ts';

const says = (events: SessionEvent[]) => events.flatMap((e) => (e.type === 'line' ? [`${e.name}: ${e.text}`] : []));

/** A call: greeting prompt, then a branching node, a choice, and two ends. */
function call() {
  return buildScenario({
    state: { trust: 1, mood: 'calm' },
    outcomes: { helped: 'Lucas repart avec un plan', hung_up: 'Lucas a raccroché' },
    nodes: {
      opening: {
        say: [{ lucas: 'Euh… bonjour.' }],
        ...free(
          [crit('welcome', ['bon endroit', "je t'écoute"], { points: 2, set: { trust: { op: 'add', n: 1 } } })],
          [
            { when: when(ex.late), goto: 'slow' },
            { when: when(ex.ge('trust', 2)), set: { mood: { op: 'set', value: 'open' } }, goto: 'story' },
            { goto: 'story' },
          ],
          { ask: { seconds: 30 } as never },
        ),
      },
      slow: { say: [{ narrator: 'Il a failli raccrocher.' }], goto: 'story' },
      story: {
        say: [
          { who: 'lucas', text: ['Variante A', 'Variante B', 'Variante C'] },
          { who: 'lucas', text: ['Je te fais confiance.'], when: when(ex.ge('trust', 2)) },
          { who: 'narrator', text: ['(Il était en retard.)'], when: when(ex.visited('slow')) },
        ],
        ...choice(
          [
            { id: 'refuse', text: 'Ne paie pas.', competency: 'skill', points: 3, goto: 'check' },
            {
              id: 'pay',
              text: 'Paie.',
              competency: 'skill',
              points: -3,
              critical: 'Conseiller de payer',
              goto: 'hang_up',
            },
            { id: 'wait', text: 'Attends.', goto: 'check' },
          ],
          { shuffle: true },
        ),
      },
      check: { next: [{ when: when(ex.chose('refuse')), goto: 'helped' }, { goto: 'hang_up' }] },
      helped: { say: [{ lucas: "D'accord." }], end: 'helped' },
      hang_up: { end: 'hung_up' },
    },
  });
}

describe('start and step', () => {
  it('emits the lines and the prompt, then waits', () => {
    const s = call();
    const r = start(s, { seed: 7 });
    expect(r.error).toBeUndefined();
    expect(r.events).toEqual([
      { type: 'line', node: 'opening', who: 'lucas', name: 'Lucas', text: 'Euh… bonjour.' },
      { type: 'prompt', node: 'opening', kind: 'free', seconds: 30 },
    ]);
    expect(currentPrompt(s, r.state)).toEqual(r.events[1]);
    expect(r.state.v).toBe(1);
  });
  it('scores the answer, applies set then routes, and walks to the next prompt', () => {
    const s = call();
    const a = step(s, start(s, { seed: 7 }).state, {
      type: 'answer',
      text: 'Tu es au bon endroit, je t’écoute.',
      seconds: 12,
    });
    expect(a.error).toBeUndefined();
    const fb = a.events[0]!;
    expect(fb).toMatchObject({
      type: 'feedback',
      node: 'opening',
      points: 2,
      late: false,
      items: [{ id: 'welcome', points: 2 }],
    });
    expect(a.state.vars).toEqual({ trust: 2, mood: 'open' });
    expect(says(a.events)).toContain('Lucas: Je te fais confiance.');
    expect(says(a.events)).not.toContain('Narrator: (Il était en retard.)');
    const prompt = a.events[a.events.length - 1]!;
    expect(prompt.type === 'prompt' && prompt.kind === 'choice' && prompt.options.map((o) => o.id).sort()).toEqual([
      'pay',
      'refuse',
      'wait',
    ]);
    const b = step(s, a.state, { type: 'choose', option: 'refuse' });
    expect(b.events.map((e) => e.type)).toEqual(['feedback', 'line', 'ended']);
    expect(b.events[2]).toEqual({
      type: 'ended',
      node: 'helped',
      outcome: 'helped',
      label: 'Lucas repart avec un plan',
    });
    expect(currentPrompt(s, b.state)).toBeNull();
    expect(report(s, b.state).path).toEqual(['opening', 'story', 'check', 'helped']);
  });
  it('takes `late` routes when the answer took longer than the prompt allows', () => {
    const s = call();
    const a = step(s, start(s, { seed: 1 }).state, { type: 'answer', text: 'Allô ?', seconds: 31 });
    expect(a.events[0]).toMatchObject({ type: 'feedback', late: true, points: 0, items: [] });
    expect(says(a.events)[0]).toBe('Narrator: Il a failli raccrocher.');
    expect(says(a.events)).toContain('Narrator: (Il était en retard.)');
    expect(report(s, a.state).path).toEqual(['opening', 'slow', 'story']);
  });
  it('an answer without seconds is never late', () => {
    const s = call();
    const a = step(s, start(s, { seed: 1 }).state, { type: 'answer', text: 'Allô ?' });
    expect(report(s, a.state).path).toEqual(['opening', 'story']);
  });
  it('chose() reads earlier choices in a branching node', () => {
    const s = call();
    let st = step(s, start(s, { seed: 1 }).state, { type: 'answer', text: 'Allô ?' }).state;
    const r = step(s, st, { type: 'choose', option: 'wait' });
    expect(r.events[r.events.length - 1]).toMatchObject({ type: 'ended', outcome: 'hung_up' });
    st = r.state;
    expect(report(s, st).outcome).toBe('hung_up');
  });
});

describe('seeded variants and shuffles', () => {
  const run = (seed: number) => {
    const s = call();
    const a = start(s, { seed });
    return [...a.events, ...step(s, a.state, { type: 'answer', text: 'Allô ?' }).events];
  };
  it('the same seed gives the same session', () => {
    expect(run(42)).toEqual(run(42));
  });
  it('different seeds pick different variants and orders', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const events = run(seed);
      const prompt = events[events.length - 1]!;
      seen.add(
        `${says(events).join()}|${prompt.type === 'prompt' && prompt.kind === 'choice' ? prompt.options.map((o) => o.id).join() : ''}`,
      );
    }
    expect(seen.size).toBeGreaterThan(5);
  });
});

describe('inputs that do not fit', () => {
  const s = call();
  const begun = start(s, { seed: 1 }).state;
  const atChoice = step(s, begun, { type: 'answer', text: 'Allô ?' }).state;
  const ended = step(s, atChoice, { type: 'choose', option: 'pay' }).state;
  it.each([
    ['an empty answer', begun, { type: 'answer', text: '' }, /empty/],
    ['a whitespace answer', begun, { type: 'answer', text: '  \n\t' }, /empty/],
    ['a choice on a free prompt', begun, { type: 'choose', option: 'refuse' }, /typed answer/],
    ['text on a choice prompt', atChoice, { type: 'answer', text: 'refuse' }, /choice: pick one of refuse, pay, wait/],
    ['an unknown option', atChoice, { type: 'choose', option: 'nope' }, /unknown option "nope"/],
    ['input after the end', ended, { type: 'answer', text: 'Allô ?' }, /ended/],
  ] as const)('%s: same state, no event, a clear error', (_name, state, input, message) => {
    const copy = JSON.stringify(state);
    const r = step(s, state, input as never);
    expect(r.events).toEqual([]);
    expect(r.error).toMatch(message);
    expect(r.state).toBe(state);
    expect(JSON.stringify(r.state)).toBe(copy);
  });
  it('a state of another version or a malformed one is refused, not thrown', () => {
    expect(step(s, { ...begun, v: 2 } as never, { type: 'answer', text: 'x' }).error).toMatch(/format version 2/);
    expect(step(s, { v: 1 } as never, { type: 'answer', text: 'x' }).error).toMatch(/belongs to scenario|malformed/);
    expect(step(s, null as never, { type: 'answer', text: 'x' }).error).toMatch(/not an object/);
  });
});

describe('runaway loops', () => {
  it('a loop of nodes without a prompt is an error, not a hang', () => {
    const s = buildScenario({
      state: { n: 0 },
      outcomes: { done: 'Done' },
      nodes: {
        ask: free([crit('x', ['x'])], 'a'),
        a: {
          next: [
            { when: when(ex.eq('n', -1)), goto: 'end' },
            { set: { n: { op: 'add', n: 1 } }, goto: 'b' },
          ],
        },
        b: { goto: 'a' },
        end: { end: 'done' },
      },
    });
    const begun = start(s, { seed: 1 }).state;
    const r = step(s, begun, { type: 'answer', text: 'x' });
    expect(r.error).toMatch(new RegExp(`loops: more than ${MAX_AUTO_STEPS} nodes`));
    expect(r.events).toEqual([]);
    expect(transcript(r.state)).toEqual(transcript(begun));
    // the refused step left nothing behind: the state still takes a good answer path afterwards
    expect(step(s, begun, { type: 'answer', text: '' }).error).toMatch(/empty/);
  });
  it('a start that loops reports an error', () => {
    const s = buildScenario({
      outcomes: { done: 'Done' },
      nodes: { a: { goto: 'b' }, b: { goto: 'a' }, end: { end: 'done' } },
    });
    expect(start(s, { seed: 1 }).error).toMatch(/loops/);
  });
});
