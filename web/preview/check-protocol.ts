/** Messages between the preview and its checker (a Web Worker, or the page itself where workers are missing). */
import type { Diagnostic, Scenario } from '../../engine/types.ts';

/** A request to check one version of the source. */
export interface CheckRequest {
  id: number;
  text: string;
  file: string;
}

/** The checker's answer for one version. */
export interface CheckResult {
  id: number;
  scenario: Scenario | null;
  diagnostics: Diagnostic[];
  /** Each diagnostic formatted by the engine, with its source excerpt and caret. */
  formatted: string[];
  /** Milliseconds the check took. */
  ms: number;
}

/** Checks one request with the engine's loader (the same code runs in the worker and in the fallback). */
export async function runCheck(req: CheckRequest): Promise<CheckResult> {
  const [{ loadScenario }, { formatDiagnostic }] = await Promise.all([import('../../engine/load/index.ts'), import('../../engine/diagnostics/index.ts')]);
  const t0 = performance.now();
  const { scenario, diagnostics } = loadScenario(req.text, req.file);
  const formatted = diagnostics.map((d) => formatDiagnostic(d, req.text));
  return { id: req.id, scenario, diagnostics, formatted, ms: performance.now() - t0 };
}
