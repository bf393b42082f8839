/** `rehearse` with no argument — a small menu: drill, play, progress, validate. */
import { fileURLToPath } from 'node:url';
import { Box } from 'ink';
import { notATerminal } from '../tty.ts';
import { Menu, type MenuChoice } from '../ui/menu.tsx';
import { runInk } from '../ui/run-ink.tsx';
import { TextInput } from '../ui/text-input.tsx';
import { colorEnabled, Tx } from '../ui/theme.tsx';
import { useWords, WordsContext, wordsFor } from '../ui/words.ts';
import { drillLocale } from '../locale.ts';

/** The library's own scenarios/ folder (next to the command, wherever it is run from; built at run time so that
 * the bundler does not take it for an asset). */
const BUNDLED = fileURLToPath(new URL(['..', '..', 'scenarios'].join('/'), import.meta.url));

/** Asks which path to validate (Enter: the bundled scenarios/ folder). */
function ValidateAsk({ onPath }: { onPath: (p: string) => void }) {
  const w = useWords();
  return (
    <Box flexDirection="column">
      <Tx bold>{w.validateTitle}</Tx>
      <Tx dim>{w.validateAsk(BUNDLED)}</Tx>
      <TextInput
        onSubmit={(t) => {
          onPath(t.trim() || BUNDLED);
          return true;
        }}
      />
    </Box>
  );
}

/** Runs the menu, then the chosen command; returns its exit code. */
export async function main(args: string[]): Promise<number> {
  if (args.length) {
    process.stderr.write(`rehearse: unexpected argument "${args[0]}"\n`);
    return 2;
  }
  const tty = notATerminal('(menu)');
  if (tty) {
    process.stderr.write(
      `${tty}Commands: rehearse drill | play | progress | validate FILE (rehearse --help for all).\n`,
    );
    return 2;
  }
  const color = colorEnabled(process.env, process.stdout);
  // the language of a drill started from here (--lang remembered, else the locale): the menu speaks it too
  const w = wordsFor(drillLocale(undefined).locale);
  const picked = await runInk<MenuChoice>(
    (done) => (
      <WordsContext.Provider value={w}>
        <Menu onPick={done} />
      </WordsContext.Provider>
    ),
    { color, clear: true },
  );
  if (!picked.done || picked.value === 'quit') return 0;
  switch (picked.value) {
    case 'drill':
      return (await import('./drill.tsx')).main([]);
    case 'play':
      return (await import('./play.tsx')).main([]);
    case 'progress':
      return (await import('./progress.tsx')).main([]);
    case 'validate': {
      const path = await runInk<string>(
        (done) => (
          <WordsContext.Provider value={w}>
            <ValidateAsk onPath={done} />
          </WordsContext.Provider>
        ),
        { color },
      );
      if (!path.done) return 0;
      process.stdout.write(`$ rehearse validate ${path.value}\n`);
      const code = await (await import('./validate.ts')).main([path.value]);
      if (code === 0) process.stdout.write(`${w.noErrors}\n`);
      return code;
    }
  }
}
