import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const engine = fileURLToPath(new URL('../../engine/', import.meta.url));
const app = fileURLToPath(new URL('../../app/', import.meta.url));
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? sources(join(dir, f)) : /\.(ts|tsx|js|mjs)$/.test(f) ? [join(dir, f)] : [],
  );

const SCREEN_PACKAGES = ['react', 'react-dom', 'ink', 'zustand'];
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]!]));
const DOM_GLOBALS = [
  'document',
  'window',
  'localStorage',
  'sessionStorage',
  'navigator',
  'indexedDB',
  'location',
  'process',
  'Buffer',
  'require',
  '__dirname',
];

/** The text with comments and string contents blanked, so only code is scanned for globals. */
function codeOnly(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, '""');
}

/** Module specifiers a source imports: static, re-exports, dynamic import() and require(). */
export function importsOf(src: string): string[] {
  const out: string[] = [];
  const noComments = src.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  for (const re of [
    /\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ]) {
    for (const m of noComments.matchAll(re)) out.push(m[1]!);
  }
  return out;
}

/** What is wrong with one engine source: screen packages, node built-ins, DOM / Node globals. */
export function impurities(src: string, allowed: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const spec of importsOf(src)) {
    const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
    if (allowed.includes(spec)) continue;
    if (SCREEN_PACKAGES.includes(pkg)) problems.push(`imports ${spec}`);
    else if (spec.startsWith('node:') || BUILTINS.has(pkg)) problems.push(`imports the node built-in ${spec}`);
  }
  const code = codeOnly(src);
  for (const g of DOM_GLOBALS) {
    // a global used as such: not a property (`.window`), not a key (`window:`), not part of a longer name
    if (new RegExp(`(?<![\\w$.])${g}(?![\\w$])(?!\\s*:(?!:))`).test(code)) problems.push(`uses the global ${g}`);
  }
  return problems;
}

describe('the scanner', () => {
  it('finds each kind of impurity in a sample', () => {
    expect(impurities(`import { useState } from 'react';`)).toEqual(['imports react']);
    expect(impurities(`import { render } from 'ink';\nexport { x } from "zustand/vanilla";`)).toEqual([
      'imports ink',
      'imports zustand/vanilla',
    ]);
    expect(impurities(`import type { Root } from 'react-dom/client';`)).toEqual(['imports react-dom/client']);
    expect(impurities(`import { readFileSync } from 'node:fs';`)).toEqual(['imports the node built-in node:fs']);
    expect(
      impurities(
        `import * as path from 'path';\nconst c = await import('crypto');\nconst cp = require('child_process');\nimport 'os';`,
      ),
    ).toEqual([
      'imports the node built-in path',
      'imports the node built-in os',
      'imports the node built-in crypto',
      'imports the node built-in child_process',
      'uses the global require',
    ]);
    expect(impurities(`const w = window.innerWidth;`)).toEqual(['uses the global window']);
    expect(impurities(`localStorage.setItem('k', v); if (navigator.onLine) document.title = 'x';`)).toEqual([
      'uses the global document',
      'uses the global localStorage',
      'uses the global navigator',
    ]);
    expect(impurities(`const env = process.env.NODE_ENV;`)).toEqual(['uses the global process']);
  });
  it('is not fooled by comments, strings, properties, keys or longer names', () => {
    expect(
      impurities(
        `/** reads the document */\n// window\nconst s = "the window"; const o = { document: 1 }; x.navigator; const windowSize = 2; import { parse } from 'yaml'; import { a } from './path.ts';`,
      ),
    ).toEqual([]);
  });
});

describe('the engine is pure', () => {
  const files = sources(engine);
  it('scans every engine source', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.map((f) => relative(engine, f))).toEqual(
      expect.arrayContaining(['types.ts', 'load/index.ts', 'session/step.ts', 'text/analyse.ts']),
    );
  });
  it('nothing under engine/ imports react, react-dom, ink, zustand or a node built-in, nor uses DOM / Node globals', () => {
    const found = files.flatMap((f) => impurities(readFileSync(f, 'utf8')).map((p) => `${relative(engine, f)}: ${p}`));
    expect(found).toEqual([]);
  });
  it('its only packages are the YAML parser and the stemmers', () => {
    const pkgs = new Set(files.flatMap((f) => importsOf(readFileSync(f, 'utf8'))).filter((s) => !s.startsWith('.')));
    expect([...pkgs].sort()).toEqual(['@orama/stemmers/french', 'porter2', 'yaml']);
  });
});

describe('app/, shared by both screens, is platform-neutral', () => {
  const files = sources(app);
  it('scans every app source', () => {
    expect(files.map((f) => relative(app, f))).toEqual(
      expect.arrayContaining(['session-store.ts', 'progress.ts', 'persistence.ts', 'drill.ts']),
    );
  });
  it('imports no React, Ink, node built-in nor the React binding of zustand (zustand/vanilla only), no DOM global', () => {
    const found = files.flatMap((f) =>
      impurities(readFileSync(f, 'utf8'), ['zustand/vanilla']).map((p) => `${relative(app, f)}: ${p}`),
    );
    expect(found).toEqual([]);
  });
  it('the scanner would catch a node: import, a React import or a window global in app/', () => {
    const src = "import { readFileSync } from 'node:fs';\nimport { useStore } from 'zustand';\nwindow.x = 1;";
    expect(impurities(src, ['zustand/vanilla'])).toEqual([
      'imports the node built-in node:fs',
      'imports zustand',
      expect.stringContaining('window'),
    ]);
  });
});
