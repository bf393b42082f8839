/**
 * Vite plugin for the trainee's app: the bundled library split for a small first load.
 * `virtual:rehearse-catalog` gives what the library screen shows of each scenario, and a
 * `load()` that imports that one scenario's compiled form (its own chunk) when it is opened.
 * Scenarios are compiled by library-plugin.ts's `compileLibrary` (the engine's loader), which also
 * gives `virtual:rehearse-concept-sets`, the shared concept sets the trainer preview resolves `use:` with.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  compileLibrary,
  conceptSetsModule,
  CONCEPT_SETS_ID,
  jsonModule,
  lazyDefault,
  type CompiledLibrary,
} from '../../library-plugin.ts';
import { scenarioMeta } from '../library/meta.ts';
import { playableScenario, splitPhrases } from '../../engine/compile.ts';

const CATALOG = 'virtual:rehearse-catalog';
const ONE = 'virtual:rehearse-scenario/';
const PHRASES = 'virtual:rehearse-phrases/';
const LATER = resolve(import.meta.dirname, '../../app/scenario-phrases.ts');

/** The plugin; `dir` defaults to the repository's scenarios/ folder. */
export function rehearseCatalog(dir = resolve(import.meta.dirname, '../../scenarios')): Plugin {
  let cache: Promise<CompiledLibrary> | null = null;
  let serving = false;
  const compiled = () => (cache ??= Promise.resolve().then(() => compileLibrary(dir)));
  return {
    name: 'rehearse-catalog',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      cache = null;
    },
    resolveId(id) {
      if (id === CATALOG || id.startsWith(ONE) || id.startsWith(PHRASES) || id === CONCEPT_SETS_ID) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (id === `\0${CONCEPT_SETS_ID}`) return conceptSetsModule((await compiled()).sets); // the preview's bundled sets
      if (id === `\0${CATALOG}`) {
        const { library, errors, files } = await compiled();
        for (const f of files) this.addWatchFile(f);
        if (errors.length) {
          const message = `scenario library has errors:\n${errors.join('\n')}`;
          if (serving) this.warn(message);
          else this.error(message);
        }
        const entries = library.map(
          (c) =>
            `{ ...${JSON.stringify(scenarioMeta(c.scenario))}, hash: ${JSON.stringify(c.hash)}, load: ${lazyDefault(ONE + c.hash)} }`,
        );
        return `export default [\n${entries.join(',\n')}\n];`;
      }
      const part = id.startsWith(`\0${ONE}`) ? ONE : id.startsWith(`\0${PHRASES}`) ? PHRASES : null;
      if (part) {
        const hash = id.slice(part.length + 1);
        const c = (await compiled()).library.find((x) => x.hash === hash);
        if (!c) return this.error(`no scenario with hash ${hash}`);
        // tests and examples are for `rehearse test` and the preview; the phrases come with the answer checker
        const { scenario, phrases } = splitPhrases(playableScenario(c.scenario));
        if (part === PHRASES) return jsonModule(phrases);
        return (
          `import { registerPhrases } from ${JSON.stringify(LATER)};\n` +
          `export default registerPhrases(JSON.parse(${JSON.stringify(JSON.stringify(scenario))}), ` +
          `${lazyDefault(PHRASES + hash)});`
        );
      }
      return undefined;
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(dir)) return;
        cache = null;
        for (const m of server.moduleGraph.idToModuleMap.values())
          if ([CATALOG, ONE, PHRASES, CONCEPT_SETS_ID].some((x) => m.id?.startsWith(`\0${x}`)))
            server.moduleGraph.invalidateModule(m);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
