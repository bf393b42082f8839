import { describe, expect, it } from 'vitest';
import { report, score, transcript } from '../../engine/session/index.ts';
import { readLrsSettings } from '../../app/xapi/config.ts';
import { EXT, VERBS } from '../../app/xapi/profile.ts';
import type { StatementOptions } from '../../app/xapi/statements.ts';
import { trackStatements, type TrackCursor } from '../../app/xapi/tracker.ts';
import type { Statement } from '../../app/xapi/types.ts';
import { libraryScenario, playStates } from './play-states.ts';

const { scenario, hash } = libraryScenario('s01-webcam-sextortion.fr.yaml');
const good = scenario.tests[0]!;
const paying = scenario.tests.find((t) => t.expect.critical === true && /payer/.test(t.name))!;

function options(over: Partial<StatementOptions> = {}): StatementOptions {
  let n = 0;
  return {
    actor: { objectType: 'Agent', mbox: 'mailto:trainee@example.org' },
    includeResponse: false,
    now: () => new Date(Date.UTC(2026, 0, 1, 10, 0, n)).toISOString(),
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    ...over,
  };
}

/** Tracks a playthrough step by step, as a screen does; gives every statement queued. */
function trackAll(answers = good.answers, over: Partial<StatementOptions> = {}): Statement[] {
  const opts = options(over);
  let cursor: TrackCursor | undefined;
  const out: Statement[] = [];
  for (const state of playStates(scenario, answers)) {
    const r = trackStatements(scenario, state, hash, opts, cursor);
    out.push(...r.statements);
    cursor = r.cursor;
  }
  return out;
}

describe('xAPI statements of an attempt', () => {
  it('launched, one answered per prompt, then completed and passed, all in one registration', () => {
    const all = trackAll();
    const final = playStates(scenario, good.answers).at(-1)!;
    const rep = report(scenario, final);
    expect(rep.passed).toBe(true);
    expect(all.map((s) => s.verb.id)).toEqual([
      VERBS.launched.id,
      ...rep.turns.map(() => VERBS.answered.id),
      VERBS.completed.id,
      VERBS.passed.id,
    ]);
    expect(new Set(all.map((s) => s.context?.registration)).size).toBe(1);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const s of all) expect(s.context?.extensions?.[EXT.contentHash]).toBe(hash);
    const end = all.at(-1)!;
    expect(end.result?.score).toEqual({ scaled: rep.score / 100, raw: rep.score, min: 0, max: 100 });
    expect(end.result?.success).toBe(true);
  });

  it("each answered prompt carries the engine's score of that prompt, its competencies and matched criteria", () => {
    const all = trackAll().filter((s) => s.verb.id === VERBS.answered.id);
    const final = playStates(scenario, good.answers).at(-1)!;
    const rep = report(scenario, final);
    const feedback = transcript(final).filter((e) => e.type === 'feedback');
    all.forEach((s, k) => {
      const one = score(scenario, [feedback[k] as Extract<(typeof feedback)[number], { type: 'feedback' }>]);
      expect(s.result?.extensions?.[EXT.matched]).toEqual(rep.turns[k]!.matched);
      expect(s.context?.extensions?.[EXT.node]).toBe(rep.turns[k]!.node);
      if (s.result?.score?.scaled !== undefined) expect(s.result.score.scaled).toBe(one.score / 100);
      const comps = s.result?.extensions?.[EXT.competencies] as Record<string, { score: number }>;
      for (const id of Object.keys(comps)) expect(comps[id]!.score).toBe(one.competencies[id]!.score);
    });
  });

  it('keeps the typed text out of result.response unless the organisation turns it on; a choice id is always there', () => {
    const off = trackAll().filter((s) => s.verb.id === VERBS.answered.id);
    const typed = off.filter((s) => s.object.definition?.interactionType === 'long-fill-in');
    const chosen = off.filter((s) => s.object.definition?.interactionType === 'choice');
    expect(typed.length).toBeGreaterThan(3);
    for (const s of typed) expect(s.result).not.toHaveProperty('response');
    expect(chosen.map((s) => s.result?.response)).toEqual(['sup_keep', 'vid_refuse']);
    const on = trackAll(good.answers, { includeResponse: true }).filter((s) => s.verb.id === VERBS.answered.id);
    expect(on[0]!.result?.response).toBe(good.answers[0]);
    expect(JSON.stringify(off)).not.toContain("t'as bien fait d'appeler");
  });

  it('a critical choice gives a critical-error statement after its answer, and the attempt fails', () => {
    const all = trackAll(paying.answers);
    const i = all.findIndex((s) => s.verb.id === VERBS.criticalError.id);
    expect(i).toBeGreaterThan(0);
    expect(all[i - 1]!.verb.id).toBe(VERBS.answered.id);
    expect(all[i - 1]!.result?.success).toBe(false);
    expect(all[i]!.object.id).toBe(all[i - 1]!.object.id);
    expect(all[i]!.result?.extensions?.[EXT.critical]).toMatchObject({
      node: all[i - 1]!.context?.extensions?.[EXT.node],
    });
    expect(all.at(-1)!.verb.id).toBe(VERBS.failed.id);
  });

  it('tracking the same state twice queues nothing more; another seed is another attempt', () => {
    const opts = options();
    const states = playStates(scenario, good.answers.slice(0, 2));
    const first = trackStatements(scenario, states[2]!, hash, opts, undefined);
    expect(first.statements).toHaveLength(3);
    expect(trackStatements(scenario, states[2]!, hash, opts, first.cursor).statements).toEqual([]);
    const other = playStates(scenario, good.answers.slice(0, 1), 99)[1]!;
    const again = trackStatements(scenario, other, hash, opts, first.cursor);
    expect(again.statements[0]!.verb.id).toBe(VERBS.launched.id);
    expect(again.cursor.registration).not.toBe(first.cursor.registration);
  });
});

describe('LRS settings', () => {
  it('no endpoint is no LRS; a bad one or a missing learner is said plainly', () => {
    expect(readLrsSettings({})).toBeNull();
    expect(readLrsSettings({ endpoint: '  ' })).toBeNull();
    expect(readLrsSettings({ endpoint: 'lrs.example.org', learner: 'a@b.org' })).toEqual({
      errors: ['the LRS endpoint is not a URL: "lrs.example.org"'],
    });
    expect(readLrsSettings({ endpoint: 'https://lrs.example.org/xapi' })).toEqual({
      errors: ['the learner (an e-mail or an id) is missing: statements need to say who learnt'],
    });
  });

  it('Basic auth from a key and secret, a token as Bearer, an e-mail as mbox, an id as an account', () => {
    const basic = readLrsSettings({
      endpoint: 'https://lrs.example.org/xapi',
      username: 'clé',
      password: 's',
      learner: 'v@x.org',
    });
    expect(basic).toEqual({
      config: {
        endpoint: 'https://lrs.example.org/xapi/',
        authorization: `Basic ${Buffer.from('clé:s').toString('base64')}`,
        actor: { objectType: 'Agent', mbox: 'mailto:v@x.org' },
        sendResponses: false,
      },
    });
    const token = readLrsSettings({ endpoint: 'https://lrs.example.org/', token: 'abc', learner: 'vol-17' });
    expect(token && 'config' in token && token.config.authorization).toBe('Bearer abc');
    expect(token && 'config' in token && token.config.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: 'https://lrs.example.org', name: 'vol-17' },
    });
  });
});
