/**
 * `rehearse run FILE --answers ANSWERS.yaml [--json] [--seed N]` — plays a scenario with scripted
 * answers and prints its report (readable, or exactly the contract's JSON with --json).
 * Exit codes: 0 played, 1 the scenario has errors, 2 bad arguments / answers file / an answer
 * that does not fit its prompt.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { formatDiagnostic } from '../../engine/diagnostics/index.ts';
import { loadScenario } from '../../engine/load/index.ts';
import { criticalId } from '../../engine/session/index.ts';
import { play } from '../../engine/testing.ts';
import type { Report, Scenario, ScriptedAnswer } from '../../engine/types.ts';
import { own } from '../../engine/util.ts';
import { parseArgs, intOption } from '../args.ts';
import { readScenarioFile } from '../read-files.ts';
import { signedPoints } from '../../app/score-display.ts';

/** Answers read from a YAML file, each with its 1-based position. */
export type AnswersFile =
  { answers: ScriptedAnswer[]; positions: Array<{ line: number; column: number }> } | { error: string };

/** Parses an answers file (a YAML list, same form as `tests[].answers`); errors carry FILE:LINE:COLUMN. */
export function parseAnswers(text: string, file: string): AnswersFile {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    const p = lc.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const fail = (offset: number | undefined, message: string) => {
    const p = at(offset);
    return { error: `${file}:${p.line}:${p.column}: ${message}` };
  };
  if (doc.errors.length)
    return fail(doc.errors[0]!.pos[0], `YAML syntax error: ${doc.errors[0]!.message.split('\n')[0]}`);
  const root = doc.contents as Node | null;
  if (!isSeq(root))
    return fail(root?.range?.[0], 'the answers file must be a YAML list of answers, e.g. ["Bonjour", refuse]');
  const answers: ScriptedAnswer[] = [];
  const positions: Array<{ line: number; column: number }> = [];
  const shape = 'expected a string, { text, seconds } or { choice, seconds }';
  for (const [i, item] of root.items.entries()) {
    const node = item as Node | null;
    const where = node?.range?.[0];
    const n = i + 1;
    if (isScalar(node) && node.value !== null && typeof node.value !== 'object') {
      answers.push(typeof node.value === 'string' ? node.value : String(node.source ?? node.value));
    } else if (isMap(node)) {
      const entry: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!['text', 'choice', 'seconds'].includes(key))
          return fail((pair.key as Node | null)?.range?.[0] ?? where, `answer ${n}: unknown key "${key}" (${shape})`);
        const v = pair.value as Node | null;
        entry[key] = isScalar(v) ? v.value : undefined;
        if (key === 'seconds' && !(typeof entry.seconds === 'number' && entry.seconds >= 0))
          return fail(v?.range?.[0] ?? where, `answer ${n}: seconds must be a number ≥ 0`);
        if (key !== 'seconds' && typeof entry[key] !== 'string')
          return fail(v?.range?.[0] ?? where, `answer ${n}: ${key} must be a string`);
      }
      const seconds = entry.seconds as number | undefined;
      if (typeof entry.text === 'string' && entry.choice === undefined)
        answers.push(seconds === undefined ? { text: entry.text } : { text: entry.text, seconds });
      else if (typeof entry.choice === 'string' && entry.text === undefined)
        answers.push(seconds === undefined ? { choice: entry.choice } : { choice: entry.choice, seconds });
      else return fail(where, `answer ${n}: ${shape}`);
    } else {
      return fail(where, `answer ${n}: ${shape}`);
    }
    positions.push(at(where));
  }
  return { answers, positions };
}

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
  const comps = Object.keys(r.competencies).map((id) => own(r.competencies, id)!);
  const width = Math.max(...comps.map((c) => c.label.length), 10);
  for (const c of comps)
    out.push(`  ${c.label.padEnd(width)}  ${c.possible > 0 ? pct(c.score) : '   —'}  (${c.earned}/${c.possible})`);
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
    for (const c of r.criticals) out.push(`  ✗ ${c.node} › ${criticalId(c)}: ${c.reason}`);
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
  const { scenario, diagnostics } = loadScenario(read1.text, file);
  for (const d of diagnostics) if (!scenario || d.severity === 'error') err(`${formatDiagnostic(d, text)}\n`);
  if (!scenario) return 1;
  const answersText = read(answersFile);
  if (typeof answersText !== 'string') return (err(`rehearse run: ${answersText.error}\n`), 2);
  const parsed = parseAnswers(answersText, answersFile);
  if ('error' in parsed) return (err(`rehearse run: ${parsed.error}\n`), 2);
  const { report, error } = play(scenario, parsed.answers, { seed });
  if (error) {
    const n = Number(/^answer (\d+)/.exec(error)?.[1] ?? 0);
    const pos = parsed.positions[n - 1];
    return (err(`rehearse run: ${pos ? `${answersFile}:${pos.line}:${pos.column}: ` : ''}${error}\n`), 2);
  }
  process.stdout.write(p.flags.has('json') ? `${JSON.stringify(report, null, 2)}\n` : formatReport(scenario, report));
  return 0;
}
