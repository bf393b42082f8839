/**
 * `npm run calibrate`: the engine's verdicts against the blind calibration corpus, for each part
 * (tune/, held-out/): exact agreement per answer, precision and recall of positive criteria, missed
 * and false criticals, missed and false negatives, Cohen's κ per criterion, the worst disagreements.
 *
 *   npm run calibrate [-- --part tune|held-out|fresh|dev|dev2|dev3|fresh2|dev4|fresh3|dev5|fresh4|dev6|fresh5|
 *     dev7|fresh6] [--worst N] [--json] [--scenario ID]
 *
 * Without --part it also prints the critical and negative mistake banks (bank.ts). It prints; it never fails (the
 * unit tests guard the matching rules). See tests/calibration/README.md.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cohenKappa } from '../../app/review/stats.ts';
import { scoreAnswer } from '../../engine/session/answer.ts';
import type { Criterion, FreeAsk, Scenario } from '../../engine/types.ts';
import { printBanks } from './bank.ts';
import { freePrompt, libraryById, readYamlFolder } from './library.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/** One labelled answer of the corpus. */
interface LabelledAnswer {
  id: string;
  text: string;
  meets: string[];
  why?: string;
}

/** One prompt of a corpus file: the criteria judged at labelling time and its answers. */
interface CorpusPrompt {
  node: string;
  judged: string[];
  answers: LabelledAnswer[];
}

/** A corpus file. */
interface CorpusFile {
  scenario: string;
  part: string;
  prompts: CorpusPrompt[];
}

/** The engine's verdict on one answer, side by side with the label. */
export interface Verdict {
  scenario: string;
  node: string;
  id: string;
  text: string;
  labelled: string[];
  engine: string[];
  stuffed: boolean;
  criteria: Criterion[];
}

type Kind = 'positive' | 'negative' | 'critical';
const kindOf = (c: Criterion): Kind => (c.critical !== undefined ? 'critical' : c.points < 0 ? 'negative' : 'positive');

export { libraryById };

/**
 * The corpus parts: tuned on (tune, dev, dev2, dev3, dev4, dev5, dev6, dev7), never tuned on (held-out, fresh,
 * fresh2, fresh3, fresh4, fresh5, fresh6);
 * see README.md.
 */
export const PARTS = [
  'tune',
  'held-out',
  'fresh',
  'dev',
  'dev2',
  'dev3',
  'fresh2',
  'dev4',
  'fresh3',
  'dev5',
  'fresh4',
  'dev6',
  'fresh5',
  'dev7',
  'fresh6',
] as const;

/** Reads the corpus files of one part. */
export function readPart(part: string, dir = here): CorpusFile[] {
  return readYamlFolder<CorpusFile>(join(dir, part));
}

/** Runs the engine on every answer of a part. */
export function verdicts(files: CorpusFile[], library: Map<string, Scenario>, only?: string): Verdict[] {
  const out: Verdict[] = [];
  for (const file of files) {
    if (only && file.scenario !== only) continue;
    for (const p of file.prompts) {
      const { scenario, ask } = freePrompt(library, file.scenario, p.node, 'calibration');
      const judged = new Set(p.judged);
      const criteria = (ask as FreeAsk).criteria.filter((c) => judged.has(c.id));
      for (const a of p.answers) {
        const fb = scoreAnswer(scenario, p.node, ask, a.text, false);
        out.push({
          scenario: file.scenario,
          node: p.node,
          id: a.id,
          text: a.text,
          labelled: a.meets ?? [],
          engine: fb.items.map((i) => i.id).filter((id) => judged.has(id)),
          stuffed: fb.stuffed !== undefined,
          criteria,
        });
      }
    }
  }
  return out;
}

/** Cohen's κ of two binary raters over the same items (app/review/stats.ts), or null when it is undefined. */
export function kappaOf(pairs: Array<[boolean, boolean]>): number | null {
  return cohenKappa(pairs.map(([a, b]) => [Number(a), Number(b)])).value;
}

/** The figures of one part. */
export interface Figures {
  answers: number;
  exact: number;
  positive: { tp: number; fp: number; fn: number };
  critical: { labelled: number; missed: number; falseHits: number };
  negative: { labelled: number; missed: number; falseHits: number };
  stuffed: number;
  kappa: Array<{ scenario: string; id: string; kappa: number; n: number }>;
}

/** Computes the figures of a list of verdicts. */
export function figures(list: Verdict[]): Figures {
  const f: Figures = {
    answers: list.length,
    exact: 0,
    positive: { tp: 0, fp: 0, fn: 0 },
    critical: { labelled: 0, missed: 0, falseHits: 0 },
    negative: { labelled: 0, missed: 0, falseHits: 0 },
    stuffed: 0,
    kappa: [],
  };
  const perCriterion = new Map<string, { scenario: string; id: string; pairs: Array<[boolean, boolean]> }>();
  for (const v of list) {
    const L = new Set(v.labelled);
    const E = new Set(v.engine);
    if (L.size === E.size && [...L].every((x) => E.has(x))) f.exact++;
    if (v.stuffed) f.stuffed++;
    for (const c of v.criteria) {
      const l = L.has(c.id);
      const e = E.has(c.id);
      const key = `${v.scenario}#${c.id}`;
      const row = perCriterion.get(key) ?? { scenario: v.scenario, id: c.id, pairs: [] };
      row.pairs.push([l, e]);
      perCriterion.set(key, row);
      const k = kindOf(c);
      if (k === 'positive') {
        if (l && e) f.positive.tp++;
        else if (e) f.positive.fp++;
        else if (l) f.positive.fn++;
      } else {
        const bucket = k === 'critical' ? f.critical : f.negative;
        if (l) bucket.labelled++;
        if (l && !e) bucket.missed++;
        if (e && !l) bucket.falseHits++;
      }
    }
  }
  for (const row of perCriterion.values()) {
    const hasBoth = row.pairs.some(([l]) => l) && row.pairs.some(([l]) => !l);
    const k = hasBoth ? kappaOf(row.pairs) : null;
    if (k !== null) f.kappa.push({ scenario: row.scenario, id: row.id, kappa: k, n: row.pairs.length });
  }
  f.kappa.sort((a, b) => a.kappa - b.kappa);
  return f;
}

/** How bad a disagreement is: false or missed criticals first, then negatives, then positives. */
function severity(v: Verdict): number {
  let s = 0;
  const L = new Set(v.labelled);
  const E = new Set(v.engine);
  for (const c of v.criteria) {
    if (L.has(c.id) === E.has(c.id)) continue;
    const k = kindOf(c);
    s += k === 'critical' ? 100 : k === 'negative' ? 10 : 1;
  }
  return s;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');

/** The printed report of one part. */
export function printPart(name: string, list: Verdict[], worst: number): string {
  const f = figures(list);
  const p = f.positive;
  const out: string[] = [];
  out.push(`== ${name}: ${f.answers} answers`);
  out.push(`exact agreement per answer: ${f.exact}/${f.answers} = ${pct(f.exact, f.answers)}`);
  out.push(
    `positive criteria: precision ${pct(p.tp, p.tp + p.fp)} (${p.fp} false), recall ${pct(p.tp, p.tp + p.fn)} (${p.fn} missed)`,
  );
  out.push(
    `critical criteria: ${f.critical.labelled} labelled, ${f.critical.missed} missed (${pct(f.critical.missed, f.critical.labelled)}), ${f.critical.falseHits} false`,
  );
  out.push(
    `negative criteria: ${f.negative.labelled} labelled, ${f.negative.missed} missed (${pct(f.negative.missed, f.negative.labelled)}), ${f.negative.falseHits} false`,
  );
  out.push(`flagged as keyword stuffing: ${f.stuffed}`);
  const ks = f.kappa;
  if (ks.length) {
    const mean = ks.reduce((n, k) => n + k.kappa, 0) / ks.length;
    out.push(`Cohen's κ per criterion (${ks.length} criteria with both classes): mean ${mean.toFixed(2)}; lowest:`);
    for (const k of ks.slice(0, 12)) out.push(`  ${k.kappa.toFixed(2)}  ${k.scenario} ${k.id} (n=${k.n})`);
  }
  const bad = list
    .map((v) => ({ v, s: severity(v) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .slice(0, worst);
  if (bad.length) out.push(`worst disagreements (${bad.length}):`);
  for (const { v } of bad) {
    const L = new Set(v.labelled);
    const E = new Set(v.engine);
    const missed = v.labelled.filter((x) => !E.has(x));
    const extra = v.engine.filter((x) => !L.has(x));
    out.push(`  [${v.id}] ${JSON.stringify(v.text)}`);
    out.push(`      missed: ${missed.join(', ') || '—'} · extra: ${extra.join(', ') || '—'}`);
  }
  return out.join('\n');
}

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const parts = arg('--part') ? [arg('--part')!] : PARTS;
  const worst = Number(arg('--worst') ?? 15);
  const library = libraryById();
  const json: Record<string, Figures> = {};
  for (const part of parts) {
    const list = verdicts(readPart(part), library, arg('--scenario'));
    if (argv.includes('--json')) json[part] = figures(list);
    else console.log(printPart(part, list, worst) + '\n');
  }
  if (argv.includes('--json')) console.log(JSON.stringify(json, null, 2));
  else if (!arg('--part')) console.log(printBanks(library, worst, arg('--scenario')));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
