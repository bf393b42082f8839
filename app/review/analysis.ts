/**
 * The figures of a review, per criterion: how far each trainer agrees with the engine and with the
 * other trainers, each trainer's leniency, the answers where trainers disagree, and how often the
 * engine is wrong. The same figures serve `rehearse review` and the web's #/review screen.
 */
import type { Criterion, Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { freePrompt } from './answers.ts';
import type { ReviewAnswer, ReviewFile, Reviewer } from './format.ts';
import type { CriterionVerdict } from './format.ts';
import {
  cohenKappa,
  fleissKappa,
  gwetAC1,
  krippendorffAlpha,
  percentAgreement,
  tabulate,
  type Rating,
} from './stats.ts';

/** One trainer against the engine on one criterion. */
export interface TrainerVsEngine {
  reviewer: string;
  name: string;
  /** Answers this trainer judged on this criterion. */
  units: number;
  percent: number | null;
  kappa: number | null;
  ac1: number | null;
  /** Verdicts kinder to the trainee than the engine's: credit it did not give, or a mistake it saw and they did not. */
  lenient: number;
  /** Verdicts harsher than the engine's. */
  strict: number;
}

/** The trainers among themselves on one criterion (two trainers or more). */
export interface BetweenTrainers {
  /** Answers judged by two trainers or more. */
  units: number;
  percent: number | null;
  /** Cohen's κ, with exactly two trainers. */
  kappa: number | null;
  /** Fleiss' κ (Gwet's form, missing verdicts allowed). */
  fleiss: number | null;
  /** Krippendorff's α (nominal). */
  alpha: number | null;
  /** Gwet's AC1: robust when a criterion is rarely (or almost always) met. */
  ac1: number | null;
}

/** How often the engine's verdict differs from the trainers' majority. */
export interface EngineErrors {
  /** Answers where the trainers have a majority (a tie has none). */
  units: number;
  wrong: number;
  /** The trainers say met, the engine did not match. */
  missed: number;
  /** The engine matched, the trainers say not met. */
  falseHits: number;
  rate: number | null;
}

/** Every figure of one criterion. */
export interface CriterionFigures {
  node: string;
  criterion: string;
  points: number;
  critical: boolean;
  /** What the criterion is about: its feedback, else its phrases. */
  label: string;
  /** Answers at least one trainer judged on this criterion. */
  units: number;
  /** How often the engine matched it among those answers. */
  engineMet: number;
  vsEngine: TrainerVsEngine[];
  between: BetweenTrainers | null;
  engine: EngineErrors;
}

/** A trainer's leniency over the whole review. */
export interface Leniency {
  reviewer: string;
  name: string;
  /** Criterion verdicts compared with the engine's. */
  compared: number;
  lenient: number;
  strict: number;
}

/** One trainer's verdict on the criterion of a disagreement. */
export interface VerdictOf {
  reviewer: string;
  name: string;
  met: boolean;
  comment?: string;
}

/** An answer and criterion where the trainers split, or where they agree and the engine does not. */
export interface Disagreement {
  kind: 'trainers' | 'engine';
  answer: Pick<ReviewAnswer, 'id' | 'node' | 'text'>;
  node: string;
  criterion: string;
  engineMet: boolean;
  /** The trainers' majority (null on a tie). */
  consensus: boolean | null;
  verdicts: VerdictOf[];
}

/** The whole analysis of a review. */
export interface ReviewAnalysis {
  scenario: string;
  answers: number;
  /** Answers judged by at least one trainer. */
  reviewed: number;
  reviewers: Array<{ id: string; name: string; answers: number }>;
  criteria: CriterionFigures[];
  /** Criteria with a majority verdict, the engine's error rate highest first. */
  ranked: Array<{ node: string; criterion: string; rate: number; wrong: number; units: number }>;
  leniency: Leniency[];
  disagreements: Disagreement[];
  /** Answers whose node is no free prompt of this scenario version (left out). */
  skipped: number;
}

const MET = 1;
const NOT_MET = 0;

const PAIRS: Rating[][] = [
  [NOT_MET, NOT_MET],
  [NOT_MET, MET],
  [MET, NOT_MET],
  [MET, MET],
];

/** What a criterion is about, for a table row. */
export function criterionLabel(c: Criterion): string {
  return c.feedback ?? c.match?.join(' / ') ?? c.all?.map((g) => g.join(' / ')).join(' + ') ?? c.id;
}

/** True when saying "met" is kinder to the trainee than "not met" (a positive criterion). */
const creditWhenMet = (c: Criterion) => c.points > 0;

/** An answer at a prompt with each reviewer's verdicts on it (in reviewer order), looked up once. */
interface Judged {
  answer: ReviewAnswer;
  verdicts: Array<Record<string, CriterionVerdict> | undefined>;
}

function trainerVsEngine(c: Criterion, answers: Judged[], r: Reviewer, index: number): TrainerVsEngine {
  const table: Rating[][] = [];
  let lenient = 0;
  let strict = 0;
  for (const { answer: a, verdicts } of answers) {
    const met = own(verdicts[index], c.id)?.met;
    if (met === undefined) continue;
    const engine = a.engine.includes(c.id);
    table.push(PAIRS[(met ? 2 : 0) + (engine ? 1 : 0)]!);
    if (met !== engine) {
      if (met === creditWhenMet(c)) lenient++;
      else strict++;
    }
  }
  const counted = tabulate(table);
  return {
    reviewer: r.id,
    name: r.name,
    units: table.length,
    percent: percentAgreement(counted).value,
    kappa: cohenKappa(table).value,
    ac1: gwetAC1(counted, 2).value,
    lenient,
    strict,
  };
}

function betweenTrainers(table: Rating[][], raters: number): BetweenTrainers | null {
  if (raters < 2) return null;
  const pairable = table.filter((row) => row.filter((x) => x !== null).length >= 2);
  const counted = tabulate(pairable);
  return {
    units: pairable.length,
    percent: percentAgreement(counted).value,
    kappa: raters === 2 ? cohenKappa(pairable.map((row) => row.filter((x) => x !== null))).value : null,
    fleiss: fleissKappa(counted).value,
    alpha: krippendorffAlpha(counted).value,
    ac1: gwetAC1(counted, 2).value,
  };
}

function majority(verdicts: boolean[]): boolean | null {
  const met = verdicts.filter(Boolean).length;
  return met * 2 > verdicts.length ? true : met * 2 < verdicts.length ? false : null;
}

/** A disagreement on criterion `c` of answer `a`, with the verdicts `given` (in reviewer order). */
function disagreement(
  kind: Disagreement['kind'],
  a: ReviewAnswer,
  c: Criterion,
  reviewers: Reviewer[],
  given: Array<CriterionVerdict | undefined>,
  consensus: boolean | null,
): Disagreement {
  const verdicts: VerdictOf[] = reviewers.flatMap((r, i) => {
    const v = given[i];
    return v ? [{ reviewer: r.id, name: r.name, met: v.met, ...(v.comment ? { comment: v.comment } : {}) }] : [];
  });
  const answer = { id: a.id, node: a.node, text: a.text };
  return { kind, answer, node: a.node, criterion: c.id, engineMet: a.engine.includes(c.id), consensus, verdicts };
}

/** The figures of one criterion, and its disagreements appended to `out`. */
function criterionFigures(
  node: string,
  c: Criterion,
  answers: Judged[],
  reviewers: Reviewer[],
  out: Disagreement[],
): CriterionFigures {
  const table: Rating[][] = [];
  const engine: EngineErrors = { units: 0, wrong: 0, missed: 0, falseHits: 0, rate: null };
  let units = 0;
  let engineMet = 0;
  for (const { answer: a, verdicts: byReviewer } of answers) {
    const given = byReviewer.map((v) => own(v, c.id));
    const mets = given.flatMap((v) => (v ? [v.met] : []));
    if (!mets.length) continue;
    units++;
    table.push(given.map((v) => (v ? (v.met ? MET : NOT_MET) : null)));
    const engineSays = a.engine.includes(c.id);
    if (engineSays) engineMet++;
    const consensus = majority(mets);
    if (consensus !== null) {
      engine.units++;
      if (consensus !== engineSays) {
        engine.wrong++;
        if (consensus) engine.missed++;
        else engine.falseHits++;
      }
    }
    const split = mets.some((m) => m !== mets[0]);
    if (split || consensus !== engineSays)
      out.push(disagreement(split ? 'trainers' : 'engine', a, c, reviewers, given, consensus));
  }
  engine.rate = engine.units ? engine.wrong / engine.units : null;
  const active = reviewers.flatMap((r, i) => (table.some((row) => row[i] !== null) ? [{ r, i }] : []));
  return {
    node,
    criterion: c.id,
    points: c.points,
    critical: c.critical !== undefined,
    label: criterionLabel(c),
    units,
    engineMet,
    vsEngine: active.map(({ r, i }) => trainerVsEngine(c, answers, r, i)),
    between: betweenTrainers(table, active.length),
    engine,
  };
}

/** Every figure of a review, for the scenario version its answers were read with. */
export function analyseReview(review: ReviewFile, scenario: Scenario): ReviewAnalysis {
  const byNode = new Map<string, Judged[]>();
  let skipped = 0;
  for (const a of review.answers) {
    if (!freePrompt(scenario, a.node)) {
      skipped++;
      continue;
    }
    const judged = { answer: a, verdicts: review.reviewers.map((r) => own(r.verdicts, a.id)) };
    const list = byNode.get(a.node);
    if (list) list.push(judged);
    else byNode.set(a.node, [judged]);
  }
  const criteria: CriterionFigures[] = [];
  const disagreements: Disagreement[] = [];
  for (const node of Object.keys(scenario.nodes)) {
    const answers = byNode.get(node);
    const ask = freePrompt(scenario, node);
    if (!answers || !ask) continue;
    for (const c of ask.criteria) criteria.push(criterionFigures(node, c, answers, review.reviewers, disagreements));
  }
  const reviewed = new Set<string>();
  const reviewers = review.reviewers.map((r) => {
    const ids = Object.keys(r.verdicts).filter((id) => Object.keys(own(r.verdicts, id) ?? {}).length > 0);
    for (const id of ids) reviewed.add(id);
    return { id: r.id, name: r.name, answers: ids.length };
  });
  return {
    scenario: scenario.id,
    answers: review.answers.length - skipped,
    reviewed: review.answers.filter((a) => reviewed.has(a.id)).length,
    reviewers,
    criteria,
    ranked: rankByEngineErrors(criteria),
    leniency: leniencyOf(review.reviewers, criteria),
    disagreements: disagreements.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'trainers' ? -1 : 1)),
    skipped,
  };
}

/** Criteria with a majority verdict, the engine's error rate highest first (then the most errors). */
function rankByEngineErrors(criteria: CriterionFigures[]): ReviewAnalysis['ranked'] {
  return criteria
    .filter((c) => c.engine.rate !== null)
    .map((c) => ({
      node: c.node,
      criterion: c.criterion,
      rate: c.engine.rate!,
      wrong: c.engine.wrong,
      units: c.engine.units,
    }))
    .sort((a, b) => b.rate - a.rate || b.wrong - a.wrong);
}

function leniencyOf(reviewers: Reviewer[], criteria: CriterionFigures[]): Leniency[] {
  return reviewers.map((r) => {
    const rows = criteria.flatMap((c) => c.vsEngine.filter((v) => v.reviewer === r.id));
    return {
      reviewer: r.id,
      name: r.name,
      compared: rows.reduce((n, v) => n + v.units, 0),
      lenient: rows.reduce((n, v) => n + v.lenient, 0),
      strict: rows.reduce((n, v) => n + v.strict, 0),
    };
  });
}
