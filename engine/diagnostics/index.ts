/** Diagnostics: the stable codes and the one formatter that the terminal and the web preview share. */
export { DIAGNOSTIC_CODES, type CodeInfo } from './codes.ts';
export { formatDiagnostic, diagnosticHeader } from './format.ts';
