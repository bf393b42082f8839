/** `rehearse validate FILE|DIR… [--json]` — checks scenario and concept set files; exit 1 when any error was found. */
import { loadFile } from '../../engine/load/index.ts';
import { formatDiagnostic } from '../diagnostic-lines.ts';
import { counted } from '../../app/plural.ts';
import { inEnglish } from '../../app/diagnostic-words.ts';
import type { Diagnostic } from '../../engine/types.ts';
import { colorEnabled } from '../color.ts';
import { expandScenarioArgs, readScenarioFile } from '../read-files.ts';
import { conceptSetResolver } from '../bundled-sets.ts';

const USAGE = 'Usage: rehearse validate FILE|DIR… [--json]\n';

/** Runs the command. */
export async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const paths = args.filter((a) => a !== '--json');
  const unknown = paths.filter((a) => a.startsWith('-'));
  if (unknown.length || paths.length === 0) {
    process.stderr.write(unknown.length ? `rehearse validate: unknown option ${unknown[0]}\n${USAGE}` : USAGE);
    return 2;
  }
  const color = !json && colorEnabled(process.env, process.stdout);
  // Arguments are handled in the order given: a missing file is reported where it was named.
  const expanded = paths.map((p) => expandScenarioArgs([p]));
  const files = expanded.flatMap((e) => e.files);
  const all: Diagnostic[] = [];
  const setsFor = await conceptSetResolver();
  const out: string[] = [];
  for (const item of expanded.flatMap((e) => [
    ...e.diagnostics.map((d) => ({ d })),
    ...e.files.map((file) => ({ file })),
  ])) {
    if ('d' in item) {
      all.push(item.d);
      out.push(formatDiagnostic(item.d, undefined, { color }));
      continue;
    }
    const file = item.file;
    const read = readScenarioFile(file);
    if ('diagnostic' in read) {
      all.push(read.diagnostic);
      out.push(formatDiagnostic(read.diagnostic, undefined, { color }));
      continue;
    }
    const { diagnostics } = loadFile(read.text, file, { conceptSets: setsFor(file) });
    all.push(...diagnostics);
    if (!json && diagnostics.length) {
      const source = new TextDecoder().decode(read.text);
      for (const d of diagnostics) out.push(formatDiagnostic(d, source, { color }));
    }
  }
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  if (json)
    process.stdout.write(
      `${JSON.stringify(
        all.map(inEnglish).map(({ detail: _data, ...d }) => d),
        null,
        2,
      )}\n`,
    );
  else if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  const checked = counted('en', files.length, 'file', 'files');
  const found = `${counted('en', errors, 'error', 'errors')}, ${counted('en', warnings, 'warning', 'warnings')}`;
  process.stderr.write(`${checked} checked: ${found}\n`);
  return errors > 0 ? 1 : 0;
}
