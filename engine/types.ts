/**
 * The shared vocabulary of Rehearse: a checked scenario, diagnostics, session inputs, events and
 * reports. Everything here is plain JSON data so that it crosses the engine / screen boundary,
 * can be saved, and can be compiled once and shipped.
 *
 * Records keyed by trainer-chosen ids (nodes, competencies, …) are built with a null prototype by
 * the loader, and are read with `own()` from engine/util.ts — never with `rec[id]` alone — so an id
 * such as `toString` or `__proto__` is just an id.
 */
import type { DiagnosticText } from './diagnostics/message.ts';
import type { DiagnosticCode } from './diagnostics/codes.ts';

/** Languages whose text analysis the engine knows. */
export type Locale = 'fr' | 'en';

/** Every setting a scenario can have, in the order screens list them. */
export const SETTINGS = ['classroom', 'call', 'chat', 'report', 'parents'] as const;
/** Where a scenario takes place (`setting:`), which frames how the screens draw it. */
export type Setting = (typeof SETTINGS)[number];

/** A scalar state value. */
export type Value = number | boolean | string;

/** A trainer-chosen id → value map (null prototype; read with `own`). */
export type Rec<T> = Record<string, T>;

/** A parsed `when` condition: the source text and its syntax tree. */
export interface Condition {
  src: string;
  expr: Expr;
}

/**
 * The syntax tree of the `when` language. Its short field names are part of the compiled form
 * (engine/compile.ts) and of every saved session's scenario, so they stay: `k` is the node's kind,
 * `e` the operand of `not`, `a` and `b` the left and right operands of `and`/`or`/a comparison.
 */
export type Expr =
  | { k: 'lit'; value: Value }
  | { k: 'var'; name: string }
  | { k: 'late' }
  | { k: 'call'; fn: 'matched' | 'chose' | 'visited'; arg: string }
  | { k: 'not'; e: Expr }
  | { k: 'and' | 'or'; a: Expr; b: Expr }
  | { k: 'cmp'; op: '==' | '!=' | '<' | '<=' | '>' | '>='; a: Expr; b: Expr };

/** A `set` effect on one variable: add to a number, or replace the value. */
export type Effect = { op: 'add'; n: number } | { op: 'set'; value: Value };

/** The `set` block of a route, criterion or option. */
export type Effects = Rec<Effect>;

/** A character of the scenario (`narrator` is always defined). */
export interface Character {
  name: string;
  age?: number;
  role?: string;
  description?: string;
}

/** A competency being scored. */
export interface Competency {
  label: string;
  weight: number;
}

/** A line a character says; `text` holds one or more variants. */
export interface Line {
  who: string;
  text: string[];
  when?: Condition;
}

/** One criterion of a free prompt. Exactly one of `match` / `all` is set. */
export interface Criterion {
  id: string;
  competency: string;
  points: number;
  match?: string[];
  all?: string[][];
  /** The reason when the criterion is critical (`critical: true` becomes a default reason). */
  critical?: string;
  feedback?: string;
  set?: Effects;
  /** r2: the reason the session fails when this (positive) criterion is not matched on an answered prompt. */
  required?: string;
  /** r2: whole answers that must (`yes`) and must not (`no`) match this criterion: the trainer's own tests. */
  examples?: CriterionExamples;
}

/** r2: a criterion's examples. */
export interface CriterionExamples {
  yes: string[];
  no: string[];
}

/** A route out of a free prompt or a branching node. */
export interface Route {
  when?: Condition;
  set?: Effects;
  goto: string;
}

/** A free-text prompt. */
export interface FreeAsk {
  kind: 'free';
  prompt?: string;
  hint?: string;
  seconds?: number;
  model?: string;
  criteria: Criterion[];
  next: Route[];
}

/** One option of a choice prompt. */
export interface ChoiceOption {
  id: string;
  text: string;
  competency?: string;
  points?: number;
  critical?: string;
  feedback?: string;
  set?: Effects;
  goto: string;
}

/** A multiple-choice prompt. */
export interface ChoiceAsk {
  kind: 'choice';
  prompt?: string;
  seconds?: number;
  shuffle: boolean;
  options: ChoiceOption[];
}

/** A node of the scenario graph. A non-end node has exactly one of ask / goto / next. */
export interface ScenarioNode {
  id: string;
  say: Line[];
  ask?: FreeAsk | ChoiceAsk;
  goto?: string;
  next?: Route[];
  end?: string;
  drill: boolean;
  context?: string;
}

/** A support contact or removal route named in a debrief. */
export interface Resource {
  label: string;
  phone?: string;
  url?: string;
  description?: string;
}

/** An answer in a test or an answers file: a bare string is the text or the option id. */
export type ScriptedAnswer = string | { text: string; seconds?: number } | { choice: string; seconds?: number };

/** What a scenario test expects. */
export interface TestExpect {
  outcome?: string;
  passed?: boolean;
  critical?: boolean;
  score_min?: number;
  score_max?: number;
  path?: string[];
  matched?: string[];
  not_matched?: string[];
}

/** A playthrough carried by the scenario file. */
export interface ScenarioTest {
  name: string;
  answers: ScriptedAnswer[];
  expect: TestExpect;
}

/** A scenario that passed the checker: every reference resolves. */
export interface Scenario {
  format: 1;
  id: string;
  title: string;
  locale: Locale;
  setting: Setting;
  summary?: string;
  content_notes: string[];
  minutes?: number;
  pass: number;
  tags: string[];
  characters: Rec<Character>;
  competencies: Rec<Competency>;
  state: Rec<Value>;
  concepts: Rec<string[]>;
  /** Outcome id → its label (the `text` of an `{ text, critical }` outcome). */
  outcomes: Rec<string>;
  /** r2: outcome id → the reason, for outcomes whose ending fails the session. */
  criticalOutcomes: Rec<string>;
  /** r2: the ids of the shared concept sets this scenario uses (their concepts are merged into `concepts`). */
  use: string[];
  start: string;
  nodes: Rec<ScenarioNode>;
  /** r2: the part of the locale's conjugation table that the phrases need (compiled in by the loader). */
  lexicon?: { paradigms: readonly string[]; rows: string };
  /** Set on a scenario sent to a browser without its phrases (engine/compile.ts `splitPhrases`): scoring waits. */
  phrasesLater?: true;
  debrief: { takeaways: string[]; resources: Resource[] };
  tests: ScenarioTest[];
}

/**
 * r2: a shared concept set (a file with `kind: concepts`): named phrase groups that scenarios of its
 * locale take in with `use: [id]`. `concepts` and `use` are the file's own; `examples` are keyed by
 * concept name and checked like a mistake's examples (docs/format-notes.md).
 */
export interface ConceptSet {
  format: 1;
  kind: 'concepts';
  id: string;
  locale: Locale;
  title?: string;
  description?: string;
  use: string[];
  concepts: Rec<string[]>;
  examples: Rec<CriterionExamples>;
}

/** How bad a diagnostic is. */
export type Severity = 'error' | 'warning';

/** A finding about a scenario file, with its 1-based position. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  hint?: string;
  /** The message and hint as data (English template and values), for a screen that translates them; not in `--json`. */
  detail?: DiagnosticText;
}

/** What a session is given: a typed answer or a chosen option, with the seconds it took. */
export type Input =
  { type: 'answer'; text: string; seconds?: number } | { type: 'choose'; option: string; seconds?: number };

/** Character ranges [start, end) of an answer, per matched criterion id. */
export type Spans = Rec<Array<[number, number]>>;

/** What happened in a session, for a screen to render. */
export type SessionEvent =
  | { type: 'line'; node: string; who: string; name: string; text: string }
  | { type: 'prompt'; node: string; kind: 'free'; prompt?: string; hint?: string; seconds?: number }
  | {
      type: 'prompt';
      node: string;
      kind: 'choice';
      prompt?: string;
      seconds?: number;
      options: Array<{ id: string; text: string }>;
    }
  | {
      type: 'feedback';
      node: string;
      answer: string;
      points: number;
      late: boolean;
      /** Matched criteria (free) or the chosen option (choice). */
      items: Array<{
        id: string;
        competency?: string;
        points: number;
        feedback?: string;
        critical?: string;
        /** r2: the points this criterion would have earned, withheld because the answer is keyword stuffing. */
        withheld?: number;
      }>;
      spans: Spans;
      /** r2: why the answer's positive points were withheld (a list of keywords, or an answer pasted again). */
      stuffed?: 'fragments' | 'repeated';
    }
  | { type: 'ended'; node: string; outcome: string; label?: string };

/** A line a character says. */
export type LineEvent = Extract<SessionEvent, { type: 'line' }>;
/** A prompt the trainee must answer (free or choice). */
export type PromptEvent = Extract<SessionEvent, { type: 'prompt' }>;
/** What an answer earned or lost. */
export type FeedbackEvent = Extract<SessionEvent, { type: 'feedback' }>;
/** The end of a session. */
export type EndedEvent = Extract<SessionEvent, { type: 'ended' }>;

/** Per-competency result in a report. */
export interface CompetencyResult {
  label: string;
  score: number;
  earned: number;
  possible: number;
}

/** One answered prompt in a report. */
export interface Turn {
  node: string;
  answer: string;
  matched: string[];
  points: number;
  spans: Spans;
  late: boolean;
  /** Feedback of the matched criteria / chosen option, in order. */
  feedback?: string[];
  /** r2: the answer reads as a list of keywords (or repeats an earlier answer): its positive points are withheld. */
  stuffed?: true;
}

/**
 * r2: why a session is critical. A matched critical criterion or a chosen critical option
 * (`id`), a required criterion left out (`id`, `missed: true`), or a critical ending (`outcome`).
 */
export type CriticalError =
  { node: string; id: string; reason: string; missed?: true } | { node: string; outcome: string; reason: string };

/** The result of a session, exactly as the contract's `rehearse run --json`. */
export interface Report {
  scenario: string;
  ended: boolean;
  outcome: string | null;
  score: number;
  passed: boolean;
  critical: boolean;
  criticals: CriticalError[];
  competencies: Rec<CompetencyResult>;
  path: string[];
  turns: Turn[];
}
