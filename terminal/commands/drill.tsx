/** `rehearse drill [--count N] [--setting S] [--lang fr|en]` — quick drill of single prompts, recorded in progress. */
import { attemptFromReport } from '../../app/progress.ts';
import { loadProgress, saveAttempts } from '../../app/progress-storage.ts';
import { drillScenario, selectDrill } from '../../app/drill.ts';
import { SETTINGS, type Locale, type Setting } from '../../engine/types.ts';
import { intOption, parseArgs } from '../args.ts';
import { loadLibrary } from '../library.ts';
import { notATerminal } from '../tty.ts';
import { colorEnabled } from '../color.ts';
import { dataDir, fileStore } from '../storage/file-store.ts';
import type { DrillResult } from '../ui/drill-screen.tsx';

const err = (s: string) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);

/** Runs the command; returns the exit code. */
export async function main(args: string[]): Promise<number> {
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
  const tty = notATerminal('drill');
  if (tty) return (err(tty), 2);
  const color = colorEnabled(process.env, process.stdout);
  const files = fileStore(dataDir());
  // Ink (with its WebAssembly layout engine) loads while the library and the progress file are read.
  const ui = import('../ui/drill-app.tsx');
  ui.catch(() => undefined); // reported where it is awaited
  const [library, loaded] = [await loadLibrary(), loadProgress(files)];
  if (loaded.notice) err(`⚠ ${loaded.notice}`);
  const opts = {
    count,
    seed,
    ...(setting ? { setting: setting as Setting } : {}),
    ...(lang ? { lang: lang as Locale } : {}),
  };
  const items = selectDrill(library, loaded.attempts, opts);
  if (!items.length) {
    err(
      `rehearse drill: no drill prompt matches${setting ? ` --setting ${setting}` : ''}${lang ? ` --lang ${lang}` : ''}.`,
    );
    return 1;
  }
  const run = `drill@${new Date().toISOString()}`;
  const record = (r: DrillResult) => {
    const at = new Date().toISOString();
    const attempt = attemptFromReport(drillScenario(r.item), r.report, at);
    attempt.id = `${r.item.scenario.id}#${r.item.node}@${at}`;
    attempt.drill = { node: r.item.node, run };
    const saved = saveAttempts(files, [attempt]);
    if (saved.notice) err(`⚠ ${saved.notice}`);
  };
  if (await (await ui).runDrill(items, seed, record, color)) return 0;
  process.stdout.write('\nDrill stopped. The prompts you answered are saved in your progress.\n');
  return 130;
}
