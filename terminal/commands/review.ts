/**
 * `rehearse review FILE --reviews R1.json R2.json … [--json]` — the calibration figures of trainers'
 * reviews of one scenario: per criterion, each trainer against the engine and the trainers among
 * themselves (percent, κ, α, AC1), each trainer's leniency, the criteria ranked by how often the engine
 * is wrong, and the answers where the trainers disagree.
 * Exit codes: 0 done, 1 the scenario has errors, 2 bad arguments or an unreadable review file.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { analyseReview, type CriterionFigures, type ReviewAnalysis } from '../../app/review/analysis.ts';
import { refreshEngine } from '../../app/review/answers.ts';
import { signedPoints as signed } from '../../app/score-display.ts';
import {
  MAX_FILE_BYTES,
  mergeReviews,
  normaliseAnswer,
  parseReview,
  type ReviewFile,
} from '../../app/review/format.ts';
import { contentHash } from '../../engine/compile.ts';
import { neutralizeControls } from '../../engine/control-chars.ts';
import { formatDiagnostic } from '../diagnostic-lines.ts';
import { byCount, counted } from '../../app/plural.ts';
import { loadScenario } from '../../engine/load/index.ts';
import type { Scenario } from '../../engine/types.ts';
import { conceptSetResolver } from '../bundled-sets.ts';
import { readScenarioFile } from '../read-files.ts';

const USAGE = 'usage: rehearse review FILE --reviews R1.json [R2.json …] [--json]\n';

/** The scenario file, the review files and --json, or what is wrong with the arguments. */
export function parseReviewArgs(
  args: string[],
): { file: string; reviews: string[]; json: boolean } | { error: string } {
  let file: string | undefined;
  const reviews: string[] = [];
  let json = false;
  let inReviews = false;
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a === '--reviews') inReviews = true;
    else if (a.startsWith('--reviews=')) reviews.push(...a.slice(10).split(',').filter(Boolean));
    else if (a.startsWith('-')) return { error: `unknown option ${a} (known: --reviews, --json)` };
    else if (inReviews) reviews.push(a);
    else if (file === undefined) file = a;
    else return { error: `one scenario FILE only (got "${file}" and "${a}"); review files go after --reviews` };
  }
  if (file === undefined) return { error: 'name the scenario FILE the reviews are about' };
  if (!reviews.length) return { error: 'name at least one review file after --reviews' };
  return { file, reviews, json };
}

function readReview(path: string): { review: ReviewFile; notices: string[] } | { error: string } {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return { error: `${path}: larger than ${MAX_FILE_BYTES / 1048576} MB` };
    const parsed = parseReview(readFileSync(path, 'utf8'));
    return 'error' in parsed
      ? { error: `${path}: ${parsed.error}` }
      : { review: parsed.review, notices: parsed.notices.map((n) => `${path}: ${n}`) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(e)})`}` };
  }
}

/** The reviews merged into one, read by this version of the scenario; notices say what was set aside or re-read. */
export function combineReviews(
  scenario: Scenario,
  source: string,
  files: string[],
): { review: ReviewFile; notices: string[] } | { error: string } {
  const hash = contentHash(source);
  const notices: string[] = [];
  let combined: ReviewFile | undefined;
  let stale = false;
  for (const path of files) {
    const read = readReview(path);
    if ('error' in read) return read;
    notices.push(...read.notices);
    if (read.review.scenario.id !== scenario.id)
      return { error: `${path}: this review is of scenario "${read.review.scenario.id}", not "${scenario.id}"` };
    if (read.review.scenario.hash !== hash) {
      stale = true;
      notices.push(
        `${path}: made with another version of the scenario (${read.review.scenario.hash}); ` +
          `the engine's verdicts are read again with this file (${hash})`,
      );
    }
    const merged = combined ? mergeReviews(combined, read.review) : { review: read.review };
    if ('error' in merged) return { error: `${path}: ${merged.error}` };
    combined = merged.review;
  }
  const review = stale ? refreshEngine(combined!, scenario, source) : combined!;
  return { review, notices };
}

/** Runs the command; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const parsed = parseReviewArgs(args);
  if ('error' in parsed) {
    process.stderr.write(`rehearse review: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const read = readScenarioFile(parsed.file);
  if ('diagnostic' in read) {
    process.stderr.write(`${formatDiagnostic(read.diagnostic)}\n`);
    return 1;
  }
  const source = new TextDecoder().decode(read.text);
  const conceptSets = (await conceptSetResolver())(parsed.file);
  const { scenario, diagnostics } = loadScenario(read.text, parsed.file, { conceptSets });
  if (!scenario) {
    for (const d of diagnostics) if (d.severity === 'error') process.stderr.write(`${formatDiagnostic(d, source)}\n`);
    return 1;
  }
  const combined = combineReviews(scenario, source, parsed.reviews);
  if ('error' in combined) {
    process.stderr.write(`rehearse review: ${printable(combined.error)}\n`);
    return 2;
  }
  for (const n of combined.notices) process.stderr.write(`note: ${printable(n)}\n`);
  const analysis = analyseReview(combined.review, scenario);
  if (parsed.json) {
    const out = { scenario: scenario.id, hash: contentHash(source), reviews: parsed.reviews.map((f) => basename(f)) };
    process.stdout.write(`${JSON.stringify({ ...out, notices: combined.notices, ...analysis }, null, 2)}\n`);
  } else process.stdout.write(readableReport(scenario, analysis));
  return 0;
}

/** Control characters (escape codes of a hostile answer) shown as U+FFFD, never sent to the terminal. */
export const printable = neutralizeControls;

/** Disagreements printed in the readable report (all of them are in --json). */
const LISTED = 50;

/** An answer on one line, at most 300 characters, safe to print. */
const excerpt = (text: string) => {
  const one = printable(normaliseAnswer(text));
  return one.length > 300 ? `${one.slice(0, 299)}…` : one;
};
const pct = (x: number | null) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)} %`);
const num = (x: number | null) => (x === null ? ' n/a' : x.toFixed(2).padStart(5));
const share = (n: number, of: number) => `${n} of ${of}${of ? ` (${((n / of) * 100).toFixed(1)} %)` : ''}`;

function criterionBlock(c: CriterionFigures): string[] {
  const width = Math.max(16, ...c.vsEngine.map((v) => printable(v.name).length + 10));
  const lines = [
    `  ${c.node} › ${c.criterion} (${signed(c.points)}${c.critical ? ', critical' : ''}) — ` +
      `${counted('en', c.units, 'answer', 'answers')}, engine met ${c.engineMet}`,
  ];
  for (const v of c.vsEngine) {
    const who = `${printable(v.name)} vs engine`.padEnd(width);
    lines.push(
      `    ${who} ${pct(v.percent)}   κ ${num(v.kappa)}   AC1 ${num(v.ac1)}   lenient ${v.lenient}, strict ${v.strict}`,
    );
  }
  const b = c.between;
  if (b) {
    const kappa = c.vsEngine.length === 2 ? `κ ${num(b.kappa)}` : `Fleiss κ ${num(b.fleiss)}`;
    lines.push(
      `    ${'between trainers'.padEnd(width)} ${pct(b.percent)}   ${kappa}   α ${num(b.alpha)}   AC1 ${num(b.ac1)}`,
    );
  }
  const e = c.engine;
  lines.push(
    `    ${'engine wrong'.padEnd(width)} ${share(e.wrong, e.units)}: missed ${e.missed}, false hits ${e.falseHits}`,
  );
  return lines;
}

/** The readable report of an analysis (what `rehearse review` prints without --json). */
export function readableReport(scenario: Scenario, a: ReviewAnalysis): string {
  const who = a.reviewers.map((r) => `${printable(r.name)} (${r.answers})`).join(', ');
  const out = [
    `Review of ${scenario.id} — ${printable(scenario.title)}`,
    `${counted('en', a.answers, 'answer', 'answers')}, ${a.reviewed} reviewed by` +
      ` ${counted('en', a.reviewers.length, 'trainer', 'trainers')}${who ? `: ${who}` : ''}`,
  ];
  if (a.skipped) {
    const its = byCount('en', a.skipped, 'answer left out: its', 'answers left out: their');
    out.push(`${a.skipped} ${its} prompt is no longer a free prompt of this file`);
  }
  out.push('', 'Per criterion — percent agreement, Cohen’s κ, Gwet’s AC1 (robust for rare criteria):');
  for (const c of a.criteria) if (c.units) out.push(...criterionBlock(c));
  out.push('', 'Leniency over all criteria (credits what the engine does not / refuses what it credits):');
  for (const l of a.leniency) {
    out.push(`  ${printable(l.name)}: lenient ${share(l.lenient, l.compared)}, strict ${share(l.strict, l.compared)}`);
  }
  out.push('', 'Criteria ranked by how often the engine is wrong (against the trainers’ majority):');
  const names = a.ranked.map((r) => `${r.node} › ${r.criterion}`);
  const width = Math.max(0, ...names.map((n) => n.length));
  a.ranked.forEach((r, i) =>
    out.push(`  ${String(i + 1).padStart(2)}. ${names[i]!.padEnd(width)}  ${pct(r.rate)} (${r.wrong} of ${r.units})`),
  );
  const split = a.disagreements.filter((d) => d.kind === 'trainers');
  out.push('', `Answers where the trainers disagree (${split.length}):`);
  for (const d of split.slice(0, LISTED)) {
    const verdicts = d.verdicts
      .map(
        (v) => `${printable(v.name)}: ${v.met ? 'met' : 'not met'}${v.comment ? ` (“${printable(v.comment)}”)` : ''}`,
      )
      .join('; ');
    const text = excerpt(d.answer.text);
    out.push(`  ${d.node} › ${d.criterion}: “${text}” — engine: ${d.engineMet ? 'met' : 'not met'}; ${verdicts}`);
  }
  if (split.length > LISTED) out.push(`  … and ${split.length - LISTED} more (--json lists them all)`);
  return `${out.join('\n')}\n`;
}
