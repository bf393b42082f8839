/** Messages between the preview and its checker (a Web Worker, or the page itself where workers are missing). */
import type { ExampleResult } from '../../engine/examples.ts';
import type { MessageRef } from '../../engine/diagnostics/message.ts';
import type { Diagnostic, Scenario } from '../../engine/types.ts';

/** A request to check one version of the source. */
export interface CheckRequest {
  id: number;
  text: string;
  file: string;
  /** Key of the scenario the page already holds: an identical scenario is not sent again. */
  prevKey?: string | null;
  /** Also play the file's `tests:` (when it has no error). */
  tests?: boolean;
}

/** One test of the file's `tests:`, played: its failures as text and as data (for the UI language). */
export interface TestOutcome {
  name: string;
  ok: boolean;
  failures: string[];
  detail: MessageRef[];
}

/** The checker's answer for one version. */
export interface CheckResult {
  id: number;
  /** The checked scenario; null when there is none, or when it is the page's (`key === prevKey`). */
  scenario: Scenario | null;
  /** Content key of the checked scenario (null when the file has errors). */
  key: string | null;
  diagnostics: Diagnostic[];
  /** Each diagnostic formatted by the engine, with its source excerpt and caret. */
  formatted: string[];
  /** r2: every example of the criteria (or of a concept set's concepts), judged, with its position. */
  examples: ExampleResult[];
  /** Milliseconds the check took. */
  ms: number;
  /** Length of the text that was checked (lets a test see which version is on screen). */
  chars: number;
  /** The file's tests, played, when the request asked for them and the file has no error. */
  tests?: TestOutcome[];
}

/** Checks one request on this thread, loading the checker on demand (where Web Workers are missing). */
export async function runCheck(req: CheckRequest): Promise<CheckResult> {
  const { checkNow } = await import('./check-core.ts');
  return checkNow(req);
}
