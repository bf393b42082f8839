/**
 * The SCORM 1.2 / 2004 run-time as the player uses it: finds the LMS's API object (window.API or
 * window.API_1484_11 in a parent frame or the opener, as the standards say), reads the resume text,
 * writes what app/lms/scorm-values.ts gives after each step, commits, and finishes on exit.
 */
import { report as engineReport, type SessionState } from '../../engine/session/core.ts';
import type { Scenario } from '../../engine/types.ts';
import { encodeResume } from '../../app/lms/resume-data.ts';
import {
  endValues,
  progressValues,
  SCORM_LIMITS,
  sessionTimeValue,
  type ScormVersion,
} from '../../app/lms/scorm-values.ts';
import type { LmsAdapter } from './lms-adapter.ts';

interface Api12 {
  LMSInitialize(s: ''): string;
  LMSGetValue(e: string): string;
  LMSSetValue(e: string, v: string): string;
  LMSCommit(s: ''): string;
  LMSFinish(s: ''): string;
  LMSGetLastError(): string | number;
  LMSGetErrorString(code: string | number): string;
}
interface Api2004 {
  Initialize(s: ''): string;
  GetValue(e: string): string;
  SetValue(e: string, v: string): string;
  Commit(s: ''): string;
  Terminate(s: ''): string;
  GetLastError(): string | number;
  GetErrorString(code: string | number): string;
}

/** The calls both editions share, under one name each. */
interface Runtime {
  init(): boolean;
  get(e: string): string;
  set(e: string, v: string): boolean;
  commit(): boolean;
  finish(): boolean;
  lastError(): string;
}

/** Looks for the API object in the parents (at most 10 levels), then in the opener's. */
export function findApi(win: Window, name: 'API' | 'API_1484_11'): unknown {
  const search = (w: Window | null): unknown => {
    for (let i = 0; w && i < 10; i++) {
      try {
        const api = (w as unknown as Record<string, unknown>)[name];
        if (api) return api;
      } catch {
        return null; // another origin: not ours to look into
      }
      if (w.parent === w) break;
      w = w.parent;
    }
    return null;
  };
  return search(win) ?? search(win.opener as Window | null);
}

function runtime(version: ScormVersion, win: Window): Runtime | null {
  if (version === '1.2') {
    const api = findApi(win, 'API') as Api12 | null;
    if (!api) return null;
    const err = () => String(api.LMSGetLastError());
    return {
      init: () => String(api.LMSInitialize('')) === 'true',
      get: (e) => api.LMSGetValue(e),
      set: (e, v) => String(api.LMSSetValue(e, v)) === 'true',
      commit: () => String(api.LMSCommit('')) === 'true',
      finish: () => String(api.LMSFinish('')) === 'true',
      lastError: () => `${err()} ${api.LMSGetErrorString(err())}`,
    };
  }
  const api = findApi(win, 'API_1484_11') as Api2004 | null;
  if (!api) return null;
  const err = () => String(api.GetLastError());
  return {
    init: () => String(api.Initialize('')) === 'true',
    get: (e) => api.GetValue(e),
    set: (e, v) => String(api.SetValue(e, v)) === 'true',
    commit: () => String(api.Commit('')) === 'true',
    finish: () => String(api.Terminate('')) === 'true',
    lastError: () => `${err()} ${api.GetErrorString(err())}`,
  };
}

/** The SCORM adapter of one launch; `problems` collects what the LMS refused (shown, never thrown). */
export function scormAdapter(
  version: ScormVersion,
  win: Window,
  now = () => new Date(),
): LmsAdapter & { problems: string[] } {
  const rt = runtime(version, win);
  const startedAt = now().getTime();
  let written = 0;
  let ended = false;
  let open = false;
  const problems: string[] = [];
  const setAll = (values: Array<[string, string]>) => {
    for (const [e, v] of values) if (!rt!.set(e, v)) problems.push(`${e}: ${rt!.lastError()}`);
  };
  const seconds = () => (now().getTime() - startedAt) / 1000;
  return {
    problems,
    async begin() {
      if (!rt) return { resume: null, problem: 'no SCORM LMS was found (no API object in the parent frames)' };
      if (!rt.init()) return { resume: null, problem: `the LMS refused to start the session (${rt.lastError()})` };
      open = true;
      const entry = rt.get(version === '1.2' ? 'cmi.core.entry' : 'cmi.entry');
      const learner = rt.get(version === '1.2' ? 'cmi.core.student_name' : 'cmi.learner_name') || undefined;
      const saved = rt.get('cmi.suspend_data');
      return { resume: entry === 'ab-initio' ? null : saved || null, ...(learner ? { learner } : {}) };
    },
    async resumed(scenario, state) {
      written = engineReport(scenario, state).turns.length;
      ended = state.ended;
    },
    async record(scenario: Scenario, state: SessionState) {
      if (!open || ended) return;
      const resume = await encodeResume(scenario, state, SCORM_LIMITS[version].suspendData);
      const values = progressValues(version, scenario, state, written, resume, now().toISOString());
      written = engineReport(scenario, state).turns.length;
      if (state.ended) {
        values.push(...endValues(version, engineReport(scenario, state)));
        ended = true;
      }
      values.push(sessionTimeValue(version, seconds()));
      setAll(values);
      if (!rt!.commit()) problems.push(`commit: ${rt!.lastError()}`);
    },
    async exit() {
      if (!open) return;
      open = false;
      setAll([sessionTimeValue(version, seconds())]);
      rt!.commit();
      rt!.finish();
    },
  };
}
