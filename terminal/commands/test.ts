/**
 * `rehearse test FILE|DIR…` — runs every scenario's `tests:` and prints one line per test
 * (`✓ scenario › name`, or `✗` with the reasons), then exactly `N passed, N failed`.
 * Exit codes: 0 all passed, 1 a test failed or a scenario does not load, 2 bad arguments.
 */
import { formatDiagnostic } from '../../engine/diagnostics/index.ts';
import { loadScenario } from '../../engine/load/index.ts';
import { runTests } from '../../engine/testing.ts';
import { expandScenarioArgs, readScenarioFile } from '../read-files.ts';

/** Runs the command; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
  const bad = args.find((a) => a.startsWith('-'));
  if (bad || !args.length) {
    process.stderr.write(
      `rehearse test: ${bad ? `unknown option ${bad}` : 'name at least one scenario FILE or folder'}\nusage: rehearse test FILE|DIR…\n`,
    );
    return 2;
  }
  const { files, diagnostics: found } = expandScenarioArgs(args);
  let passed = 0;
  let failed = 0;
  for (const d of found) {
    process.stderr.write(`${formatDiagnostic(d)}\n`);
    if (d.severity === 'error') failed++;
  }
  for (const file of files) {
    const read = readScenarioFile(file);
    if ('diagnostic' in read) {
      process.stderr.write(`${formatDiagnostic(read.diagnostic)}\n`);
      failed++;
      continue;
    }
    const text = new TextDecoder().decode(read.text);
    const { scenario, diagnostics } = loadScenario(read.text, file);
    if (!scenario) {
      out(`✗ ${file} › does not load\n`);
      for (const d of diagnostics)
        if (d.severity === 'error') out(`${formatDiagnostic(d, text).replace(/^/gm, '    ')}\n`);
      failed++;
      continue;
    }
    for (const r of runTests(scenario)) {
      out(`${r.ok ? '✓' : '✗'} ${scenario.id} › ${r.name}\n`);
      for (const f of r.failures) out(`    ${f}\n`);
      if (r.ok) passed++;
      else failed++;
    }
  }
  out(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}
