/**
 * Vite plugin: `import library from 'virtual:rehearse-library'` gives an index of the bundled scenarios of
 * scenarios/*.yaml, each loading on demand (and `virtual:rehearse-concept-sets` the shared concept sets beside them),
 * checked by the engine at build time and shipped in their compiled JSON form,
 * so neither the browser nor the terminal parses YAML to play. A scenario with errors is left out
 * with a warning (one broken file must not stop the app); `npm test` runs `rehearse validate
 * scenarios`, which fails on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadFile } from './engine/load/index.ts';
import { formatDiagnostic } from './engine/diagnostics/index.ts';
import { compileScenario, playableScenario, type CompiledScenario } from './engine/compile.ts';
import type { ConceptSet } from './engine/types.ts';
import { folderConceptSets } from './terminal/folder-sets.ts';
import { drillPool, itemCompetencies } from './app/drill.ts';

const ID = 'virtual:rehearse-library';
const RESOLVED = `\0${ID}`;
/** `import sets from 'virtual:rehearse-concept-sets'`: the library's shared concept sets (r2), checked. */
export const CONCEPT_SETS_ID = 'virtual:rehearse-concept-sets';

/** What a library folder compiles to: its scenarios, its concept sets, and the formatted errors of files left out. */
export interface CompiledLibrary {
  library: CompiledScenario[];
  sets: ConceptSet[];
  errors: string[];
  files: string[];
}

/** Checks and compiles every scenario and concept set of a folder (sets are looked up in the same folder). */
export function compileLibrary(dir: string): CompiledLibrary {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const library: CompiledScenario[] = [];
  const sets: ConceptSet[] = [];
  const errors: string[] = [];
  const conceptSets = folderConceptSets(dir);
  for (const file of files) {
    const path = join(dir, file);
    const source = readFileSync(path, 'utf8');
    const loaded = loadFile(source, `scenarios/${file}`, { conceptSets });
    if (loaded.kind === 'concepts' && loaded.conceptSet) sets.push(loaded.conceptSet);
    else if (loaded.scenario) library.push(compileScenario(loaded.scenario, source, file));
    else
      errors.push(
        loaded.diagnostics
          .filter((d) => d.severity === 'error')
          .map((d) => formatDiagnostic(d, source))
          .join('\n'),
      );
  }
  return { library, sets, errors, files: files.map((f) => join(dir, f)) };
}

/** The module text of `virtual:rehearse-concept-sets`. */
export function conceptSetsModule(sets: ConceptSet[]): string {
  return jsonModule(sets);
}

/**
 * The text of a module whose default export is `value`: JSON.parse of a string literal starts faster than the
 * same object literal.
 */
export function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
}

/** The source of a function that imports module `id` and gives its default export: a chunk loaded on demand. */
export function lazyDefault(id: string): string {
  return `() => import(${JSON.stringify(id)}).then((m) => m.default)`;
}

/**
 * The module text of `virtual:rehearse-library`: an index of the scenarios (`LibraryIndexEntry`, what the picker
 * and the drill's choice read) whose `load()` imports that one scenario's compiled form, its own chunk.
 */
export function libraryIndexModule(library: CompiledScenario[]): string {
  const entries = library.map((c) => {
    const s = c.scenario;
    const facts = {
      hash: c.hash,
      file: c.file,
      id: s.id,
      title: s.title,
      locale: s.locale,
      setting: s.setting,
      ...(s.minutes !== undefined && { minutes: s.minutes }),
      drills: drillPool([c]).map((item) => ({ node: item.node, competencies: itemCompetencies(item) })),
    };
    return `{ ...${JSON.stringify(facts)}, load: ${lazyDefault(`${ID}/${c.hash}`)} }`;
  });
  return `export default [\n${entries.join(',\n')}\n];`;
}

/** A plugin that only gives `virtual:rehearse-concept-sets` (for the preview's checker, a Web Worker bundled apart). */
export function rehearseConceptSets(dir = resolve(import.meta.dirname, 'scenarios')): Plugin {
  return {
    name: 'rehearse-concept-sets',
    resolveId: (id) => (id === CONCEPT_SETS_ID ? `\0${CONCEPT_SETS_ID}` : undefined),
    load: (id) => (id === `\0${CONCEPT_SETS_ID}` ? conceptSetsModule(compileLibrary(dir).sets) : undefined),
  };
}

/** The plugin; `dir` defaults to scenarios/ beside this file. */
export function rehearseLibrary(dir = resolve(import.meta.dirname, 'scenarios')): Plugin {
  let cached: CompiledLibrary | null = null; // one compile per build for both modules
  const compiled = () => (cached ??= compileLibrary(dir));
  return {
    name: 'rehearse-library',
    buildStart() {
      cached = null;
    },
    resolveId(id) {
      if (id === CONCEPT_SETS_ID) return `\0${CONCEPT_SETS_ID}`;
      if (id.startsWith(`${ID}/`)) return `\0${id}`;
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id === `\0${CONCEPT_SETS_ID}`) return conceptSetsModule(compiled().sets);
      if (id.startsWith(`${RESOLVED}/`)) {
        const hash = id.slice(RESOLVED.length + 1);
        const c = compiled().library.find((x) => x.hash === hash);
        if (!c) return this.error(`no scenario with hash ${hash}`);
        // play and drill read neither the files' tests nor the criteria's examples (rehearse test reads the files)
        return jsonModule({ ...c, scenario: playableScenario(c.scenario) });
      }
      if (id !== RESOLVED) return undefined;
      const { library, errors, files } = compiled();
      for (const f of files) this.addWatchFile(f);
      if (errors.length) this.warn(`scenario files with errors were left out of the library:\n${errors.join('\n')}`);
      return libraryIndexModule(library);
    },
    configureServer(server) {
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!file.startsWith(dir)) return;
        cached = null;
        for (const m of server.moduleGraph.idToModuleMap.values())
          if ([RESOLVED, `\0${CONCEPT_SETS_ID}`].some((x) => m.id?.startsWith(x)))
            server.moduleGraph.invalidateModule(m);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
