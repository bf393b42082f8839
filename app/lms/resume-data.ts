/**
 * What an LMS keeps to resume an attempt (SCORM suspend data, a cmi5 state document): only the
 * session's seed and the trainee's inputs, replayed through the engine on resume. Under a size
 * limit (SCORM 1.2: 4 096 characters) the text is compressed, and if even that does not fit, the
 * inputs that fit are kept: the attempt then resumes at an earlier prompt, never with wrong data.
 */
import { currentPrompt, start, step, transcript, type SessionState } from '../../engine/session/core.ts';
import type { Input, Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';

/** Version of the resume text. */
export const RESUME_VERSION = 1;

/** The seed and the inputs of a session. */
export interface ResumeData {
  seed: number;
  inputs: Input[];
}

/** The inputs that led to a state, read from its answered prompts (late answers replay as late). */
export function resumeDataOf(scenario: Scenario, state: SessionState): ResumeData {
  const inputs: Input[] = [];
  for (const e of transcript(state)) {
    if (e.type !== 'feedback') continue;
    const ask = own(scenario.nodes, e.node)?.ask;
    const late = e.late && ask?.seconds !== undefined ? { seconds: ask.seconds + 1 } : {};
    inputs.push(
      ask?.kind === 'choice'
        ? { type: 'choose', option: e.answer, ...late }
        : { type: 'answer', text: e.answer, ...late },
    );
  }
  return { seed: state.seed, inputs };
}

type Packed = [kind: 'a' | 'c', value: string, late?: 1];

function pack(d: ResumeData, count = d.inputs.length): string {
  const i: Packed[] = d.inputs.slice(0, count).map((x) => {
    const p: Packed = x.type === 'answer' ? ['a', x.text] : ['c', x.option];
    if (x.seconds !== undefined) p.push(1);
    return p;
  });
  return JSON.stringify({ v: RESUME_VERSION, s: d.seed, i });
}

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `z:${btoa(bin)}`;
}

async function inflate(text: string): Promise<string> {
  const bin = atob(text.slice(2));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

/** The resume text of a state within `limit` characters (plain JSON, else compressed, else fewer inputs). */
export async function encodeResume(scenario: Scenario, state: SessionState, limit: number): Promise<string> {
  const data = resumeDataOf(scenario, state);
  const fit = async (count: number): Promise<string | null> => {
    const plain = pack(data, count);
    if (plain.length <= limit) return plain;
    const packed = await deflate(plain);
    return packed.length <= limit ? packed : null;
  };
  const all = await fit(data.inputs.length);
  if (all !== null) return all;
  let lo = 0;
  let hi = data.inputs.length - 1;
  let best = (await fit(0)) ?? '';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = await fit(mid);
    if (t === null) hi = mid - 1;
    else {
      best = t;
      lo = mid + 1;
    }
  }
  return best;
}

/** Reads a resume text; an empty one is no resume, a broken one an error (never a throw). */
export async function decodeResume(text: string): Promise<ResumeData | null | { error: string }> {
  if (!text || !text.trim()) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('z:') ? await inflate(text) : text);
  } catch (e) {
    return { error: `the saved attempt cannot be read (${e instanceof Error ? e.message : String(e)})` };
  }
  const r = raw as { v?: unknown; s?: unknown; i?: unknown };
  if (r?.v !== RESUME_VERSION || typeof r.s !== 'number' || !Array.isArray(r.i))
    return { error: 'the saved attempt is not one this version of Rehearse can resume' };
  const inputs: Input[] = [];
  for (const p of r.i as unknown[]) {
    if (!Array.isArray(p) || (p[0] !== 'a' && p[0] !== 'c') || typeof p[1] !== 'string')
      return { error: 'the saved attempt holds an input that is not an answer or a choice' };
    const late = p[2] === 1 ? { seconds: Number.MAX_SAFE_INTEGER } : {};
    inputs.push(p[0] === 'a' ? { type: 'answer', text: p[1], ...late } : { type: 'choose', option: p[1], ...late });
  }
  return { seed: r.s, inputs };
}

/** Replays a saved attempt through the engine (the answer checker must be loaded): its state, or why not. */
export function replay(scenario: Scenario, data: ResumeData): { state: SessionState } | { error: string } {
  const begun = start(scenario, { seed: data.seed });
  if (begun.error) return { error: begun.error };
  let state = begun.state;
  for (const [k, input] of data.inputs.entries()) {
    if (!currentPrompt(scenario, state)) return { error: `saved input ${k + 1} comes after the end of the session` };
    const r = step(scenario, state, input);
    if (r.error) return { error: `saved input ${k + 1} does not fit this scenario: ${r.error}` };
    state = r.state;
  }
  return { state };
}
