/**
 * `rehearse play [ID|FILE] [--exam] [--restart]`, `rehearse play --resume [ID]` — a whole scenario in the
 * terminal, saved after every answer in its own session file for --resume.
 */
import '../../engine/session/answer.ts'; // the answer checker: typed answers are read at once
import { existsSync, readFileSync } from 'node:fs';
import { persistSession, storePorts } from '../../app/persist-session.ts';
import { sessionNameOf, waitingSessions, type WaitingSession } from '../../app/saved-session.ts';
import { createSessionStore } from '../../app/session-store.ts';
import { contentHash } from '../../engine/compile.ts';
import type { Locale, Scenario } from '../../engine/types.ts';
import { sendSession } from '../lrs/terminal-outbox.ts';
import { parseArgs, intOption, type Parsed } from '../args.ts';
import { libraryIndex } from '../library.ts';
import { drillLocale } from '../locale.ts';
import { openDataFolder, type DataFolder } from '../storage/data-folder.ts';
import { createNoticeStore } from '../ui/notice-store.ts';
import { screenText, wrapWords } from '../ui/screen-text.ts';
import { WordsContext, wordsFor } from '../ui/words.ts';
import { claimSession, resumable, sessionFor, type PlayChoice } from './play-session.ts';
import { notATerminal } from '../tty.ts';
import { PlayScreen } from '../ui/play-screen.tsx';
import { runInk, type InkResult } from '../ui/run-ink.tsx';
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
      import('../diagnostic-lines.ts'),
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
  const index = await libraryIndex();
  const found = index.find((e) => e.id === arg);
  if (found) return (hashes.set(found.id, found.hash), (await found.load()).scenario);
  err(`rehearse play: no bundled scenario "${arg}". Bundled: ${index.map((e) => e.id).join(', ') || '(none)'}.`);
  return 2;
}

/** Sends what the session owes to the configured LRS (nothing without one) and says how it went. */
async function tellLrs(s: ReturnType<ReturnType<typeof createSessionStore>['getState']>): Promise<void> {
  if (!s.scenario || !s.state) return;
  const hash = hashes.get(s.scenario.id) ?? (await libraryIndex()).find((e) => e.id === s.scenario!.id)?.hash ?? '';
  const line = await sendSession(s.scenario, s.state, hash, s.scenario.locale);
  if (line) err(line);
}

/** The waiting session `--resume [ID]` continues (picked from a list when several wait), or an exit code. */
async function pickResume(
  waiting: WaitingSession[],
  id: string | undefined,
  where: string,
  locale: Locale,
  color: boolean,
): Promise<WaitingSession | number> {
  const w = wordsFor(locale);
  const list = resumable(waiting, id);
  if (!list.length) {
    const ids = resumable(waiting, undefined).map((s) => s.saved.scenario.id);
    const why = id !== undefined && ids.length ? w.noSuchSession(id, ids.join(', ')) : w.nothingToResume(where);
    return (err(`rehearse play: ${screenText(why, locale)}`), 1);
  }
  if (list.length === 1) return list[0]!;
  const scenarios = list.map((s) => s.saved.scenario);
  const waitingIds = new Set(scenarios.map((s) => s.id));
  const picked = await runInk<string>(
    (done) => (
      <WordsContext.Provider value={w}>
        <ScenarioPicker scenarios={scenarios} waiting={waitingIds} onPick={done} />
      </WordsContext.Provider>
    ),
    { color, clear: true },
  );
  if (!picked.done) return 0;
  return list.find((s) => s.saved.scenario.id === picked.value) ?? 2;
}

/** The scenario to start: the one named, or one picked from the library (its waiting sessions marked), in `locale`. */
async function pickScenario(
  named: Scenario | null,
  waiting: WaitingSession[],
  locale: Locale,
  color: boolean,
): Promise<Scenario | number> {
  if (named) return named;
  const index = await libraryIndex();
  for (const e of index) hashes.set(e.id, e.hash);
  const waitingIds = new Set(waiting.map((s) => s.saved.scenario.id));
  const picked = await runInk<string>(
    (done) => (
      <WordsContext.Provider value={wordsFor(locale)}>
        <ScenarioPicker scenarios={index} waiting={waitingIds} onPick={done} />
      </WordsContext.Provider>
    ),
    { color, clear: true },
  );
  if (!picked.done) return 0;
  const entry = index.find((e) => e.id === picked.value);
  return entry ? (await entry.load()).scenario : 2;
}

/** What `play` runs, from its options: a new session, the interrupted one, or the one `--resume` names; or an exit code. */
async function choose(
  p: Parsed,
  named: Scenario | null,
  folder: DataFolder,
  color: boolean,
): Promise<PlayChoice | number> {
  const { locale } = drillLocale(undefined);
  const { sessions, notices } = waitingSessions(folder.store, new Date(), locale);
  if (p.flags.has('resume')) {
    const one = await pickResume(sessions, p.positional[0], folder.store.where(sessionNameOf('…')), locale, color);
    if (typeof one === 'number') return one;
    return { resume: one.saved, name: one.name, notices };
  }
  const scenario = await pickScenario(named, sessions, locale, color);
  if (typeof scenario === 'number') return scenario;
  const choice = sessionFor(scenario, sessions, p.flags.has('restart'), (name) => void folder.store.remove(name));
  return { ...choice, notices: [...notices, ...choice.notices] };
}

/** Runs the command; returns the exit code (130 when interrupted, the session being saved). */
export async function main(args: string[]): Promise<number> {
  const p = parseArgs(args, { flags: ['exam', 'resume', 'restart'], values: ['seed'] });
  if ('error' in p) return (err(`rehearse play: ${p.error}`), 2);
  const seed = intOption(p, 'seed', Math.floor(Math.random() * 2 ** 31), 0, 2 ** 31);
  if (typeof seed !== 'number') return (err(`rehearse play: ${seed.error}`), 2);
  if (p.positional.length > 1) return (err('rehearse play: give at most one scenario id or file'), 2);
  if (p.flags.has('resume') && p.flags.has('restart'))
    return (err('rehearse play: --resume continues a saved session and --restart drops it; give one of them'), 2);
  if (p.flags.has('resume') && p.positional[0] !== undefined && /\.ya?ml$|\//i.test(p.positional[0]))
    return (err('rehearse play: --resume takes a scenario id (rehearse play --resume ID), not a file'), 2);
  const color = colorEnabled(process.env, process.stdout);
  // A named scenario is checked first: a file's diagnostics are worth printing even without a terminal.
  const named =
    p.positional[0] !== undefined && !p.flags.has('resume')
      ? await resolveScenario(p.positional[0], colorEnabled(process.env, process.stderr))
      : null;
  if (typeof named === 'number') return named;
  const tty = notATerminal('play');
  if (tty) return (err(tty), 2);
  const folder = openDataFolder();
  const choice = await choose(p, named, folder, color);
  if (typeof choice === 'number') return choice;
  return play(choice, folder, { seed, exam: p.flags.has('exam'), color });
}

/** Plays the chosen session to its end or to Ctrl-C, saved after every answer; returns the exit code. */
async function play(choice: PlayChoice, folder: DataFolder, o: { seed: number; exam: boolean; color: boolean }) {
  const scenario = 'start' in choice ? choice.start : choice.resume.scenario;
  const { locale } = scenario;
  const w = wordsFor(locale);
  const release = claimSession(folder.dir, choice.name, scenario.title, locale);
  if (typeof release !== 'function') return (err(`rehearse play: ${screenText(release.busy, locale)}`), 1);
  const store = createSessionStore();
  if ('start' in choice) store.getState().start(choice.start, { seed: o.seed, exam: o.exam });
  else store.getState().resume(choice.resume);
  const endedAt = 'resume' in choice ? choice.resume.endedAt : undefined;
  const notices = [
    ...(folder.unwritable ? [w.notWritable(folder.dir, folder.unwritable)] : []),
    ...choice.notices,
    ...(endedAt ? [w.resumedEnded] : []),
  ];
  const live = createNoticeStore();
  const ports = storePorts(folder.store, (n) => live.getState().add(n), { name: choice.name, locale });
  const unsubscribe = persistSession(store, ports, { endedAt });
  let result: InkResult<true>;
  try {
    result = await runInk<true>(
      (done) => <PlayScreen store={store} onFinish={() => done(true)} notices={notices} live={live} />,
      { color: o.color },
    );
  } finally {
    unsubscribe();
    release();
  }
  if (!result.done && result.error) return (err(`rehearse play: internal error: ${screenText(result.error)}`), 70);
  await tellLrs(store.getState());
  if (store.getState().ended) return 0;
  process.stdout.write(
    `\n${wrapWords(screenText(w.sessionSaved(scenario.id), locale), process.stdout.columns || 80, `rehearse play --resume ${scenario.id}`)}\n`,
  );
  return result.done ? 0 : 130;
}
