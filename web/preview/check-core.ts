/** The check itself: the engine's loader and formatter on one version of the source (runs in the worker). */
import sets from 'virtual:rehearse-concept-sets';
import { contentHash } from '../../engine/compile.ts';
import { formatDiagnostic } from '../../engine/diagnostics/index.ts';
import { conceptSetsOf, loadFile } from '../../engine/load/index.ts';
import { runTests } from '../../engine/testing.ts';
import type { CheckRequest, CheckResult } from './check-protocol.ts';

/** The bundled library's shared concept sets (r2): what `use:` finds in the preview. */
const conceptSets = conceptSetsOf(sets);

/** Loads and checks the text; never throws on a trainer's mistake (the loader does not). */
export function checkNow(req: CheckRequest): CheckResult {
  const t0 = performance.now();
  const { scenario, diagnostics, examples } = loadFile(req.text, req.file, { conceptSets });
  const formatted = diagnostics.map((d) => formatDiagnostic(d, req.text));
  const key = scenario ? contentHash(JSON.stringify(scenario)) : null;
  const tests =
    req.tests && scenario
      ? runTests(scenario).map(({ name, ok, failures, detail }) => ({ name, ok, failures, detail }))
      : undefined;
  const send = key !== null && key === req.prevKey ? null : scenario; // the page has it: spare the copy
  return {
    id: req.id,
    scenario: send,
    key,
    diagnostics,
    formatted,
    examples,
    ms: performance.now() - t0,
    chars: req.text.length,
    ...(tests ? { tests } : {}),
  };
}
