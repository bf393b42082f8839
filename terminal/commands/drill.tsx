/** `rehearse drill [--count N] [--setting S] [--lang fr|en]` — quick drill of single prompts, recorded in progress. */
import { attemptFromReport } from '../../app/progress.ts';
import { loadProgress, saveAttempts } from '../../app/progress-storage.ts';
import { drillScenario, rankDrill, type DrillItem } from '../../app/drill.ts';
import type { Attempt } from '../../app/progress.ts';
import { SETTINGS, type Locale, type Setting } from '../../engine/types.ts';
import { intOption, parseArgs } from '../args.ts';
import { drillCandidates, libraryIndex, type LibraryIndexEntry } from '../library.ts';
import { drillLocale, rememberLocale } from '../locale.ts';
import { notATerminal } from '../tty.ts';
import { colorEnabled } from '../color.ts';
import { openDataFolder } from '../storage/data-folder.ts';
import type { DrillResult } from '../ui/drill-screen.tsx';
import { screenText, wrapWords } from '../ui/screen-text.ts';
import { wordsFor } from '../ui/words.ts';

const err = (s: string) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);

/** The checked options, or the exit code of a usage mistake (its message printed). */
function options(args: string[]) {
  const p = parseArgs(args, { values: ['count', 'setting', 'lang', 'seed'] });
  if ('error' in p) return (err(`rehearse drill: ${p.error}`), 2);
  if (p.positional.length) return (err(`rehearse drill: unexpected argument "${p.positional[0]}"`), 2);
  const count = intOption(p, 'count', 5, 1, 50);
  if (typeof count !== 'number') return (err(`rehearse drill: ${count.error}`), 2);
  const seed = intOption(p, 'seed', Math.floor(Math.random() * 2 ** 31), 0, 2 ** 31);
  if (typeof seed !== 'number') return (err(`rehearse drill: ${seed.error}`), 2);
  const setting = p.values.get('setting');
  if (setting !== undefined && !(SETTINGS as readonly string[]).includes(setting))
    return (err(`rehearse drill: --setting must be one of ${SETTINGS.join(', ')} (got "${setting}")`), 2);
  const lang = p.values.get('lang');
  if (lang !== undefined && lang !== 'fr' && lang !== 'en')
    return (err(`rehearse drill: --lang must be fr or en (got "${lang}")`), 2);
  return { count, seed, setting: setting as Setting | undefined, lang: lang as Locale | undefined };
}

/**
 * The prompts to drill, chosen on the library's index (`rankDrill`), then only their scenarios loaded: a drill's
 * start parses none of the others.
 */
async function chooseItems(
  index: readonly LibraryIndexEntry[],
  attempts: readonly Attempt[],
  filter: { count: number; seed: number; lang: Locale; setting?: Setting },
): Promise<DrillItem[]> {
  const chosen = rankDrill(drillCandidates(index, filter), attempts, filter);
  // a scenario's chunk is imported once: two prompts of one scenario share its object
  return Promise.all(chosen.map(async (c) => ({ scenario: (await c.entry.load()).scenario, node: c.node })));
}

/** Runs the command; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const o = options(args);
  if (typeof o === 'number') return o;
  const tty = notATerminal('drill');
  if (tty) return (err(tty), 2);
  const color = colorEnabled(process.env, process.stdout);
  const { locale } = drillLocale(o.lang);
  const w = wordsFor(locale);
  const folder = openDataFolder();
  // Ink (with its WebAssembly layout engine) loads while the library's index and the progress file are read.
  const ui = import('../ui/drill-app.tsx');
  ui.catch(() => undefined); // reported where it is awaited
  const [index, loaded] = [await libraryIndex(), loadProgress(folder.store, { locale })];
  const notices = [
    ...(folder.unwritable ? [w.notWritable(folder.dir, folder.unwritable)] : []),
    ...(loaded.notice ? [loaded.notice] : []),
    ...(o.lang ? [rememberLocale(o.lang)].filter((n): n is string => n !== null) : []),
  ];
  const filter = { count: o.count, seed: o.seed, lang: locale, ...(o.setting ? { setting: o.setting } : {}) };
  const items = await chooseItems(index, loaded.attempts, filter);
  if (!items.length) {
    err(
      `rehearse drill: no drill prompt matches${o.setting ? ` --setting ${o.setting}` : ''} in ${locale} (--lang ${locale}).`,
    );
    return 1;
  }
  // Two drills may answer the same prompt in the same millisecond: the run's own tag keeps their attempts apart.
  const tag = `${process.pid.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const run = `drill@${new Date().toISOString()}~${tag}`;
  let unsaved = 0;
  const record = (r: DrillResult): string | null => {
    const at = new Date().toISOString();
    const attempt = attemptFromReport(drillScenario(r.item), r.report, at);
    attempt.id = `${r.item.scenario.id}#${r.item.node}@${at}~${tag}`;
    attempt.drill = { node: r.item.node, run };
    const saved = saveAttempts(folder.store, [attempt], { locale });
    if (saved.notSaved) unsaved++;
    return saved.notice ?? null;
  };
  const result = await (await ui).runDrill({ items, seed: o.seed, locale, record, color, notices });
  if (!result.done && result.error) return (err(`rehearse drill: internal error: ${screenText(result.error)}`), 70);
  if (result.done) return 0;
  process.stdout.write(
    `\n${wrapWords(screenText(unsaved || folder.unwritable ? w.drillStoppedUnsaved : w.drillStopped, locale), process.stdout.columns || 80)}\n`,
  );
  return 130;
}
