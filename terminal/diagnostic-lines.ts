/** How the terminal prints a diagnostic: the engine's formatter, with each count in the message worded ("1 space"). */
import { inEnglish } from '../app/diagnostic-words.ts';
import { formatDiagnostic as formatEngineDiagnostic } from '../engine/diagnostics/index.ts';
import type { Diagnostic } from '../engine/types.ts';

/** The diagnostic as `rehearse validate` and the other commands print it (with a source excerpt when given). */
export function formatDiagnostic(d: Diagnostic, source?: string, opts: { color?: boolean } = {}): string {
  return formatEngineDiagnostic(inEnglish(d), source, opts);
}
