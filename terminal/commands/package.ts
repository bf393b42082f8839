/**
 * `rehearse package FILE|DIR… --scorm12|--scorm2004|--cmi5 -o OUT.zip [--title T] [--send-responses]`:
 * a self-contained package of the web player for these scenarios, for an LMS (no network at run time).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { compileScenario, type CompiledScenario } from '../../engine/compile.ts';
import { formatDiagnostic } from '../diagnostic-lines.ts';
import { counted } from '../../app/plural.ts';
import { loadScenario, type ConceptSetLookup } from '../../engine/load/index.ts';
import type { PackageStandard } from '../../web/player/package-data.ts';
import { parseArgs } from '../args.ts';
import { conceptSetResolver } from '../bundled-sets.ts';
import { packageFiles } from '../package/package-files.ts';
import { expandScenarioArgs, readScenarioFile } from '../read-files.ts';

const USAGE =
  'Usage: rehearse package FILE|DIR… --scorm12|--scorm2004|--cmi5 -o OUT.zip [--title TITLE] [--send-responses]\n';
const err = (s: string) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);

/** The prebuilt player folder (dist/player), beside the CLI bundle or from the source tree. */
export function playerDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [
    env.REHEARSE_PLAYER_DIR,
    fileURLToPath(new URL('../player/', import.meta.url)),
    fileURLToPath(new URL('../../dist/player/', import.meta.url)),
  ];
  return candidates.find((d): d is string => !!d && existsSync(join(d, 'index.html'))) ?? null;
}

function readTree(dir: string, base = dir, out = new Map<string, Uint8Array>()): Map<string, Uint8Array> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readTree(path, base, out);
    else out.set(relative(base, path).split('\\').join('/'), new Uint8Array(readFileSync(path)));
  }
  return out;
}

/** Loads and checks the scenarios; prints every diagnostic; null when any has an error. */
function compileArgs(paths: string[], resolve: (path: string) => ConceptSetLookup): CompiledScenario[] | null {
  const { files, diagnostics } = expandScenarioArgs(paths);
  let ok = !diagnostics.some((d) => d.severity === 'error');
  for (const d of diagnostics) err(formatDiagnostic(d));
  const compiled: CompiledScenario[] = [];
  for (const file of files) {
    const read = readScenarioFile(file);
    if ('diagnostic' in read) {
      err(formatDiagnostic(read.diagnostic));
      ok = false;
      continue;
    }
    const source = new TextDecoder().decode(read.text);
    const { scenario, diagnostics: found } = loadScenario(read.text, file, { conceptSets: resolve(file) });
    for (const d of found.filter((x) => x.severity === 'error')) err(formatDiagnostic(d, source));
    if (!scenario) ok = false;
    else compiled.push(compileScenario(scenario, source, file));
  }
  const ids = new Set<string>();
  for (const c of compiled) {
    if (ids.has(c.scenario.id)) {
      err(`rehearse package: two files have the scenario id "${c.scenario.id}"; a package needs distinct ids`);
      ok = false;
    }
    ids.add(c.scenario.id);
  }
  return ok ? compiled : null;
}

/** Runs the command. */
export async function main(args: string[]): Promise<number> {
  const p = parseArgs(
    args.map((a) => (a === '-o' ? '--out' : a)),
    { flags: ['scorm12', 'scorm2004', 'cmi5', 'send-responses'], values: ['out', 'title'] },
  );
  if ('error' in p) return (err(`rehearse package: ${p.error}\n${USAGE}`), 2);
  const standards = (['scorm12', 'scorm2004', 'cmi5'] as const).filter((s) => p.flags.has(s));
  if (standards.length !== 1)
    return (err(`rehearse package: choose one of --scorm12, --scorm2004, --cmi5\n${USAGE}`), 2);
  const out = p.values.get('out');
  if (!out || !/\.zip$/i.test(out))
    return (err(`rehearse package: give the package's file with -o OUT.zip\n${USAGE}`), 2);
  if (!p.positional.length) return (err(`rehearse package: name the scenario files or folders\n${USAGE}`), 2);
  const dir = playerDir();
  if (!dir) return (err('rehearse package: the web player is not built; run `npm run build:player` first'), 2);
  const scenarios = compileArgs(p.positional, await conceptSetResolver());
  if (!scenarios) return (err('rehearse package: fix the errors above and try again; no package was written'), 1);
  if (!scenarios.length) return (err('rehearse package: no scenario to package'), 1);
  const standard: PackageStandard = standards[0]!;
  const files = packageFiles({
    standard,
    scenarios,
    player: readTree(dir),
    sendResponses: p.flags.has('send-responses'),
    ...(p.values.has('title') ? { title: p.values.get('title')! } : {}),
  });
  const zip = zipSync(Object.fromEntries(files), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  try {
    writeFileSync(out, zip);
  } catch (e) {
    return (err(`rehearse package: cannot write ${out}: ${(e as Error).message}`), 1);
  }
  const kb = (zip.length / 1024).toFixed(0);
  const ids = scenarios.map((c) => c.scenario.id).join(', ');
  process.stdout.write(
    `${out}: ${standard} package of ${counted('en', scenarios.length, 'scenario', 'scenarios')} (${ids}),` +
      ` ${counted('en', files.size, 'file', 'files')}, ${kb} KB\n`,
  );
  return 0;
}
