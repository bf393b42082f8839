/**
 * Engine benchmarks against inkjs, in one process: load + check, loading the compiled form, a
 * session step, free-text scoring, and the trainer preview's re-check after a one-character edit.
 */
import { Compiler, CompilerOptions, Story } from 'inkjs/full';
import { readdirSync, readFileSync } from 'node:fs';
import { loadScenario } from '../engine/load/index.ts';
import { yamlReaderPath } from '../engine/load/parse-yaml.ts';
import { compileScenario, readCompiledLibrary } from '../engine/compile.ts';
import { start, step } from '../engine/session/index.ts';
import type { Scenario } from '../engine/types.ts';
import { generateInk, generateYaml } from './generate.ts';
import { scoringAnswers, scoringScenario } from './scoring-fixture.ts';
import { median, round, timeMs } from './measure.ts';

/** One row of the results table. */
export interface Row {
  id: string;
  what: string;
  rehearse: number;
  baseline: number | null;
  unit: string;
  ratio: number | null;
  budget: string;
  ok: boolean | null;
}

function mustLoad(text: string): Scenario {
  const { scenario, diagnostics } = loadScenario(text, 'bench.yaml');
  if (!scenario)
    throw new Error(
      `bench scenario does not load: ${diagnostics
        .slice(0, 3)
        .map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)
        .join('; ')}`,
    );
  return scenario;
}

function inkCompile(src: string): string {
  const errors: string[] = [];
  const opts = new CompilerOptions(null, [], false, (m: string) => {
    errors.push(m);
  });
  const story = new Compiler(src, opts).Compile();
  if (errors.length) throw new Error(`ink story does not compile: ${errors[0]}`);
  return story.ToJson() ?? '';
}

/** Section 1: load + check vs ink compile; linearity; compiled-form load vs `new Story(json)`. */
export function benchLoad(nodes: number, runs: number): Row[] {
  const yaml = generateYaml(nodes);
  const yamlHalf = generateYaml(nodes / 2);
  const ink = generateInk(nodes);
  const ours = timeMs(() => mustLoad(yaml), runs);
  const half = timeMs(() => mustLoad(yamlHalf), runs);
  const theirs = timeMs(() => inkCompile(ink), Math.max(1, Math.ceil(runs / 2)));
  const compiled = JSON.stringify([compileScenario(mustLoad(yaml), yaml, 'bench.yaml')]);
  const inkJson = inkCompile(ink);
  const oursCompiled = timeMs(() => {
    if ('error' in readCompiledLibrary(compiled)) throw new Error('compiled form refused');
  }, runs * 2);
  const theirsCompiled = timeMs(() => new Story(inkJson), runs * 2);
  const kb = (s: string) => `${Math.round(s.length / 1024)} KB`;
  return [
    row(
      '1a',
      `load + check ${nodes} nodes (YAML ${kb(yaml)}) vs inkjs compile (${kb(ink)})`,
      ours,
      theirs,
      'ms',
      '≤ 0.7',
    ),
    row('1b', `linearity: ${nodes} nodes vs ${nodes / 2} nodes (Rehearse)`, ours, half, 'ms', '≤ 2.2'),
    row(
      '1c',
      `load compiled form (${kb(compiled)}) vs inkjs new Story(json) (${kb(inkJson)})`,
      oursCompiled,
      theirsCompiled,
      'ms',
      '≤ 0.2',
    ),
  ];
}

/**
 * Section 1, the reader taken: how many library files the fast YAML reader reads (the others fall
 * back to the `yaml` package, about 5× slower), as written and once saved with Windows line
 * endings. Each fallback's reason goes to stderr.
 */
export function benchReaderPath(): Row[] {
  const dir = new URL('../scenarios/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  const count = (crlf: boolean) =>
    files.filter((f) => {
      const text = readFileSync(new URL(f, dir), 'utf8');
      const path = yamlReaderPath(crlf ? text.replace(/\r?\n/g, '\r\n') : text);
      if (path !== 'fast' && !crlf) process.stderr.write(`bench: ${f} falls back to yaml: ${path.fallback}\n`);
      return path === 'fast';
    }).length;
  const what = (how: string) => `fast YAML reader: library files read fast ${how} (the others fall back to yaml)`;
  const info = (id: string, how: string, n: number): Row => ({
    ...row(id, what(how), n, files.length, 'files', '—'),
    ratio: null,
    ok: null,
  });
  return [info('1d', 'as written', count(false)), info('1e', 'once saved with CRLF line endings', count(true))];
}

/** Section 2: one session step (answer a choice) vs inkjs ChooseChoiceIndex + Continue.
 * Each side is measured with only its own story in memory (the other's heap would tax its GC). */
export function benchStep(nodes: number, steps: number): Row[] {
  const gc = (globalThis as { gc?: () => void }).gc;
  const perStep = (run: () => void): number => {
    const times: number[] = [];
    for (let rep = 0; rep < 30; rep++) {
      // the first 5 reps warm up (JIT) and are not counted
      gc?.();
      const t = performance.now();
      run();
      if (rep >= 5) times.push(((performance.now() - t) * 1000) / steps);
    }
    return median(times);
  };
  let scenario: Scenario | null = mustLoad(generateYaml(nodes));
  const ours = perStep(() => {
    let { state } = start(scenario!, { seed: 1 });
    for (let i = 0; i < steps; i++) ({ state } = step(scenario!, state, { type: 'choose', option: `keep${i}` }));
  });
  scenario = null;
  const story = new Story(inkCompile(generateInk(nodes)));
  const theirs = perStep(() => {
    story.ResetState();
    story.ContinueMaximally();
    for (let i = 0; i < steps; i++) {
      story.ChooseChoiceIndex(0);
      story.ContinueMaximally();
    }
  });
  return [
    row('2', `session step, answer a choice (mean of ${steps} steps, start included)`, ours, theirs, 'µs', '≤ 0.1'),
  ];
}

/** Section 3: free-text scoring throughput, fr and en, and one 200 000-character answer. */
export function benchScoring(ms: number): Row[] {
  const rows: Row[] = [];
  for (const locale of ['fr', 'en'] as const) {
    const scenario = mustLoad(scoringScenario(locale));
    const answers = scoringAnswers(locale);
    const { state } = start(scenario, { seed: 1 });
    for (let i = 0; i < 300; i++) step(scenario, state, { type: 'answer', text: answers[i % answers.length]! }); // warm the JIT and the phrase cache
    let n = 0;
    const t = performance.now();
    while (performance.now() - t < ms) {
      const r = step(scenario, state, { type: 'answer', text: answers[n % answers.length]! });
      if (r.error) throw new Error(r.error);
      n++;
    }
    const perSecond = n / ((performance.now() - t) / 1000);
    rows.push(
      row(
        `3${locale === 'fr' ? 'a' : 'b'}`,
        `free-text scoring, ${locale}, ~200-char answers × 10 criteria`,
        perSecond,
        null,
        'answers/s',
        '≥ 50000',
        perSecond >= 50000,
      ),
    );
  }
  const scenario = mustLoad(scoringScenario('fr'));
  const { state } = start(scenario, { seed: 1 });
  let long = '';
  while (long.length < 200_000) long += `${scoringAnswers('fr')[long.length % 3]} `;
  long = long.slice(0, 200_000);
  const longMs = timeMs(() => step(scenario, state, { type: 'answer', text: long }), 3);
  rows.push(row('3c', 'one 200 000-character answer scored', longMs, null, 'ms', '< 100', longMs < 100));
  return rows;
}

/** Section 6 (engine side): re-check of a ~30 KB scenario after a one-character edit. */
export function benchRecheck(runs: number): Row[] {
  let nodes = 10;
  while (generateYaml(nodes).length < 30 * 1024) nodes += 10;
  const text = generateYaml(nodes);
  const at = text.indexOf('Message 5:');
  const edited = `${text.slice(0, at)}X${text.slice(at)}`;
  let flip = false;
  const ms = timeMs(
    () => {
      flip = !flip;
      loadScenario(flip ? edited : text, 'preview.yaml');
    },
    runs,
    3,
  );
  return [
    row(
      '6a',
      `re-check a ${Math.round(text.length / 1024)} KB scenario after a one-character edit (worker side)`,
      ms,
      null,
      'ms',
      '< 150',
      ms < 150,
    ),
  ];
}

/** Builds a row; ratio = rehearse / baseline where there is a baseline. */
export function row(
  id: string,
  what: string,
  rehearse: number,
  baseline: number | null,
  unit: string,
  budget: string,
  okOverride?: boolean,
): Row {
  const ratio = baseline ? round(rehearse / baseline, 3) : null;
  const limit = Number(budget.replace(/[^\d.]/g, ''));
  const ok = okOverride ?? (ratio === null ? null : budget.startsWith('≤') ? ratio <= limit : ratio >= limit);
  return {
    id,
    what,
    rehearse: round(rehearse, 3),
    baseline: baseline === null ? null : round(baseline, 3),
    unit,
    ratio,
    budget,
    ok,
  };
}
