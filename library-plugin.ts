/**
 * Vite plugin: `import library from 'virtual:rehearse-library'` gives the bundled scenarios of
 * scenarios/*.yaml, checked by the engine at build time and shipped in their compiled JSON form,
 * so neither the browser nor the terminal parses YAML to play. A scenario with errors is left out
 * with a warning (one broken file must not stop the app); `npm test` runs `rehearse validate
 * scenarios`, which fails on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenario } from './engine/load/index.ts';
import { formatDiagnostic } from './engine/diagnostics/index.ts';
import { compileScenario, type CompiledScenario } from './engine/compile.ts';

const ID = 'virtual:rehearse-library';
const RESOLVED = `\0${ID}`;

/** Checks and compiles every scenario of a folder; errors are formatted diagnostics. */
export function compileLibrary(dir: string): { library: CompiledScenario[]; errors: string[]; files: string[] } {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const library: CompiledScenario[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const source = readFileSync(path, 'utf8');
    const { scenario, diagnostics } = loadScenario(source, `scenarios/${file}`);
    if (!scenario) {
      errors.push(
        diagnostics
          .filter((d) => d.severity === 'error')
          .map((d) => formatDiagnostic(d, source))
          .join('\n'),
      );
      continue;
    }
    library.push(compileScenario(scenario, source, file));
  }
  return { library, errors, files: files.map((f) => join(dir, f)) };
}

/** The plugin; `dir` defaults to scenarios/ beside this file. */
export function rehearseLibrary(dir = resolve(import.meta.dirname, 'scenarios')): Plugin {
  return {
    name: 'rehearse-library',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { library, errors, files } = compileLibrary(dir);
      for (const f of files) this.addWatchFile(f);
      if (errors.length) this.warn(`scenario files with errors were left out of the library:\n${errors.join('\n')}`);
      // JSON.parse of a string literal starts faster than the same object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(library))});`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      const reload = (file: string) => {
        if (!file.startsWith(dir)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
