import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, diagnosticHeader } from '../../engine/diagnostics/index.ts';
import { chainConceptSets, loadFile } from '../../engine/load/index.ts';
import { folderConceptSets } from '../../terminal/folder-sets.ts';

const doc = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
const dir = new URL('../fixtures/invalid/', import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
/** As `rehearse validate` finds shared concept sets: next to the file, then in the bundled library. */
const conceptSets = chainConceptSets(
  folderConceptSets('tests/fixtures/invalid'),
  folderConceptSets(new URL('../../scenarios/', import.meta.url).pathname),
);

describe('docs/diagnostics.md', () => {
  it('documents every code of engine/diagnostics/codes.ts, with its name and severity', () => {
    const missing = Object.entries(DIAGNOSTIC_CODES)
      .filter(([code, i]) => !doc.includes(`\n## ${code} ${i.name} (${i.severity})\n`))
      .map(([c]) => c);
    expect(missing).toEqual([]);
  });
  it('documents no code that codes.ts does not have', () => {
    const documented = [...doc.matchAll(/^## (RH\d{3}) /gm)].map((m) => m[1]);
    expect(documented).toEqual(Object.keys(DIAGNOSTIC_CODES));
  });
  it('has an example file for every code a file can give (all but RH000 and RH003, which is 10 MB)', () => {
    const withFile = new Set(fixtures.map((f) => f.slice(0, 5)));
    expect(Object.keys(DIAGNOSTIC_CODES).filter((c) => !withFile.has(c))).toEqual(['RH000', 'RH003']);
  });
  it.each(fixtures)('%s gives exactly its code, and the page shows what the checker prints for it', (f) => {
    const bytes = new Uint8Array(readFileSync(new URL(f, dir)));
    const { diagnostics } = loadFile(bytes, `tests/fixtures/invalid/${f}`, { conceptSets });
    expect(diagnostics.map((d) => d.code)).toEqual([f.slice(0, 5)]);
    // if this fails after a message change: npx tsx tests/fixtures/invalid/diagnostics-doc.ts > docs/diagnostics.md
    expect(doc).toContain(`\n${diagnosticHeader(diagnostics[0]!)}\n`);
  });
  it('tells how to set up the editor', () => {
    expect(doc).toContain('# yaml-language-server: $schema=./scenario.schema.json');
    expect(doc).toMatch(/YAML.*Red Hat/);
    expect(doc).toContain('redhat.vscode-yaml');
  });
});
