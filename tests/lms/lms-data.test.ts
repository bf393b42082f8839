import { describe, expect, it } from 'vitest';
import { report } from '../../engine/session/index.ts';
import { decodeResume, encodeResume, replay, resumeDataOf } from '../../app/lms/resume-data.ts';
import { endValues, progressValues, SCORM_LIMITS, timespan12 } from '../../app/lms/scorm-values.ts';
import { libraryScenario, playStates } from '../xapi/play-states.ts';

const { scenario } = libraryScenario('s01-webcam-sextortion.fr.yaml');
const good = scenario.tests[0]!;
const paying = scenario.tests.find((t) => t.expect.critical === true && /payer/.test(t.name))!;

/** Nonsense words that match no criterion, to make answers long. */
const pad = (n: number) => Array.from({ length: n }, (_, i) => `zq${(i * 7919) % 9973}x`).join(' ');

describe('resume text (seed + inputs)', () => {
  it('replays to the same session: same report, same waiting prompt', async () => {
    const state = playStates(scenario, good.answers.slice(0, 5), 42).at(-1)!;
    const text = await encodeResume(scenario, state, SCORM_LIMITS['1.2'].suspendData);
    expect(text.startsWith('{')).toBe(true);
    const data = await decodeResume(text);
    expect(data).toEqual(resumeDataOf(scenario, state));
    const back = replay(scenario, data as { seed: number; inputs: [] });
    expect('state' in back && report(scenario, back.state)).toEqual(report(scenario, state));
    expect('state' in back && back.state.at).toBe(state.at);
  });

  it('stays within 4 096 characters with long answers: compressed, else fewer inputs (an earlier prompt)', async () => {
    const answers = good.answers.map((a, i) => (i === 3 || i === 5 ? a : `${a} ${pad(120)}`));
    const state = playStates(scenario, answers, 3).at(-1)!;
    const plain = JSON.stringify(resumeDataOf(scenario, state)).length;
    expect(plain).toBeGreaterThan(4096);
    const text = await encodeResume(scenario, state, 4096);
    expect(text.length).toBeLessThanOrEqual(4096);
    const data = (await decodeResume(text)) as { seed: number; inputs: unknown[] };
    expect(data.inputs.length).toBeGreaterThan(0);
    expect(data.inputs).toEqual(resumeDataOf(scenario, state).inputs.slice(0, data.inputs.length));
    expect('state' in replay(scenario, data as never)).toBe(true);
  });

  it('a broken or foreign resume text is an error, never a throw; an empty one is a fresh start', async () => {
    expect(await decodeResume('')).toBeNull();
    expect(await decodeResume('{"v":1,"s":1,"i":[["x",2]]}')).toEqual({
      error: 'the saved attempt holds an input that is not an answer or a choice',
    });
    expect(await decodeResume('z:!!!')).toMatchObject({ error: expect.stringContaining('cannot be read') });
    expect(await decodeResume('{"v":9}')).toEqual({
      error: 'the saved attempt is not one this version of Rehearse can resume',
    });
    const r = replay(scenario, { seed: 1, inputs: [{ type: 'choose', option: 'nope' }] });
    expect(r).toMatchObject({ error: expect.stringContaining('saved input 1 does not fit this scenario') });
  });
});

describe('SCORM values', () => {
  it('1.2: one interaction per answered prompt, responses cut at 255, identifiers without spaces', () => {
    const answers = good.answers.map((a, i) => (i === 0 ? `${a} ${pad(80)}` : a));
    const state = playStates(scenario, answers.slice(0, 4)).at(-1)!;
    const values = new Map(progressValues('1.2', scenario, state, 0, 'R', '2026-01-01T00:00:00.000Z'));
    expect([...values.keys()].filter((k) => k.endsWith('.id'))).toHaveLength(4);
    expect(values.get('cmi.interactions.0.student_response')!.length).toBe(255);
    expect(values.get('cmi.interactions.3.type')).toBe('choice');
    expect(values.get('cmi.interactions.3.student_response')).toMatch(/^[a-z]$/);
    for (const [k, v] of values) if (k.endsWith('.id')) expect(v).toMatch(/^[\x21-\x7e]{1,255}$/);
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(values.get('cmi.core.exit')).toBe('suspend');
    expect(values.get('cmi.suspend_data')).toBe('R');
    const later = progressValues('1.2', scenario, state, 4, 'R', '2026-01-01T00:00:00.000Z');
    expect(later.some(([k]) => k.startsWith('cmi.interactions'))).toBe(false);
  });

  it('a critical session fails in the LMS whatever its score', () => {
    const rep = report(scenario, playStates(scenario, paying.answers).at(-1)!);
    expect(rep.critical).toBe(true);
    expect(new Map(endValues('1.2', rep)).get('cmi.core.lesson_status')).toBe('failed');
    expect(new Map(endValues('2004', rep)).get('cmi.success_status')).toBe('failed');
    expect(new Map(endValues('2004', rep)).get('cmi.score.scaled')).toBe(String(rep.score / 100));
  });

  it("1.2's CMITimespan", () => {
    expect(timespan12(3725.5)).toBe('0001:02:05.50');
  });
});
