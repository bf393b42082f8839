/**
 * `rehearse test FILE|DIR…` — runs every scenario's `tests:` and every example (r2) of its criteria
 * and of the concept sets' concepts, and prints one line per test (`✓ scenario › name`, or `✗` with
 * the reasons) and per criterion's examples, then exactly `N passed, N failed` — each example counts
 * as a test. Exit codes: 0 all passed, 1 a test failed or a file does not load, 2 bad arguments.
 */
import { formatDiagnostic } from '../diagnostic-lines.ts';
import type { ExampleResult } from '../../engine/examples.ts';
import { loadFile } from '../../engine/load/index.ts';
import { runTests } from '../../engine/testing.ts';
import { conceptSetResolver } from '../bundled-sets.ts';
import { expandScenarioArgs, readScenarioFile } from '../read-files.ts';

/** Prints the examples of each criterion (in file order) as one line; returns [passed, failed], counting each example. */
function reportExamples(
  id: string,
  file: string,
  examples: ExampleResult[],
  out: (s: string) => void,
): [number, number] {
  const groups = new Map<string, ExampleResult[]>();
  for (const e of examples) {
    const key = `${e.node ?? ''}\u0000${e.criterion}`;
    const g = groups.get(key);
    if (g) g.push(e);
    else groups.set(key, [e]);
  }
  let passed = 0;
  for (const group of groups.values()) {
    const bad = group.filter((e) => !e.ok);
    passed += group.length - bad.length;
    const count = (k: 'yes' | 'no') => group.filter((e) => e.kind === k).length;
    out(
      `${bad.length ? '✗' : '✓'} ${id} › examples of ${group[0]!.criterion}: ${count('yes')} yes, ${count('no')} no\n`,
    );
    for (const e of bad) out(`    ${file}:${e.line}:${e.column}: ${JSON.stringify(e.text)}: ${e.message}\n`);
  }
  return [passed, examples.length - passed];
}

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
  const setsFor = await conceptSetResolver();
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
    const loaded = loadFile(read.text, file, { conceptSets: setsFor(file) });
    const id = loaded.scenario?.id ?? loaded.conceptSet?.id;
    if (id === undefined) {
      const text = new TextDecoder().decode(read.text);
      out(`✗ ${file} › does not load\n`);
      for (const d of loaded.diagnostics)
        if (d.severity === 'error') out(`${formatDiagnostic(d, text).replace(/^/gm, '    ')}\n`);
      failed++;
      continue;
    }
    for (const r of loaded.scenario ? runTests(loaded.scenario) : []) {
      out(`${r.ok ? '✓' : '✗'} ${id} › ${r.name}\n`);
      for (const f of r.failures) out(`    ${f}\n`);
      if (r.ok) passed++;
      else failed++;
    }
    const [p, f] = reportExamples(id, file, loaded.examples, out);
    passed += p;
    failed += f;
  }
  out(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}
