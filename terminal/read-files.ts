/** Expands FILE|DIR arguments into scenario files and reads them, turning every failure into a diagnostic. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticCode } from '../engine/diagnostics/codes.ts';
import type { Diagnostic } from '../engine/types.ts';

const MAX_BYTES = 10 * 1024 * 1024;

function problem(file: string, code: DiagnosticCode, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', code, message };
}

/** Files named by the arguments; a directory stands for every .yaml / .yml in it, sorted. */
export function expandScenarioArgs(args: string[]): { files: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch {
      diagnostics.push(problem(arg, 'RH002', 'no such file or directory'));
      continue;
    }
    if (st.isDirectory()) {
      const found = readdirSync(arg)
        .filter((f) => /\.ya?ml$/i.test(f))
        .sort();
      if (found.length === 0)
        diagnostics.push({ ...problem(arg, 'RH002', 'this directory holds no .yaml file'), severity: 'warning' });
      files.push(...found.map((f) => join(arg, f)));
    } else files.push(arg);
  }
  return { files, diagnostics };
}

/** The bytes of a scenario file, or a diagnostic saying why it cannot be read. */
export function readScenarioFile(path: string): { text: Uint8Array } | { diagnostic: Diagnostic } {
  try {
    const st = statSync(path);
    if (!st.isFile()) return { diagnostic: problem(path, 'RH002', 'this is not a regular file') };
    if (st.size > MAX_BYTES)
      return {
        diagnostic: problem(
          path,
          'RH003',
          `the file is ${(st.size / 1048576).toFixed(1)} MB; scenarios are limited to 10 MB`,
        ),
      };
    return { text: new Uint8Array(readFileSync(path)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      diagnostic: problem(
        path,
        'RH002',
        code === 'ENOENT'
          ? 'no such file'
          : code === 'EACCES'
            ? 'permission denied'
            : `cannot read the file (${code ?? 'error'})`,
      ),
    };
  }
}
