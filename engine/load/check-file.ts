/** The checks of a whole file once its YAML is read: a scenario, or (r2) a shared concept set. */
import { conceptSetScenario, type ExampleResult } from '../examples.ts';
import { msg } from '../diagnostics/message.ts';
import type { ConceptSet, Rec, Scenario } from '../types.ts';
import { has, own } from '../util.ts';
import { buildConceptSet } from './build-concept-set.ts';
import { buildScenario } from './build-top.ts';
import { lexiconFor } from '../text/lexicon/full.ts';
import { checkConditions, checkPhrases, checkRefs, checkSets } from './check.ts';
import type { Collected, PhraseAt } from './collect.ts';
import { resolveUse, type ConceptSetLookup } from './concept-sets.ts';
import { isMap, isScalar, type LoadContext, type Node } from './context.ts';
import { checkExamples } from './example-checks.ts';
import { checkCompetencies, checkGraph } from './graph.ts';
import { checkDroppedWords, checkEarnAndLose, checkExpansionLimit, checkOneWordPhrases } from './phrase-checks.ts';
import { didYouMean } from './suggest.ts';
import { valueOffset } from './offset.ts';

/** What the loader may be given from outside. */
export interface LoadOptions {
  /** Where shared concept sets are found (r2); without it every `use:` entry is unknown. */
  conceptSets?: ConceptSetLookup;
  /** Read a concept set's own content only, without resolving its `use:` or judging its examples (for lookups). */
  shallow?: boolean;
  /** Which YAML reader: 'fast' (default: the fast reader, falling back to `yaml`) or 'full' (`yaml` only). */
  yaml?: 'fast' | 'full';
}

/** True when the top-level mapping says `kind: concepts`. */
export function isConceptSetRoot(root: Node): boolean {
  return (
    isMap(root) &&
    root.items.some(
      (p) => isScalar(p.key) && p.key.value === 'kind' && isScalar(p.value) && p.value.value === 'concepts',
    )
  );
}

const CONCEPT_REF = /@([\p{L}\p{N}_]+(?:-[\p{L}\p{N}_]+)*)/gu;

/** RH024 for an `@name` inside a concept's own phrases that names no concept. */
function checkConceptRefs(ctx: LoadContext, concepts: Rec<string[]>, phrases: readonly PhraseAt[]): void {
  for (const { text, at } of phrases)
    for (const m of text.matchAll(CONCEPT_REF))
      if (!has(concepts, m[1]!))
        ctx.report(
          'RH024',
          (at && valueOffset(ctx.text, at, m.index)) ?? at,
          msg`unknown concept "@${m[1]}".${didYouMean(m[1]!, Object.keys(concepts))}`,
          msg`declare it under \`concepts\` as a list of phrases`,
        );
}

/** The error count so far (a failed `use` leaves the concepts incomplete: the phrase and example checks then wait). */
const errors = (ctx: LoadContext) => ctx.diagnostics.filter((d) => d.severity === 'error').length;

/** Builds and checks a scenario; returns it with its judged examples. */
export function checkScenarioFile(
  ctx: LoadContext,
  root: Node,
  found: Collected,
  opts: LoadOptions,
): { scenario: Scenario; examples: ExampleResult[] } {
  const scenario = buildScenario(ctx, root, found);
  const before = errors(ctx);
  scenario.concepts = resolveUse(ctx, scenario.concepts, scenario.locale, null, found, opts.conceptSets);
  scenario.lexicon = lexiconFor(scenario); // the conjugation table its phrases need (compiled in with it)
  const useFailed = errors(ctx) > before;
  checkRefs(ctx, scenario, found);
  checkConditions(ctx, scenario, found);
  checkSets(ctx, scenario, found);
  if (!useFailed) {
    checkPhrases(ctx, scenario, found);
    checkConceptRefs(ctx, scenario.concepts, found.conceptPhrases);
  }
  checkGraph(ctx, scenario, found);
  checkCompetencies(ctx, scenario, root);
  checkDroppedWords(ctx, scenario.locale, [...found.phrases, ...found.conceptPhrases]);
  if (useFailed) return { scenario, examples: [] };
  checkOneWordPhrases(ctx, scenario, found);
  checkEarnAndLose(ctx, scenario, found);
  checkExpansionLimit(ctx, scenario, found);
  return { scenario, examples: checkExamples(ctx, scenario, found) };
}

/** Builds and checks a concept set; its examples are judged against its concepts merged with those it uses. */
export function checkConceptSetFile(
  ctx: LoadContext,
  root: Node,
  found: Collected,
  opts: LoadOptions,
): { set: ConceptSet; examples: ExampleResult[] } {
  const set = buildConceptSet(ctx, root, found);
  if (opts.shallow) return { set, examples: [] };
  const before = errors(ctx);
  const merged = resolveUse(ctx, set.concepts, set.locale, set.id, found, opts.conceptSets);
  if (errors(ctx) > before) return { set, examples: [] };
  checkConceptRefs(ctx, merged, found.conceptPhrases);
  checkDroppedWords(ctx, set.locale, found.conceptPhrases);
  completeSetExamples(ctx, merged, found);
  return { set, examples: checkExamples(ctx, conceptSetScenario(set, merged), found) };
}

/** Gives each example of a set its concept's phrases; an example of a name that is no concept is RH024 (once). */
function completeSetExamples(ctx: LoadContext, merged: Rec<string[]>, found: Collected): void {
  const unknown = new Set<string>();
  found.examples = found.examples.filter((e) => {
    const name = e.criterion.id.slice(1);
    const phrases = own(merged, name);
    if (phrases) {
      e.criterion.match = phrases;
      return true;
    }
    if (!unknown.has(name)) {
      unknown.add(name);
      ctx.report(
        'RH024',
        found.exampleKeys.get(name),
        msg`examples of unknown concept "${name}".${didYouMean(name, Object.keys(merged))}`,
        msg`the keys of \`examples\` are names of the concepts of this set (or of the sets it uses)`,
      );
    }
    return false;
  });
}
