/** `rehearse` with no argument — a small menu: drill, play, progress, validate. */
import { fileURLToPath } from 'node:url';
import { Box } from 'ink';
import { notATerminal } from '../tty.ts';
import { Menu, type MenuChoice } from '../ui/menu.tsx';
import { runInk } from '../ui/run-ink.tsx';
import { TextInput } from '../ui/text-input.tsx';
import { colorEnabled, Tx } from '../ui/theme.tsx';

/** The library's own scenarios/ folder (next to the command, wherever it is run from; built at run time so that
 * the bundler does not take it for an asset). */
const BUNDLED = fileURLToPath(new URL(['..', '..', 'scenarios'].join('/'), import.meta.url));

/** Asks which path to validate (Enter: the bundled scenarios/ folder). */
function ValidateAsk({ onPath }: { onPath: (p: string) => void }) {
  return (
    <Box flexDirection="column">
      <Tx bold>Validate scenario files — same as `rehearse validate PATH`</Tx>
      <Tx dim>{`File or folder to check (Enter alone: ${BUNDLED})`}</Tx>
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
  const picked = await runInk<MenuChoice>((done) => <Menu onPick={done} />, { color, clear: true });
  if (!picked.done || picked.value === 'quit') return 0;
  switch (picked.value) {
    case 'drill':
      return (await import('./drill.tsx')).main([]);
    case 'play':
      return (await import('./play.tsx')).main([]);
    case 'progress':
      return (await import('./progress.tsx')).main([]);
    case 'validate': {
      const path = await runInk<string>((done) => <ValidateAsk onPath={done} />, { color });
      if (!path.done) return 0;
      process.stdout.write(`$ rehearse validate ${path.value}\n`);
      const code = await (await import('./validate.ts')).main([path.value]);
      if (code === 0) process.stdout.write('No errors.\n');
      return code;
    }
  }
}
