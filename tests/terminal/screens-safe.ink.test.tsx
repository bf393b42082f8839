/**
 * What the play and drill screens show in the hard cases: an answer that earns nothing because it is
 * stuffed, a required criterion left out, a hostile scenario's escape codes, a long answer, a long
 * library in the picker, an Enter typed the instant the summary appears.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import { readFileSync } from 'node:fs';
import { createSessionStore } from '../../app/session-store.ts';
import { loadScenario } from '../../engine/load/index.ts';
import type { FeedbackEvent, Scenario } from '../../engine/types.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';
import { DrillScreen } from '../../terminal/ui/drill-screen.tsx';
import { EventView } from '../../terminal/ui/event-view.tsx';
import { PlayScreen } from '../../terminal/ui/play-screen.tsx';
import { filterScenarios, ScenarioPicker } from '../../terminal/ui/scenario-picker.tsx';
import { ColorContext } from '../../terminal/ui/theme.tsx';
import { TextInput } from '../../terminal/ui/text-input.tsx';
import { WordsContext, wordsFor } from '../../terminal/ui/words.ts';
import { callScenario } from './drill-fixtures.ts';
import { tick, typeInto } from './ink-keys.ts';

const r2File = 'tests/fixtures/r2/required-call.fr.yaml';
const r2 = loadScenario(readFileSync(r2File, 'utf8'), r2File, {
  conceptSets: folderConceptSets('scenarios'),
}).scenario!;

/** The frame of one feedback event in the language of `scenario`. */
function feedbackFrame(scenario: Scenario, e: FeedbackEvent): string {
  const { lastFrame, unmount } = render(
    <WordsContext.Provider value={wordsFor(scenario.locale)}>
      <EventView e={e} scenario={scenario} exam={false} />
    </WordsContext.Provider>,
  );
  const frame = lastFrame()!;
  unmount();
  return frame;
}

describe('feedback of revision 2, right after the answer', () => {
  it('a required criterion left out is said at once, in French, with its reason', () => {
    const session = createSessionStore();
    session.getState().start(r2, { seed: 1 });
    session.getState().answer("Tu as bien fait d'appeler, je t'écoute.");
    const fb = session.getState().events.find((e): e is FeedbackEvent => e.type === 'feedback')!;
    const frame = feedbackFrame(r2, fb);
    expect(frame).toContain('✓ +3 Écoute');
    expect(frame).toContain("✗ oubli qui fait échouer la session\u00a0: un propos suicidaire n'a pas été exploré");
  });

  it.each([
    ['en', 'fragments', 'No points: this reads as a list of keywords.', ' (+2 withheld)'],
    ['fr', 'repeated', 'Aucun point\u00a0: cette réponse a déjà été donnée (collée à nouveau).', ' (+2 non accordés)'],
  ] as const)(
    'a stuffed answer (%s, %s) says why it earned nothing, and the points withheld',
    (locale, why, said, withheld) => {
      const scenario = callScenario({ locale });
      const e: FeedbackEvent = {
        type: 'feedback',
        node: 'opening',
        answer: 'listening, right thing, your fault, police',
        points: 0,
        late: false,
        items: [{ id: 'welcome', competency: 'listening', points: 0, withheld: 2 }],
        spans: { welcome: [[0, 9]] },
        stuffed: why,
      };
      const frame = feedbackFrame(scenario, e);
      expect(frame).toContain(`✗ 0${withheld} Listening`);
      expect(frame).toContain(said);
      expect(frame).not.toContain(locale === 'fr' ? 'Aucun critère' : 'No criterion matched');
    },
  );
});

/** A scenario whose texts hold escape sequences, as a hostile file would (OSC title, OSC 52, OSC 8, SGR, BEL, C1). */
function hostileScenario(): Scenario {
  const s = callScenario();
  s.title = 'Call\u001b]0;PWNED\u0007 now';
  s.summary = 'Clip\u001b]52;c;cm0gLXJmIH4=\u0007 \u001b[5mblink\u001b[0m \u009d0;T\u009c';
  const opening = s.nodes.opening!;
  opening.say = [{ who: 'lucas', text: ['Hi \u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007\u0007'] }];
  return s;
}

describe('a hostile scenario on screen', () => {
  it.each([false, true])('no escape sequence of the file reaches the terminal (colour %s)', async (color) => {
    const store = createSessionStore();
    store.getState().start(hostileScenario(), { seed: 1 });
    const { frames, lastFrame, stdin, unmount } = render(
      <ColorContext.Provider value={color}>
        <PlayScreen store={store} onFinish={() => {}} />
      </ColorContext.Provider>,
    );
    await tick();
    await typeInto(stdin, lastFrame, '\u001b[31mred\u001b[0m answer\u0007\r');
    const all = frames.join('');
    unmount();
    expect(all).toContain('Call\uFFFD]0;PWNED\uFFFD now');
    expect(all).toContain('Hi \uFFFD]8;;https://evil.example\uFFFDlink');
    expect(all).not.toMatch(/\u001b\]|\u0007|[\u0080-\u009f]|\u001b\[5m/);
    if (!color) expect(all).not.toContain('\u001b');
    expect(all).toContain('You: red answer');
    const fb = store.getState().events.find((e): e is FeedbackEvent => e.type === 'feedback');
    expect(fb?.answer).toBe('red answer'); // the typed SGR and BEL never reach the answer
  });
});

describe('the answer field', () => {
  it('a long answer is drawn as a window around the cursor, with its length', async () => {
    const { lastFrame, stdin, unmount } = render(<TextInput onSubmit={() => true} />);
    await tick();
    const big = `${'a'.repeat(50_000)}MIDDLE${'b'.repeat(49_994)}`;
    await typeInto(stdin, lastFrame, `\u001b[200~${big}\u001b[201~`);
    const joined = () => lastFrame()!.replace(/\n/g, '');
    expect(joined()).toMatch(/^> …b{500,}▌\(100,000 characters; ←\/→ and Home\/End move through it\)$/);
    expect(lastFrame()!.length).toBeLessThan(1_000);
    await typeInto(stdin, lastFrame, '\u001b[H');
    expect(joined()).toMatch(/^> ▌a{500,}…\(100,000 characters/);
    unmount();
  });
});

describe('the scenario picker', () => {
  const many = Array.from({ length: 28 }, (_, i) =>
    callScenario({ id: `s${String(i + 1).padStart(2, '0')}-case`, locale: i % 3 ? 'fr' : 'en' }),
  ).map((s, i) => ({ ...s, title: `Case number ${i + 1}` }));

  it('filters as you type (title, id, language, setting; accents and case ignored)', () => {
    expect(filterScenarios(many, 's28').map((s) => s.id)).toEqual(['s28-case']);
    expect(filterScenarios(many, 'EN call').length).toBe(10);
    expect(filterScenarios(many, 'numéro')).toEqual([]);
  });

  it('reaches the 28th scenario: typed filter, then Enter', async () => {
    let picked = '';
    const { lastFrame, stdin, unmount } = render(<ScenarioPicker scenarios={many} onPick={(id) => (picked = id)} />);
    await tick();
    expect(lastFrame()).toContain('Choose a scenario (28 of 28)');
    await typeInto(stdin, lastFrame, 'number 28');
    expect(lastFrame()).toContain('Choose a scenario (1 of 28)');
    await typeInto(stdin, lastFrame, '\r', { redraw: false });
    expect(picked).toBe('s28-case');
    unmount();
  });

  it('scrolls with the arrows past what the screen holds', async () => {
    let picked = '';
    const { lastFrame, stdin, unmount } = render(<ScenarioPicker scenarios={many} onPick={(id) => (picked = id)} />);
    await tick();
    await typeInto(stdin, lastFrame, '\u001b[A'); // ↑ from the first: the last
    expect(lastFrame()).toContain('❯ Case number 28');
    await typeInto(stdin, lastFrame, '\r', { redraw: false });
    expect(picked).toBe('s28-case');
    unmount();
  });
});

describe('the drill keeps every Enter', () => {
  it('an Enter typed in the same instant as the one that shows the summary finishes the drill', async () => {
    const scenario = callScenario();
    let finished = false;
    const { lastFrame, stdin, unmount } = render(
      <DrillScreen
        items={[{ scenario, node: 'story' }]}
        seed={1}
        locale="en"
        onResult={() => null}
        onFinish={() => (finished = true)}
      />,
    );
    await tick();
    await typeInto(stdin, lastFrame, '1');
    stdin.write('\r');
    stdin.write('\r');
    await tick();
    expect(finished).toBe(true);
    unmount();
  });
});
