/** What a package's own scripts give the player: the standard, and the scenario this launch page plays. */
import type { Scenario } from '../../engine/types.ts';

/** The LMS standards a package targets. */
export type PackageStandard = 'scorm12' | 'scorm2004' | 'cmi5';

/** One packaged scenario: its compiled form's hash and the scenario. */
export interface PackagedScenario {
  hash: string;
  scenario: Scenario;
}

/** `window.__REHEARSE_PACKAGE__`, set by package.js and scenarios/<id>.js. */
export interface PackageData {
  standard: PackageStandard;
  /** Put typed answers into cmi5 statements' result.response (the organisation's choice when packaging). */
  sendResponses?: boolean;
  scenarios: Record<string, PackagedScenario>;
}

/** The global the package scripts write to. */
export const PACKAGE_GLOBAL = '__REHEARSE_PACKAGE__';

/** The meta element naming the scenario of a launch page. */
export const SCENARIO_META = 'rehearse-scenario';

/** The package data and the scenario of this page, or what is missing. */
export function readPackage(
  win: Window,
  doc: Document,
): { data: PackageData; entry: PackagedScenario } | { error: string } {
  const data = (win as unknown as Record<string, PackageData | undefined>)[PACKAGE_GLOBAL];
  const id = doc.querySelector<HTMLMetaElement>(`meta[name="${SCENARIO_META}"]`)?.content;
  if (!data || !data.scenarios) return { error: 'this page is not part of a Rehearse package (package.js is missing)' };
  const entry = id ? data.scenarios[id] : undefined;
  if (!entry) return { error: `this package has no scenario "${id ?? ''}"` };
  return { data, entry };
}
