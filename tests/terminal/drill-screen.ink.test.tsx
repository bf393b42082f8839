import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { DrillScreen, type DrillResult } from '../../terminal/ui/drill-screen.tsx';
import { callScenario } from './drill-fixtures.ts';
import { tick, typeInto, type TypeOptions } from './ink-keys.ts';

describe('drill screen', () => {
  it('drills each prompt out of its scenario, scores it with the engine, then sums up', async () => {
    const scenario = callScenario();
    const results: DrillResult[] = [];
    let finished = false;
    const { lastFrame, stdin, unmount } = render(
      <DrillScreen
        items={[
          { scenario, node: 'opening' },
          { scenario, node: 'story' },
        ]}
        seed={3}
        locale="en"
        onResult={(r) => (results.push(r), null)}
        onFinish={() => {
          finished = true;
        }}
      />,
    );
    const type = (s: string, opts?: TypeOptions) => typeInto(stdin, lastFrame, s, opts);
    await tick();
    let f = lastFrame()!;
    expect(f).toContain('Drill 1/2 · Call: blackmail after a video call');
    expect(f).toContain('A boy calls the helpline, hesitant.');
    expect(f).toContain("Lucas: Hello... I don't know if I'm calling the right place.");
    expect(f).toContain('» Welcome the caller.');
    await type('\r');
    expect(lastFrame()).toContain('Type an answer before pressing Enter.');
    await type('Take your time, I am listening\r');
    f = lastFrame()!;
    expect(f).toContain('You: [Take your time], [I am listening]');
    expect(f).toContain('✓ +2 Listening — Reassure them they did well to call.');
    expect(f).toContain('Score for this prompt: 100 ✓');
    expect(f).toContain('Enter: next prompt');
    // The drill stops at the prompt: what the scenario says next is not shown.
    expect(f).not.toContain('Someone recorded me');
    expect(results.map((r) => [r.item.node, r.report.score, r.report.passed])).toEqual([['opening', 100, true]]);

    await type('\r');
    f = lastFrame()!;
    expect(f).toContain('Drill 2/2');
    expect(f).toContain('A boy is being blackmailed after a video call.');
    expect(f).toContain('Lucas: Someone recorded me on a video call and wants money.');
    expect(f).not.toContain('Welcome the caller.');
    await type('2');
    f = lastFrame()!;
    expect(f).toContain('critical error: Advising to pay');
    expect(f).toContain('Score for this prompt: 0 ✗');
    expect(f).toContain('Enter: see the summary');
    expect(results[1]!.report.critical).toBe(true);

    await type('\r');
    f = lastFrame()!;
    expect(f).toContain('Drill summary: 1/2 passed');
    expect(f).toContain('1. ✓ 100  Call: blackmail after a video call — Welcome the caller.');
    expect(f).toContain(
      '2. ✗   0  Call: blackmail after a video call — He asks whether he should pay.  critical error',
    );
    expect(f).toMatch(/Safety advice ░{20} {3}0/);
    expect(f).toMatch(/Listening\s+█{20} 100/);
    await type('\r', { redraw: false }); // leaves the summary: nothing to redraw
    expect(finished).toBe(true);
    unmount();
  });

  it('speaks French for a French scenario', async () => {
    const scenario = callScenario({ id: 'appel', locale: 'fr' });
    let finished = false;
    const { lastFrame, stdin, unmount } = render(
      <DrillScreen
        items={[{ scenario, node: 'story' }]}
        seed={1}
        locale="fr"
        onResult={() => null}
        onFinish={() => {
          finished = true;
        }}
      />,
    );
    const type = (s: string, opts?: TypeOptions) => typeInto(stdin, lastFrame, s, opts);
    await tick();
    expect(lastFrame()).toContain('Exercice 1/1');
    expect(lastFrame()).toContain('↑↓ + Entrée ou un chiffre\u00a0: choisir'); // French punctuation: a no-break space
    await type('1');
    let f = lastFrame()!;
    expect(f).toContain('Vous\u00a0: Do not pay, and stop answering.');
    expect(f).toContain('Score pour cette question\u00a0: 100 ✓');
    expect(f).toContain('Entrée\u00a0: voir le bilan');
    await type('\r');
    f = lastFrame()!;
    expect(f).toContain('Bilan de l’exercice\u00a0: 1/1 réussies');
    expect(f).toContain('Entrée\u00a0: terminer');
    await type('\r', { redraw: false }); // leaves the summary: nothing to redraw
    expect(finished).toBe(true);
    unmount();
  });
});
