/** `rehearse play [ID|FILE] [--exam] [--resume]` — a whole scenario in the terminal, saved for --resume. */
import '../../engine/session/answer.ts'; // the answer checker: typed answers are read at once
import { existsSync, readFileSync } from 'node:fs';
import { persistSession, storePorts } from '../../app/persist-session.ts';
import { keepPreviousSession, loadSavedSession, SESSION_NAME } from '../../app/saved-session.ts';
import { createSessionStore } from '../../app/session-store.ts';
import { contentHash } from '../../engine/compile.ts';
import type { Scenario } from '../../engine/types.ts';
import { sendSession } from '../lrs/terminal-outbox.ts';
import { parseArgs, intOption } from '../args.ts';
import { loadLibrary } from '../library.ts';
import { dataDir, fileStore } from '../storage/file-store.ts';
import { notATerminal } from '../tty.ts';
import { PlayScreen } from '../ui/play-screen.tsx';
import { runInk } from '../ui/run-ink.tsx';
import { ScenarioPicker } from '../ui/scenario-picker.tsx';
import { colorEnabled } from '../ui/theme.tsx';

const err = (s: string) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`);

/** The content hash of each scenario played (its file's, or the bundled library's), for the LRS statements. */
const hashes = new Map<string, string>();

/** A scenario from a YAML file (diagnostics printed) or the bundled library, or an exit code. */
async function resolveScenario(arg: string, color: boolean): Promise<Scenario | number> {
  if (/\.ya?ml$/i.test(arg) || arg.includes('/') || existsSync(arg)) {
    let text: string;
    try {
      text = readFileSync(arg, 'utf8');
    } catch (e) {
      err(
        `rehearse play: cannot read ${arg}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
      );
      return 2;
    }
    const [{ loadScenario }, { formatDiagnostic }, { conceptSetResolver }] = await Promise.all([
      import('../../engine/load/index.ts'),
      import('../../engine/diagnostics/index.ts'),
      import('../bundled-sets.ts'),
    ]);
    const { scenario, diagnostics } = loadScenario(text, arg, { conceptSets: (await conceptSetResolver())(arg) });
    for (const d of diagnostics) err(formatDiagnostic(d, text, { color }));
    if (!scenario) {
      err(`rehearse play: ${arg} has errors; fix them and try again (see \`rehearse validate ${arg}\`).`);
      return 1;
    }
    hashes.set(scenario.id, contentHash(text));
    return scenario;
  }
  const library = await loadLibrary();
  const found = library.find((c) => c.scenario.id === arg);
  if (found) return (hashes.set(found.scenario.id, found.hash), found.scenario);
  err(
    `rehearse play: no bundled scenario "${arg}". Bundled: ${library.map((c) => c.scenario.id).join(', ') || '(none)'}.`,
  );
  return 2;
}

/** Sends what the session owes to the configured LRS (nothing without one) and says how it went. */
async function tellLrs(s: ReturnType<ReturnType<typeof createSessionStore>['getState']>): Promise<void> {
  if (!s.scenario || !s.state) return;
  const hash =
    hashes.get(s.scenario.id) ?? (await loadLibrary()).find((c) => c.scenario.id === s.scenario!.id)?.hash ?? '';
  const line = await sendSession(s.scenario, s.state, hash, s.scenario.locale);
  if (line) err(line);
}

/** Runs the command; returns the exit code (130 when interrupted, the session being saved). */
export async function main(args: string[]): Promise<number> {
  const p = parseArgs(args, { flags: ['exam', 'resume'], values: ['seed'] });
  if ('error' in p) return (err(`rehearse play: ${p.error}`), 2);
  const seed = intOption(p, 'seed', Math.floor(Math.random() * 2 ** 31), 0, 2 ** 31);
  if (typeof seed !== 'number') return (err(`rehearse play: ${seed.error}`), 2);
  if (p.positional.length > 1) return (err('rehearse play: give at most one scenario id or file'), 2);
  if (p.positional.length && p.flags.has('resume'))
    return (err('rehearse play: --resume continues the saved session; give no scenario with it'), 2);
  const color = colorEnabled(process.env, process.stdout);
  // A named scenario is checked first: a file's diagnostics are worth printing even without a terminal.
  const named =
    p.positional[0] !== undefined && !p.flags.has('resume')
      ? await resolveScenario(p.positional[0], colorEnabled(process.env, process.stderr))
      : null;
  if (typeof named === 'number') return named;
  const tty = notATerminal('play');
  if (tty) return (err(tty), 2);
  const files = fileStore(dataDir());
  const store = createSessionStore();
  if (p.flags.has('resume')) {
    const loaded = loadSavedSession(files);
    if ('none' in loaded) {
      const where = files.where(SESSION_NAME);
      return (err(`rehearse play: there is no interrupted session to resume (nothing saved in ${where}).`), 1);
    }
    if ('notice' in loaded) return (err(`rehearse play: ${loaded.notice}`), 1);
    store.getState().resume(loaded.saved);
  } else {
    let scenario = named;
    if (!scenario) {
      const library = await loadLibrary();
      for (const c of library) hashes.set(c.scenario.id, c.hash);
      const scenarios = library.map((c) => c.scenario);
      const picked = await runInk<string>((done) => <ScenarioPicker scenarios={scenarios} onPick={done} />, {
        color,
        clear: true,
      });
      if (!picked.done) return 0;
      const found = scenarios.find((s) => s.id === picked.value);
      if (!found) return 2;
      scenario = found;
    }
    const previous = keepPreviousSession(files);
    if (previous) err(previous);
    store.getState().start(scenario, { seed, exam: p.flags.has('exam') });
  }
  // Told after the screen closes, so that Ink's drawing does not swallow them.
  const notices: string[] = [];
  const unsubscribe = persistSession(
    store,
    storePorts(files, (n) => notices.push(n)),
  );
  const result = await runInk<true>((done) => <PlayScreen store={store} onFinish={() => done(true)} />, { color });
  unsubscribe();
  for (const n of new Set(notices)) err(`⚠ ${n}`);
  await tellLrs(store.getState());
  if (store.getState().ended) return 0;
  process.stdout.write('\nSession saved. Continue it with: rehearse play --resume\n');
  return result.done ? 0 : 130;
}
