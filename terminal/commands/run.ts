/**
 * `rehearse run FILE --answers ANSWERS.yaml [--json] [--seed N]` — plays a scenario with scripted
 * answers and prints its report (readable, or exactly the contract's JSON with --json).
 * Exit codes: 0 played, 1 the scenario has errors, 2 bad arguments / answers file / an answer
 * that does not fit its prompt.
 */
import { readFileSync } from 'node:fs';
import { formatDiagnostic } from '../diagnostic-lines.ts';
import { loadAnswers } from '../../engine/load/answers.ts';
import { loadScenario } from '../../engine/load/index.ts';
import { play, playErrorText } from '../../engine/testing.ts';
import type { Report, Scenario } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { criticalRule, failureLines } from '../../app/critical-summary.ts';
import { parseArgs, intOption } from '../args.ts';
import { readScenarioFile } from '../read-files.ts';
import { conceptSetResolver } from '../bundled-sets.ts';
import { signedPoints } from '../../app/score-display.ts';

function read(path: string): string | { error: string } {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      error: `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`,
    };
  }
}

const pct = (n: number) => `${n}%`.padStart(4);

/** The readable report: score, pass, competencies, turns with matches, criticals. */
export function formatReport(scenario: Scenario, r: Report): string {
  const out: string[] = [`${scenario.title} (${scenario.id})`];
  const label = r.outcome === null ? undefined : own(scenario.outcomes, r.outcome);
  out.push(
    r.ended
      ? `Outcome: ${r.outcome}${label ? ` — ${label}` : ''}`
      : 'Outcome: the session did not end (the answers ran out)',
  );
  out.push(
    `Score: ${r.score}% — ${r.passed ? 'PASSED' : 'NOT PASSED'} (pass mark ${scenario.pass}%${r.critical ? ', critical error' : ''})`,
    '',
    'Competencies:',
  );
  // Every competency of the scenario, in its order; one the answered prompts could not earn shows "—".
  const ids = Object.keys(scenario.competencies);
  const width = Math.max(...ids.map((id) => own(scenario.competencies, id)!.label.length), 10);
  for (const id of ids) {
    const c = own(r.competencies, id);
    const label = own(scenario.competencies, id)!.label.padEnd(width);
    out.push(`  ${label}  ${c ? `${pct(c.score)}  (${c.earned}/${c.possible})` : '   —  (0/0)'}`);
  }
  out.push('', 'Turns:');
  if (!r.turns.length) out.push('  (no answer)');
  r.turns.forEach((t, i) => {
    const points = signedPoints(t.points);
    const ask = own(scenario.nodes, t.node)?.ask;
    const option = ask?.kind === 'choice' ? ask.options.find((o) => o.id === t.answer) : undefined;
    const said = option ? `chose ${option.id} (${JSON.stringify(option.text)})` : JSON.stringify(t.answer);
    out.push(`  ${i + 1}. ${t.node}: ${said}  ${points}${t.late ? '  (late)' : ''}`);
    if (t.matched.length) out.push(`     matched: ${t.matched.join(', ')}`);
    for (const f of t.feedback ?? []) out.push(`     · ${f}`);
  });
  if (r.criticals.length) {
    out.push('', 'Critical errors:');
    for (const f of failureLines(r, scenario.locale)) out.push(`  ✗ ${f.text}  [${f.node} › ${f.id}]`);
    out.push(`  ${criticalRule(scenario.locale)}`);
  }
  out.push('', `Path: ${r.path.join(' → ')}`);
  return `${out.join('\n')}\n`;
}

const USAGE = 'usage: rehearse run FILE --answers ANSWERS.yaml [--json] [--seed N]\n';

/** Runs the command; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const err = (m: string) => process.stderr.write(m);
  const p = parseArgs(args, { flags: ['json'], values: ['answers', 'seed'] });
  if ('error' in p) return (err(`rehearse run: ${p.error}\n${USAGE}`), 2);
  const file = p.positional[0];
  const answersFile = p.values.get('answers');
  if (!file || p.positional.length > 1 || !answersFile)
    return (
      err(
        `rehearse run: ${!file ? 'a scenario FILE is needed' : !answersFile ? '--answers ANSWERS.yaml is needed' : 'one scenario FILE at a time'}\n${USAGE}`,
      ),
      2
    );
  const seed = intOption(p, 'seed', 1, 0, 2 ** 32 - 1);
  if (typeof seed !== 'number') return (err(`rehearse run: ${seed.error}\n`), 2);
  const read1 = readScenarioFile(file);
  if ('diagnostic' in read1) return (err(`${formatDiagnostic(read1.diagnostic)}\n`), 1);
  const text = new TextDecoder().decode(read1.text);
  const { scenario, diagnostics } = loadScenario(read1.text, file, { conceptSets: (await conceptSetResolver())(file) });
  for (const d of diagnostics) if (!scenario || d.severity === 'error') err(`${formatDiagnostic(d, text)}\n`);
  if (!scenario) return 1;
  const answersText = read(answersFile);
  if (typeof answersText !== 'string') return (err(`rehearse run: ${answersText.error}\n`), 2);
  const parsed = loadAnswers(answersText, answersFile);
  for (const d of parsed.diagnostics) err(`${formatDiagnostic(d, answersText)}\n`);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return 2;
  const { report, error } = play(scenario, parsed.answers, { seed });
  if (error) {
    const pos = parsed.positions[error.index - 1];
    const where = pos ? `${answersFile}:${pos.line}:${pos.column}: ` : '';
    return (err(`rehearse run: ${where}${playErrorText(error)}\n`), 2);
  }
  process.stdout.write(p.flags.has('json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(scenario, report));
  return 0;
}
