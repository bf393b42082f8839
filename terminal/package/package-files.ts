/**
 * The files of a package: the prebuilt web player (dist/player), one launch page and one scenario
 * script per scenario, package.js, and the manifest of the chosen standard. Pure: the player's
 * files come in, the package's files go out (zipped by the command with fflate).
 */
import { contentHash, playableScenario, type CompiledScenario } from '../../engine/compile.ts';
import { DEFAULT_ACTIVITY_BASE } from '../../app/xapi/profile.ts';
import { scenarioActivityId } from '../../app/xapi/statements.ts';
import {
  PACKAGE_GLOBAL,
  SCENARIO_META,
  type PackageData,
  type PackageStandard,
} from '../../web/player/package-data.ts';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest, xml, type ManifestInput } from './manifests.ts';

/** What to package. */
export interface PackageRequest {
  standard: PackageStandard;
  scenarios: CompiledScenario[];
  /** The prebuilt player: relative path → bytes (index.html and assets/…). */
  player: Map<string, Uint8Array>;
  title?: string;
  sendResponses?: boolean;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const keyOf = (id: string) => id.replace(/[^A-Za-z0-9_.-]/g, '_');

function launchPage(template: string, c: CompiledScenario): string {
  const id = c.scenario.id;
  const head = `<meta name="${SCENARIO_META}" content="${xml(id)}" />
    <script src="package.js"></script>
    <script src="scenarios/${encodeURIComponent(keyOf(id))}.js"></script>
    `;
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${c.scenario.locale}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${xml(c.scenario.title)}</title>`)
    .replace(/(<script type="module")/, `${head}$1`);
}

/** The package's files, manifest included, by path. */
export function packageFiles(req: PackageRequest): Map<string, Uint8Array> {
  const template = req.player.get('index.html');
  if (!template) throw new Error('the player has no index.html (run `npm run build:player`)');
  const out = new Map<string, Uint8Array>();
  const shared = ['package.js'];
  for (const [path, bytes] of req.player) {
    if (path === 'index.html') continue;
    out.set(path, bytes);
    shared.push(path);
  }
  const data: Omit<PackageData, 'scenarios'> = { standard: req.standard, sendResponses: req.sendResponses === true };
  out.set(
    'package.js',
    utf8(`var p = (window.${PACKAGE_GLOBAL} = window.${PACKAGE_GLOBAL} || { scenarios: {} });
Object.assign(p, ${JSON.stringify(data)});
`),
  );
  const own: Record<string, string[]> = {};
  const html = new TextDecoder().decode(template);
  for (const c of req.scenarios) {
    const key = keyOf(c.scenario.id);
    const script = `scenarios/${key}.js`;
    const json = JSON.stringify(JSON.stringify({ hash: c.hash, scenario: playableScenario(c.scenario) }));
    const slot = `(window.${PACKAGE_GLOBAL} = window.${PACKAGE_GLOBAL} || { scenarios: {} }).scenarios`;
    out.set(script, utf8(`${slot}[${JSON.stringify(c.scenario.id)}] = JSON.parse(${json});\n`));
    out.set(`${key}.html`, utf8(launchPage(html, c)));
    own[key] = [`${key}.html`, script];
  }
  const manifest = manifestInput(req, shared, own);
  if (req.standard === 'scorm12') out.set('imsmanifest.xml', utf8(scorm12Manifest(manifest)));
  else if (req.standard === 'scorm2004') out.set('imsmanifest.xml', utf8(scorm2004Manifest(manifest)));
  else out.set('cmi5.xml', utf8(cmi5CourseStructure(manifest)));
  return out;
}

function manifestInput(req: PackageRequest, shared: string[], own: Record<string, string[]>): ManifestInput {
  const hash = contentHash(req.scenarios.map((c) => c.hash).join(' '));
  const first = req.scenarios[0]!.scenario;
  return {
    id: `rehearse-${hash}`,
    title: req.title ?? (req.scenarios.length === 1 ? first.title : `Rehearse: ${req.scenarios.length} scenarios`),
    courseId: `${DEFAULT_ACTIVITY_BASE}packages/${hash}`,
    items: req.scenarios.map((c) => {
      const key = keyOf(c.scenario.id);
      return {
        key,
        title: c.scenario.title,
        ...(c.scenario.summary ? { description: c.scenario.summary } : {}),
        locale: c.scenario.locale,
        href: `${key}.html`,
        activityId: scenarioActivityId(c.scenario, {}),
      };
    }),
    shared,
    own,
  };
}
