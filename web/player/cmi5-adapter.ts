/**
 * The cmi5 AU launch sequence (cmi5 section 8–10): read the launch parameters, POST the fetch URL
 * for the auth token, GET LMS.LaunchData from the State API, then send the cmi5-defined statements
 * (initialized, completed, passed/failed, terminated) and Rehearse's own `answered` ones, in order,
 * through the outbox. The resume text is a state document of the AU's own.
 */
import type { SessionState } from '../../engine/session/core.ts';
import type { Scenario } from '../../engine/types.ts';
import { encodeResume } from '../../app/lms/resume-data.ts';
import { createOutbox, type Outbox } from '../../app/xapi/outbox.ts';
import { CMI5, PROFILE } from '../../app/xapi/profile.ts';
import { emptyQueue, memoryQueueStorage, serializeQueue } from '../../app/xapi/queue.ts';
import { lrsHeaders, type Fetch } from '../../app/xapi/sender.ts';
import {
  startStatement,
  terminatedStatement,
  type Cmi5Launch,
  type StatementOptions,
} from '../../app/xapi/statements.ts';
import { CURSOR_VERSION, type TrackCursor } from '../../app/xapi/tracker.ts';
import type { Agent, Context } from '../../app/xapi/types.ts';
import { uuidV4 } from '../../app/xapi/uuid.ts';
import type { LmsAdapter } from './lms-adapter.ts';

/** The state document where the player keeps its resume text. */
export const RESUME_STATE_ID = `${PROFILE}/state/resume`;

interface Launch {
  endpoint: string;
  fetchUrl: string;
  actor: Agent;
  registration: string;
  activityId: string;
}

/** The launch parameters of the page's URL, or what is missing. */
export function launchParams(search: string): Launch | { error: string } {
  const q = new URLSearchParams(search);
  const missing = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].filter((k) => !q.get(k));
  if (missing.length) return { error: `not launched by a cmi5 LMS (missing ${missing.join(', ')})` };
  let actor: Agent;
  try {
    actor = JSON.parse(q.get('actor')!) as Agent;
  } catch {
    return { error: 'the launch parameter "actor" is not JSON' };
  }
  const endpoint = q.get('endpoint')!;
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    fetchUrl: q.get('fetch')!,
    actor,
    registration: q.get('registration')!,
    activityId: q.get('activityId')!,
  };
}

function stateUrl(l: Launch, stateId: string): string {
  const q = new URLSearchParams({
    stateId,
    activityId: l.activityId,
    agent: JSON.stringify(l.actor),
    registration: l.registration,
  });
  return `${l.endpoint}activities/state?${q}`;
}

/** The saved resume text: the State API lists the documents first, so a first launch asks for none that is missing. */
async function readResume(l: Launch, headers: Record<string, string>, fetchImpl: Fetch): Promise<string | null> {
  const q = new URLSearchParams({
    activityId: l.activityId,
    agent: JSON.stringify(l.actor),
    registration: l.registration,
  });
  const ids = await fetchImpl(`${l.endpoint}activities/state?${q}`, { method: 'GET', headers });
  const list = ids.ok ? ((await ids.json().catch(() => [])) as unknown) : [];
  if (!Array.isArray(list) || !list.includes(RESUME_STATE_ID)) return null;
  const saved = await fetchImpl(stateUrl(l, RESUME_STATE_ID), { method: 'GET', headers });
  return saved.ok ? saved.text() : null;
}

/** A launch the LMS has accepted: its parameters, the auth header, and LMS.LaunchData read as cmi5 options. */
interface Opened {
  launch: Launch;
  /** LMS.LaunchData's returnURL: where the learner goes when leaving the AU. */
  returnUrl?: string;
  authorization: string;
  cmi5: Cmi5Launch;
  resume: string | null;
}

/** Steps 1–3 of the launch sequence: parameters, auth token, LMS.LaunchData (and the saved resume text). */
async function openLaunch(search: string, fetchImpl: Fetch): Promise<Opened | { problem: string }> {
  const l = launchParams(search);
  if ('error' in l) return { problem: l.error };
  const token = await fetchImpl(l.fetchUrl, { method: 'POST' });
  const body = (await token.json().catch(() => ({}))) as { 'auth-token'?: string; 'error-text'?: string };
  if (!token.ok || !body['auth-token'])
    return { problem: `the LMS gave no auth token (${body['error-text'] ?? token.status})` };
  const authorization = `Basic ${body['auth-token']}`;
  const headers = lrsHeaders({ authorization }, false);
  const res = await fetchImpl(stateUrl(l, CMI5.launchDataStateId), { method: 'GET', headers });
  if (!res.ok) return { problem: `LMS.LaunchData could not be read (${res.status})` };
  const data = (await res.json()) as {
    contextTemplate?: Context;
    launchMode?: Cmi5Launch['launchMode'];
    masteryScore?: number;
    returnURL?: string;
  };
  const template = data.contextTemplate ?? {};
  const cmi5: Cmi5Launch = {
    activityId: l.activityId,
    registration: l.registration,
    sessionId: String(template.extensions?.[CMI5.sessionId] ?? uuidV4()),
    launchMode: data.launchMode ?? 'Normal',
    contextTemplate: template,
    ...(typeof data.masteryScore === 'number' ? { masteryScore: data.masteryScore } : {}),
  };
  const resume = await readResume(l, headers, fetchImpl);
  return { launch: l, authorization, cmi5, resume, ...(data.returnURL ? { returnUrl: data.returnURL } : {}) };
}

/** The statement options of an opened launch. */
function optionsOf(o: Opened, now: () => string): StatementOptions {
  return { actor: o.launch.actor, includeResponse: false, cmi5: o.cmi5, now, uuid: uuidV4 };
}

/** The outbox of an opened launch (in memory: the LMS's LRS is the record), from a cursor when resuming. */
function outboxOf(o: Opened, fetchImpl: Fetch, sendResponses: boolean, cursor?: TrackCursor): Outbox {
  return createOutbox({
    config: { endpoint: o.launch.endpoint, authorization: o.authorization, actor: o.launch.actor, sendResponses },
    storage: memoryQueueStorage(cursor ? serializeQueue({ ...emptyQueue(), cursor }) : null),
    fetch: fetchImpl,
    options: { cmi5: o.cmi5 },
  });
}

/** The tracking cursor of this registration's attempt, `turns` answered prompts already sent. */
function attemptCursor(
  o: Opened,
  scenario: Scenario,
  state: SessionState,
  hash: string,
  turns: number,
  startedAt: string,
): TrackCursor {
  return {
    v: CURSOR_VERSION,
    scenario: scenario.id,
    seed: state.seed,
    registration: o.launch.registration,
    contentHash: hash,
    startedAt,
    turns,
    ended: state.ended,
  };
}

/** The cmi5 adapter of one launch. */
export function cmi5Adapter(search: string, fetchImpl: Fetch, opts: { sendResponses?: boolean } = {}): LmsAdapter {
  const now = () => new Date().toISOString();
  const sessionStart = now();
  let open: Opened | null = null;
  let outbox: Outbox | null = null;
  let last: { scenario: Scenario; ref: TrackCursor } | null = null;
  const statementOptions = (o: Opened) => optionsOf(o, now);
  const outboxFor = (o: Opened, cursor?: TrackCursor) => outboxOf(o, fetchImpl, opts.sendResponses === true, cursor);
  const cursorOf = (o: Opened, scenario: Scenario, state: SessionState, hash: string, turns: number) =>
    attemptCursor(o, scenario, state, hash, turns, sessionStart);
  return {
    async begin() {
      const o = await openLaunch(search, fetchImpl);
      if ('problem' in o) return { resume: null, problem: o.problem };
      open = o;
      return { resume: o.resume };
    },
    async resumed(scenario, state, hash) {
      if (!open) return;
      const turns = state.events.slice(0, state.ne).filter((e) => e.type === 'feedback').length;
      const cursor = cursorOf(open, scenario, state, hash, turns);
      last = { scenario, ref: cursor };
      outbox = outboxFor(open, cursor);
      await outbox.enqueue([startStatement(scenario, cursor, statementOptions(open))]);
      await outbox.flush();
    },
    async record(scenario, state, hash) {
      if (!open) return;
      outbox ??= outboxFor(open);
      last = { scenario, ref: cursorOf(open, scenario, state, hash, 0) };
      await outbox.track(scenario, state, hash);
      await fetchImpl(stateUrl(open.launch, RESUME_STATE_ID), {
        method: 'PUT',
        headers: { ...lrsHeaders({ authorization: open.authorization }, false), 'Content-Type': 'text/plain' },
        body: await encodeResume(scenario, state, 64000),
      });
      await outbox.flush();
    },
    async exit() {
      const o = open;
      open = null;
      if (!o) return;
      if (outbox && last) {
        await outbox.enqueue([terminatedStatement(last.scenario, last.ref, statementOptions(o), sessionStart)]);
        await outbox.flush();
      }
      if (o.returnUrl) window.location.assign(o.returnUrl); // cmi5 10.0: back to the LMS
    },
  };
}
