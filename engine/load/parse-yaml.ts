/**
 * Parses a scenario's YAML into a Document: with the fast reader (engine/load/fast) when the file
 * stays in the subset it supports, else with the `yaml` package. A drop-in for `parseDocument`:
 * both give the checker the same nodes, values, source ranges and line starts, so every
 * diagnostic is the same either way (tests/engine/fast-yaml.test.ts compares them).
 */
import { Document, parseDocument, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { Unsupported } from './fast/nodes.ts';
import { readFast } from './fast/reader.ts';

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/** Options that do not change the tree the fast reader builds (it never reports errors). */
const NEUTRAL: Record<string, (v: unknown) => boolean> = {
  lineCounter: () => true,
  prettyErrors: () => true,
  strict: () => true,
  uniqueKeys: () => true,
  keepSourceTokens: (v) => !v,
  stringKeys: (v) => !v,
};

/**
 * Which reader a text takes: 'fast', or the reason the fast reader hands it to `yaml` (e.g. "tab,
 * CR or control character" for a file saved with Windows line endings). For the benchmark and
 * debugging: it reads the text once more, so the loader does not call it.
 */
export function yamlReaderPath(text: string): 'fast' | { fallback: string } {
  try {
    readFast(text);
    return 'fast';
  } catch (e) {
    if (e instanceof Unsupported) return { fallback: e.reason };
    throw e;
  }
}

/** Like `yaml`'s parseDocument(text, options), but fast on the YAML scenario files are written in. */
export function parseScenarioYaml(
  text: string,
  options: Options = {},
  reader: 'fast' | 'full' = 'fast',
): Document.Parsed {
  if (reader === 'fast' && Object.entries(options).every(([k, v]) => NEUTRAL[k]?.(v) ?? v === undefined)) {
    let root;
    try {
      root = readFast(text);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
    if (root) {
      const lc = options.lineCounter;
      if (lc) {
        lc.addNewLine(0);
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
      }
      const doc = new Document();
      doc.contents = root as unknown as Document['contents'];
      return doc as Document.Parsed;
    }
  }
  return parseDocument(text, options);
}
