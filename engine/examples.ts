/**
 * r2: the trainer's own unit tests — `examples: { yes, no }` on a criterion (or on a shared
 * concept): whole answers that must and must not match it. Judged with the engine's own matching,
 * and explained: which phrase matched which words, or what matched instead.
 */
import { analyse, expandPhrase, matchCriterion, type Token } from './text/index.ts';
import type { ConceptSet, Criterion, Rec, Scenario } from './types.ts';
import { own, record } from './util.ts';
import { lexiconOfConcepts } from './text/lexicon/full.ts';
import { msg, renderMessage, type DiagnosticText, type MessageArg, type MessageRef } from './diagnostics/message.ts';

/** One example, judged. `line`/`column` are its position in the file when the loader judged it. */
export interface ExampleResult {
  /** The node of the criterion's prompt; null for a concept set's example. */
  node: string | null;
  /** The criterion id, or `@name` for a shared concept. */
  criterion: string;
  kind: 'yes' | 'no';
  text: string;
  ok: boolean;
  /** Why it does not behave (empty when it does). */
  message: string;
  hint?: string;
  /** The message and hint as data, for a screen that translates them. */
  detail?: DiagnosticText;
  line?: number;
  column?: number;
}

/** A phrase that matched: as written, the concept expansion that did (when it has `@`), and the answer's words. */
interface PhraseHit {
  phrase: string;
  through?: string;
  words: string;
}

const q = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
const MAX_THROUGH = 64;

/** The criterion reduced to one phrase (same points and critical reason, so it matches the same way). */
function onePhrase(c: Criterion, phrase: string): Criterion {
  const { match: _m, all: _a, examples: _e, ...rest } = c;
  return { ...rest, match: [phrase] };
}

/** For each phrase list of a criterion, the phrases that match the answer, with the words they matched. */
function phraseHits(scenario: Scenario, c: Criterion, tokens: readonly Token[], text: string): PhraseHit[][] {
  return (c.all ?? [c.match ?? []]).map((list) =>
    list.flatMap((phrase) => {
      const spans = matchCriterion(scenario, onePhrase(c, phrase), tokens);
      if (!spans) return [];
      const hit: PhraseHit = { phrase, words: spans.map(([a, b]) => text.slice(a, b)).join(' … ') };
      if (phrase.includes('@'))
        hit.through = expandPhrase(phrase, scenario.concepts)
          .slice(0, MAX_THROUGH)
          .find((e) => matchCriterion(scenario, onePhrase(c, e), tokens));
      return [hit];
    }),
  );
}

function describe(h: PhraseHit): MessageRef {
  const as = h.through && h.through !== h.phrase ? msg` (as ${q(h.through)})` : msg``;
  return msg`the phrase ${q(h.phrase)}${as} matches ${q(h.words)}`;
}

/** Messages joined by ", and " (as one message, so that each part is translated). */
function andList(parts: MessageRef[]): MessageRef {
  return parts.reduce((all, p) => msg`${all}, and ${p}`);
}

const nameOf = (c: Criterion) =>
  c.id.startsWith('@')
    ? msg`concept "${c.id.slice(1)}"`
    : msg`criterion "${c.id}" (${c.points > 0 ? '+' : ''}${c.points})`;

/** A verdict that does not behave, with its message and hint as text and as data. */
function misbehaves(message: MessageRef, hint: MessageRef): Pick<ExampleResult, 'ok' | 'message' | 'hint' | 'detail'> {
  return { ok: false, message: renderMessage(message), hint: renderMessage(hint), detail: { message, hint } };
}

/**
 * Judges one example of `criterion`; `others` are the other criteria of its prompt (what may
 * match instead). Never throws.
 */
export function judgeExample(
  scenario: Scenario,
  criterion: Criterion,
  others: readonly Criterion[],
  kind: 'yes' | 'no',
  text: string,
): Pick<ExampleResult, 'ok' | 'message' | 'hint' | 'detail'> {
  const tokens = analyse(text, scenario);
  const hit = matchCriterion(scenario, criterion, tokens) !== null;
  if (hit === (kind === 'yes')) return { ok: true, message: '' };
  const hits = phraseHits(scenario, criterion, tokens, text);
  if (kind === 'no')
    return misbehaves(
      msg`this "no" example matches ${nameOf(criterion)}: ${andList(hits.map((l) => describe(l[0]!)))}`,
      msg`make that phrase more specific (the words around it, its negation), or move the example to "yes"`,
    );
  const empty: MessageArg[] = criterion.all ? hits.flatMap((l, i) => (l.length ? [] : [i + 1])) : [];
  const lists = empty.length ? msg` (no phrase of its ${listNumbers(empty)} is in it)` : msg``;
  let instead = others.length ? msg`: nothing in the prompt matches it` : msg`: none of its phrases is in it`;
  for (const o of others) {
    const h = phraseHits(scenario, o, tokens, text);
    if (matchCriterion(scenario, o, tokens) && h.every((l) => l.length)) {
      instead = msg`: ${nameOf(o)} matches it instead (${andList(h.map((l) => describe(l[0]!)))})`;
      break;
    }
  }
  return misbehaves(
    msg`this "yes" example does not match ${nameOf(criterion)}${lists}${instead}`,
    msg`add a phrase with the words this answer uses (check the negation of its clause), or move it to "no"`,
  );
}

/** "list 1, list 3": the `all` lists an example misses. */
function listNumbers(ns: MessageArg[]): MessageRef {
  return ns.map((n) => msg`list ${n}`).reduce((all, p) => msg`${all}, ${p}`);
}

/** Every example of every criterion of a scenario, judged, in the order of the file. */
export function scenarioExampleResults(scenario: Scenario): ExampleResult[] {
  const out: ExampleResult[] = [];
  for (const node of Object.values(scenario.nodes)) {
    if (node.ask?.kind !== 'free') continue;
    const criteria = node.ask.criteria;
    for (const c of criteria) {
      if (!c.examples) continue;
      const others = criteria.filter((o) => o !== c);
      for (const kind of ['yes', 'no'] as const)
        for (const text of c.examples[kind])
          out.push({ node: node.id, criterion: c.id, kind, text, ...judgeExample(scenario, c, others, kind, text) });
    }
  }
  return out;
}

/** A scenario shell holding a set's merged concepts, for the matcher (which reads `locale` and `concepts`). */
export function conceptSetScenario(set: ConceptSet, concepts: Rec<string[]> = set.concepts): Scenario {
  const scenario: Scenario = {
    format: 1,
    id: set.id,
    title: set.title ?? set.id,
    locale: set.locale,
    setting: 'call',
    content_notes: [],
    pass: 70,
    tags: [],
    characters: record(),
    competencies: record(),
    state: record(),
    concepts,
    outcomes: record(),
    criticalOutcomes: record(),
    use: set.use,
    start: '',
    nodes: record(),
    debrief: { takeaways: [], resources: [] },
    tests: [],
  };
  scenario.lexicon = lexiconOfConcepts(set.locale, concepts);
  return scenario;
}

/** The criterion a shared concept's examples are judged against: its phrases as a mistake (the strictest reading). */
export function conceptCriterion(name: string, phrases: string[]): Criterion {
  return { id: `@${name}`, competency: '', points: -1, critical: `shared concept @${name}`, match: phrases };
}

/** Every example of a concept set, judged against its concepts merged with those it uses. */
export function conceptSetExampleResults(set: ConceptSet, concepts: Rec<string[]> = set.concepts): ExampleResult[] {
  const shell = conceptSetScenario(set, concepts);
  const out: ExampleResult[] = [];
  for (const name of Object.keys(set.examples)) {
    const phrases = own(concepts, name);
    if (!phrases) continue;
    const c = conceptCriterion(name, phrases);
    for (const kind of ['yes', 'no'] as const)
      for (const text of set.examples[name]![kind])
        out.push({ node: null, criterion: c.id, kind, text, ...judgeExample(shell, c, [], kind, text) });
  }
  return out;
}
