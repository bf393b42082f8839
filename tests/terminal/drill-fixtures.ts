/** Scenarios built in TypeScript for the terminal tests (checked form, as the loader would give). */
import type { Attempt } from '../../app/progress.ts';
import type { ChoiceAsk, FreeAsk, Locale, Scenario, ScenarioNode, Setting } from '../../engine/types.ts';
import { record } from '../../engine/util.ts';

function rec<T>(entries: Record<string, T>): Record<string, T> {
  const r = record<T>();
  for (const [k, v] of Object.entries(entries)) r[k] = v;
  return r;
}

function node(id: string, rest: Partial<ScenarioNode>): ScenarioNode {
  return { id, say: [], drill: false, ...rest };
}

/** A small English call: a free prompt (drill) then a choice (drill), then the end. */
export function callScenario(opts: { id?: string; locale?: Locale; setting?: Setting } = {}): Scenario {
  const free: FreeAsk = {
    kind: 'free',
    prompt: 'Welcome the caller.',
    seconds: 30,
    model: 'You did the right thing calling. I am listening.',
    criteria: [
      {
        id: 'welcome',
        competency: 'listening',
        points: 2,
        match: ['right thing', 'i am listening', 'take your time'],
        feedback: 'Reassure them they did well to call.',
      },
      { id: 'blame', competency: 'no_blame', points: -3, critical: 'Blaming the victim', match: ['your fault'] },
    ],
    next: [{ goto: 'story' }],
  };
  const choice: ChoiceAsk = {
    kind: 'choice',
    prompt: 'He asks whether he should pay.',
    shuffle: false,
    options: [
      {
        id: 'refuse',
        text: 'Do not pay, and stop answering.',
        competency: 'safety',
        points: 3,
        feedback: 'Never advise paying.',
        goto: 'wrap_up',
      },
      {
        id: 'pay',
        text: 'Pay, it might keep him quiet.',
        competency: 'safety',
        points: -3,
        critical: 'Advising to pay',
        goto: 'hang_up',
      },
    ],
  };
  return {
    format: 1,
    id: opts.id ?? 'webcam-call',
    title: 'Call: blackmail after a video call',
    locale: opts.locale ?? 'en',
    setting: opts.setting ?? 'call',
    summary: 'Lucas, 15, calls the helpline.',
    content_notes: ['sextortion'],
    pass: 70,
    tags: [],
    characters: rec({ lucas: { name: 'Lucas', age: 15 }, narrator: { name: 'Narrator' } }),
    competencies: rec({
      listening: { label: 'Listening', weight: 1 },
      no_blame: { label: 'No blame', weight: 2 },
      safety: { label: 'Safety advice', weight: 1 },
    }),
    state: rec({}),
    concepts: rec({}),
    outcomes: rec({ helped: 'Lucas leaves with a plan', hung_up: 'Lucas hung up' }),
    criticalOutcomes: rec({}),
    use: [],
    start: 'opening',
    nodes: rec({
      opening: node('opening', {
        say: [{ who: 'lucas', text: ["Hello... I don't know if I'm calling the right place."] }],
        ask: free,
        drill: true,
        context: 'A boy calls the helpline, hesitant.',
      }),
      story: node('story', {
        say: [{ who: 'lucas', text: ['Someone recorded me on a video call and wants money.'] }],
        ask: choice,
        drill: true,
        context: 'A boy is being blackmailed after a video call.',
      }),
      wrap_up: node('wrap_up', { end: 'helped' }),
      hang_up: node('hang_up', { say: [{ who: 'lucas', text: ['Ok... bye.'] }], end: 'hung_up' }),
    }),
    debrief: { takeaways: ['Never advise paying'], resources: [{ label: 'National helpline', phone: '3018' }] },
    tests: [],
  };
}

/** The library form of scenarios (as `virtual:rehearse-library` gives). */
export function libraryOf(...scenarios: Scenario[]): Array<{ v: 1; hash: string; file: string; scenario: Scenario }> {
  return scenarios.map((s) => ({ v: 1 as const, hash: `h-${s.id}`, file: `${s.id}.yaml`, scenario: s }));
}

/** An attempt record for the history. */
export function attemptOf(p: {
  scenario: string;
  at: string;
  score?: number;
  passed?: boolean;
  comps?: Record<string, number>;
  drill?: string;
  turns?: Attempt['turns'];
}): Attempt {
  const competencies: Attempt['competencies'] = {};
  for (const [id, score] of Object.entries(p.comps ?? {}))
    competencies[id] = { score, earned: score, possible: 100, label: id };
  const a: Attempt = {
    v: 1,
    id: `${p.scenario}@${p.at}${p.drill ? `#${p.drill}` : ''}`,
    scenario: p.scenario,
    title: p.scenario,
    locale: 'en',
    setting: 'call',
    at: p.at,
    score: p.score ?? 80,
    passed: p.passed ?? (p.score ?? 80) >= 70,
    critical: false,
    competencies,
    outcome: null,
    ended: !p.drill,
  };
  if (p.drill) a.drill = { node: p.drill, run: 'r1' };
  if (p.turns) a.turns = p.turns;
  return a;
}
