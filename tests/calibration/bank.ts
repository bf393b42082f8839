/**
 * The mistake banks: for each critical criterion of the library (tests/calibration/banks/, and a second round in
 * banks-r2/ of whole answers in which the mistake is one clause) and each negative one (banks-negative/), sentences
 * a volunteer might type that commit the mistake (`yes`) and sentences close to it that do not (`no`), written blind
 * from the scenarios with their phrase lists removed. They are
 * **tuning** aids, like the dev parts: phrases are tuned on them.
 *
 *   npx tsx tests/calibration/bank.ts [--scenario ID] [--worst N] [--bank critical|critical2|negative]
 *
 * Prints, per bank, per scenario and in all: how many `yes` sentences the engine charges with their mistake (caught)
 * and how many `no` sentences it charges all the same (false), then the misses verbatim. It never fails. See README.md.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreAnswer } from '../../engine/session/answer.ts';
import type { FreeAsk, Scenario } from '../../engine/types.ts';
import { freePrompt, libraryById, readYamlFolder } from './library.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/** One criterion's sentences. */
interface BankCriterion {
  node: string;
  id: string;
  yes?: string[];
  no?: string[];
}

/** One bank file: a scenario's critical criteria. */
interface BankFile {
  scenario: string;
  criteria: BankCriterion[];
}

/** The engine's verdict on one bank sentence. */
export interface BankVerdict {
  scenario: string;
  node: string;
  id: string;
  text: string;
  /** true for a `yes` sentence (the mistake is made). */
  expected: boolean;
  charged: boolean;
}

/** The two banks: their folder and the title their report prints. */
export const BANKS = {
  critical: { dir: join(here, 'banks'), title: 'critical-mistake bank' },
  critical2: { dir: join(here, 'banks-r2'), title: 'critical-mistake bank, second round' },
  negative: { dir: join(here, 'banks-negative'), title: 'negative-mistake bank' },
} as const;
export type BankKind = keyof typeof BANKS;

/** Reads the bank files (the critical bank unless another folder is given). */
export function readBank(dir: string = BANKS.critical.dir): BankFile[] {
  if (!existsSync(dir)) return [];
  return readYamlFolder<BankFile>(dir);
}

/** Runs the engine on every bank sentence. */
export function bankVerdicts(files: BankFile[], library: Map<string, Scenario>, only?: string): BankVerdict[] {
  const out: BankVerdict[] = [];
  for (const file of files) {
    if (only && file.scenario !== only) continue;
    for (const c of file.criteria) {
      const { scenario, ask } = freePrompt(library, file.scenario, c.node, 'bank');
      if (!(ask as FreeAsk).criteria.some((x) => x.id === c.id))
        throw new Error(`bank: ${file.scenario} ${c.node} has no criterion "${c.id}"`);
      for (const [expected, texts] of [
        [true, c.yes ?? []],
        [false, c.no ?? []],
      ] as const)
        for (const text of texts) {
          const fb = scoreAnswer(scenario, c.node, ask, text, false);
          out.push({
            scenario: file.scenario,
            node: c.node,
            id: c.id,
            text,
            expected,
            charged: fb.items.some((i) => i.id === c.id),
          });
        }
    }
  }
  return out;
}

/** The printed report: caught and false per scenario, then the misses. */
export function printBank(list: readonly BankVerdict[], worst: number, title: string = BANKS.critical.title): string {
  const out: string[] = [];
  const by = new Map<string, BankVerdict[]>();
  for (const v of list) by.set(v.scenario, [...(by.get(v.scenario) ?? []), v]);
  const line = (name: string, vs: readonly BankVerdict[]) => {
    const yes = vs.filter((v) => v.expected);
    const no = vs.filter((v) => !v.expected);
    const caught = yes.filter((v) => v.charged).length;
    const wrong = no.filter((v) => v.charged).length;
    return `${name.padEnd(32)} caught ${caught}/${yes.length} (${pct(caught, yes.length)}) · false ${wrong}/${no.length}`;
  };
  out.push(`== ${title} (a tuning aid): ${list.length} sentences`);
  for (const [name, vs] of [...by].sort()) out.push(line(name, vs));
  out.push(line('all', list));
  const bad = list.filter((v) => v.expected !== v.charged).slice(0, worst);
  if (bad.length) out.push(`misses (${bad.length} shown):`);
  for (const v of bad)
    out.push(`  ${v.expected ? 'not caught' : 'false'} ${v.scenario} ${v.node} ${v.id}: ${JSON.stringify(v.text)}`);
  return out.join('\n');
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  console.log(printBanks(libraryById(), Number(arg('--worst') ?? 20), arg('--scenario'), arg('--bank') as BankKind));
}

/** The report of both banks (or of one), one after the other. */
export function printBanks(library: Map<string, Scenario>, worst: number, only?: string, kind?: BankKind): string {
  return (Object.keys(BANKS) as BankKind[])
    .filter((k) => !kind || k === kind)
    .map((k) => printBank(bankVerdicts(readBank(BANKS[k].dir), library, only), worst, BANKS[k].title))
    .join('\n\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
