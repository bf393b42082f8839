import { describe, expect, it } from 'vitest';
import { report } from '../../engine/session/index.ts';
import { CMI5, VERBS } from '../../app/xapi/profile.ts';
import { endStatements, startStatement, type Cmi5Launch, type StatementOptions } from '../../app/xapi/statements.ts';
import { launchParams } from '../../web/player/cmi5-adapter.ts';
import { libraryScenario, playStates } from '../xapi/play-states.ts';

const { scenario, hash } = libraryScenario('s01-webcam-sextortion.fr.yaml');
const good = scenario.tests[0]!;

function opts(cmi5: Cmi5Launch): StatementOptions {
  let n = 0;
  return {
    actor: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'l1' } },
    includeResponse: false,
    cmi5,
    now: () => '2026-01-01T10:00:00.000Z',
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}
const launch = (over: Partial<Cmi5Launch> = {}): Cmi5Launch => ({
  activityId: 'https://lms.example.org/au/1',
  registration: 'reg-1',
  sessionId: 'session-1',
  launchMode: 'Normal',
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example.org/au/1' }] },
    extensions: { [CMI5.sessionId]: 'session-1' },
  },
  ...over,
});
const attempt = { registration: 'reg-1', seed: 1, contentHash: hash, startedAt: '2026-01-01T09:50:00.000Z' };

describe('cmi5', () => {
  it('launch parameters: what is missing is named', () => {
    expect(launchParams('?endpoint=https://lrs/&fetch=https://f')).toEqual({
      error: 'not launched by a cmi5 LMS (missing actor, registration, activityId)',
    });
    expect(launchParams('?endpoint=e&fetch=f&actor=nope&registration=r&activityId=a')).toEqual({
      error: 'the launch parameter "actor" is not JSON',
    });
  });

  it('initialized carries the cmi5 category and the context template; the object is the AU', () => {
    const s = startStatement(scenario, attempt, opts(launch()));
    expect(s.verb.id).toBe(VERBS.initialized.id);
    expect(s.object.id).toBe('https://lms.example.org/au/1');
    expect(s.context?.registration).toBe('reg-1');
    expect(s.context?.extensions?.[CMI5.sessionId]).toBe('session-1');
    expect(s.context?.contextActivities?.grouping).toEqual([
      { objectType: 'Activity', id: 'https://lms.example.org/au/1' },
    ]);
    expect(s.context?.contextActivities?.category?.map((c) => c.id)).toContain(CMI5.category);
  });

  it('completed has no score or success; passed follows masteryScore but never with a critical error', () => {
    const rep = report(scenario, playStates(scenario, good.answers).at(-1)!);
    const [completed, verdict] = endStatements(scenario, attempt, opts(launch()), rep);
    expect(completed!.result).toEqual({ completion: true, duration: 'PT600S' });
    expect(verdict!.verb.id).toBe(VERBS.passed.id);
    const strict = endStatements(scenario, attempt, opts(launch({ masteryScore: (rep.score + 1) / 100 })), rep);
    expect(strict[1]!.verb.id).toBe(VERBS.failed.id);
    expect(strict[1]!.context?.extensions?.[CMI5.masteryScore]).toBe((rep.score + 1) / 100);
  });

  it('in Browse or Review mode nothing is completed, passed or failed', () => {
    const rep = report(scenario, playStates(scenario, good.answers).at(-1)!);
    expect(endStatements(scenario, attempt, opts(launch({ launchMode: 'Browse' })), rep)).toEqual([]);
  });
});
