/** Builds a shared concept set (r2) from a file's top level: format 1, `kind: concepts`, id, locale, concepts. */
import { conceptCriterion } from '../examples.ts';
import type { ConceptSet } from '../types.ts';
import { record } from '../util.ts';
import type { Collected } from './collect.ts';
import { LoadContext, type Node } from './context.ts';
import { checkFormat, LOCALES, oneOf, readConcepts, readFileId } from './build-top.ts';
import { checkId, readMap, readText } from './read.ts';
import { readExamples, readUse } from './read-r2.ts';

const SET_KEYS = ['format', 'kind', 'id', 'locale', 'title', 'description', 'use', 'concepts', 'examples'] as const;
const REQUIRED = ['format', 'kind', 'id', 'locale', 'concepts'] as const;

/** Reads a concept set; an `examples` key that names no concept is RH024 (checked once `use` is resolved). */
export function buildConceptSet(ctx: LoadContext, root: Node | null, found: Collected): ConceptSet {
  const set: ConceptSet = {
    format: 1,
    kind: 'concepts',
    id: '',
    locale: 'fr',
    use: [],
    concepts: record(),
    examples: record(),
  };
  const f = readMap(ctx, root, 'the concept set', SET_KEYS, REQUIRED);
  if (!f) return set;
  const v = (k: string) => f.get(k)?.value ?? null;
  if (f.has('format')) checkFormat(ctx, v('format'), f.get('format')!.key);
  if (f.has('id')) set.id = readFileId(ctx, v('id')) ?? '';
  if (f.has('locale')) set.locale = (oneOf(ctx, v('locale'), 'locale', LOCALES) ?? 'fr') as ConceptSet['locale'];
  for (const k of ['title', 'description'] as const)
    if (f.has(k)) {
      const t = readText(ctx, v(k), k);
      if (t !== undefined) set[k] = t;
    }
  if (f.has('concepts')) set.concepts = readConcepts(ctx, v('concepts'), found);
  if (f.has('use')) set.use = readUse(ctx, v('use'), found);
  if (f.has('examples')) readSetExamples(ctx, v('examples'), f.get('examples')!.key, set, found);
  return set;
}

/** `examples:` of a set — concept name → `{ yes, no }`; the criterion is completed once the concepts are merged. */
function readSetExamples(ctx: LoadContext, n: Node | null, key: Node, set: ConceptSet, found: Collected): void {
  const f = readMap(ctx, n, 'examples', null, [], key);
  if (!f) return;
  for (const [name, { key: k, value }] of f) {
    if (!checkId(ctx, name, k, 'concept')) continue;
    const criterion = conceptCriterion(name, []);
    const e = readExamples(ctx, value, `examples of concept "${name}"`, found, { node: null, criterion });
    if (e) set.examples[name] = e;
    found.exampleKeys.set(name, k);
  }
}
