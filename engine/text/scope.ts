/** Scopes of negation (r2, step 3): what a scope is, and the polarity and attribution of its words. */
import type { Introducer } from './segment-rules.ts';

/** A character range [start, end). */
export type Range = [number, number];

/** The kind of a scope: a clause, a subordinate / relative / quoted clause, a complement, what follows "sans". */
export type ScopeKind = 'clause' | 'sub' | 'rel' | 'comp' | 'quote' | 'sans';

/** The verb classes that introduce a complement. */
export type CompClass = 'think' | 'say' | 'stop' | 'doubt' | 'factive' | 'attribute';

/** How a word is read: affirmed, negated, or reported (under a negated verb of saying: matches neither way). */
export type Polarity = 'aff' | 'neg' | 'rep';

/** A scope: a part of a clause with its own negation. */
export interface Scope {
  kind: ScopeKind;
  parent: Scope | null;
  /** For a complement: the class of the verb that introduces it, and the verb's range. */
  cls?: CompClass;
  verb?: Range;
  markers: Range[];
  ne?: Range;
  /** `ne … que` with no other marker: "tu n'as qu'à bloquer" is not a negation. */
  restrictive: boolean;
  /** « tu n'as plus qu'à le bloquer »: `ne … plus que` before no clause is "only, now": the `plus` negates nothing. */
  onlyNow?: boolean;
  /** `plus` seen: a marker only with `ne` in the scope. */
  plus: Range[];
  /** Words the trainee attributes to someone else, or quotes. */
  attributed: boolean;
  /** A subordinate clause that opens its clause ("Si ça va pas tu peux appeler…"). */
  fronted: boolean;
  /** Words (not function words) in the scope so far. */
  words: number;
  subjects: number;
  /** Word indexes of the scope's first and last subject (read them once `subjects` > 0). */
  firstSubject: number;
  lastSubject: number;
  /** For a complement a verb of a known class introduces: the verb's word index. */
  verbAt?: number;
  /** And what introduced it (« que », "to", an -ing form, nothing…). */
  intro?: Introducer;
  /** "peu importe pourquoi…", "no matter why…": what it says is neither asserted nor asked (read as reported). */
  concessive?: boolean;
  /** A condition (si / if): "si tu retournes avec lui, il va pas supprimer" weighs a choice, it does not advise it. */
  condition?: boolean;
  /** For a fronted condition: its main clause; when that is negated, the condition is a choice set aside. */
  main?: Scope;
  /** For a fronted condition: its main clause says a harm follows (« il en redemandera »): a choice set aside. */
  warned?: boolean;
  /** A condition in the past (« si tu t'étais pas déshabillé… », "if you hadn't…"): a reproach, never set aside. */
  counterfactual?: boolean;
  /** For a fronted French infinitive (« Payer, ça ne sert à rien »): the clause that comments on it. */
  topicOf?: Scope;
  /** A statement with an exception after it ("je ne dirai rien sauf si…", "ça reste entre nous, sauf si…"). */
  qualified?: boolean;
  /** For a quote opened by a straight `"`, closed by the next one. */
  toggle?: boolean;
  /** Computed once the text is read. */
  reading?: Reading;
}

/** How the words of a scope are read, with the range of the words that negate them (for highlights). */
export interface Reading {
  polarity: Polarity;
  attributed: boolean;
  negatedBy?: Range;
}

/**
 * A new, empty scope. Every field is there from the start, in one order, and `extra` is copied onto them: all scopes
 * share one shape, so the segmenter's reads of them stay monomorphic.
 */
export function newScope(kind: ScopeKind, parent: Scope | null, extra?: Partial<Scope>): Scope {
  const scope: Scope = {
    kind,
    parent,
    cls: undefined,
    verb: undefined,
    markers: [],
    ne: undefined,
    restrictive: false,
    onlyNow: undefined,
    plus: [],
    attributed: false,
    fronted: false,
    words: 0,
    subjects: 0,
    firstSubject: -9,
    lastSubject: -9,
    verbAt: undefined,
    intro: undefined,
    concessive: undefined,
    condition: undefined,
    main: undefined,
    warned: undefined,
    counterfactual: undefined,
    topicOf: undefined,
    qualified: undefined,
    toggle: undefined,
    reading: undefined,
  };
  return extra === undefined ? scope : Object.assign(scope, extra);
}

/** The markers that negate a scope by themselves, or null: `ne` counts, `plus` only with `ne`, `ne … que` does not. */
function localMarkers(s: Scope): Range[] | null {
  if (s.ne) {
    if (!s.markers.length && (!s.plus.length || s.onlyNow) && s.restrictive) return null;
    return [s.ne, ...s.markers, ...s.plus];
  }
  return s.markers.length ? s.markers : null;
}

function span(ranges: Range[]): Range {
  let a = Infinity;
  let b = -Infinity;
  for (const [x, y] of ranges) {
    if (x < a) a = x;
    if (y > b) b = y;
  }
  return [a, b];
}

/**
 * How the words of a scope are read. A scope's own markers negate it; a complement of a negated verb of
 * thinking is negated too ("je ne pense pas que ce soit ta faute"), of a negated verb of saying is
 * reported, of a verb of stopping is negated unless the verb is ("arrête de répondre", "never stop
 * paying"); everything under a reported scope is reported. Markers never cross into or out of a scope.
 */
export function readingOf(s: Scope): Reading {
  if (s.reading) return s.reading;
  const parent = s.parent ? readingOf(s.parent) : undefined;
  const own = localMarkers(s);
  const attributed = s.attributed || s.kind === 'quote' || !!parent?.attributed;
  let reading: Reading;
  if (s.concessive) reading = { polarity: 'rep', attributed: true };
  else if (parent?.polarity === 'rep' && s.kind !== 'quote') reading = { polarity: 'rep', attributed };
  else if (s.kind === 'comp' && parent) reading = complementReading(s, parent, own, attributed);
  else if (s.topicOf && !own && readingOf(s.topicOf).polarity === 'neg')
    reading = { polarity: 'neg', attributed, negatedBy: readingOf(s.topicOf).negatedBy };
  else reading = own ? { polarity: 'neg', attributed, negatedBy: span(own) } : { polarity: 'aff', attributed };
  // a statement with an exception is a limit, not a promise or a refusal: no mistake is read in it
  // (positives still are)
  if (s.qualified) reading = { ...reading, attributed: true };
  // « si tu retournes avec lui, il va pas supprimer », "if you pay him he won't stop": a condition whose main
  // clause is negated weighs a choice and rejects it; no mistake is read in it (positives still are)
  if (s.condition && s.main && !s.counterfactual && (s.warned || readingOf(s.main).polarity === 'neg'))
    reading = { ...reading, attributed: true };
  s.reading = reading;
  return reading;
}

function complementReading(s: Scope, parent: Reading, own: Range[] | null, attributed: boolean): Reading {
  const verbNegated = parent.polarity === 'neg';
  switch (s.cls) {
    case 'say':
      if (verbNegated) return { polarity: 'rep', attributed };
      break;
    case 'attribute':
      // the trainee's « je ne veux pas que tu paies », "I don't want you to pay him": the negation carries
      if (attributed) break;
    // falls through
    case 'think':
      if (verbNegated !== !!own) return { polarity: 'neg', attributed, negatedBy: own ? span(own) : parent.negatedBy };
      return { polarity: 'aff', attributed };
    case 'stop':
    case 'doubt': // "I doubt she meant it" denies it; "I don't doubt she's sensitive" says it
      if (!verbNegated !== !!own) return { polarity: 'neg', attributed, negatedBy: own ? span(own) : span([s.verb!]) };
      return { polarity: 'aff', attributed };
    default:
      break;
  }
  return own ? { polarity: 'neg', attributed, negatedBy: span(own) } : { polarity: 'aff', attributed };
}
