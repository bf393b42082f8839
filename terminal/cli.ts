/**
 * Entry of the `rehearse` command. It only dispatches: each command lives in terminal/commands/
 * and is loaded on demand, so `rehearse validate` never loads React or Ink.
 */
import { neutralizeControls } from '../engine/control-chars.ts';
import { colorLevel } from './color.ts';

type Command = { main(args: string[]): Promise<number> };

const commands: Record<string, { load: () => Promise<Command>; help: string }> = {
  validate: {
    load: () => import('./commands/validate.ts'),
    help: 'validate FILE|DIR… [--json]   check scenario files',
  },
  schema: {
    load: () => import('./commands/schema.ts'),
    help: 'schema                        print the JSON Schema of the scenario format',
  },
  run: {
    load: () => import('./commands/run.ts'),
    help: 'run FILE --answers A.yaml [--json]   play scripted answers, print the report',
  },
  test: { load: () => import('./commands/test.ts'), help: "test FILE|DIR…                run the scenarios' tests" },
  review: {
    load: () => import('./commands/review.ts'),
    help: 'review FILE --reviews R1.json … [--json]   trainers’ agreement with the engine and each other',
  },
  play: {
    load: () => import('./commands/play.tsx'),
    help: 'play [ID|FILE] [--exam] [--resume]   play a whole scenario',
  },
  drill: {
    load: () => import('./commands/drill.tsx'),
    help: 'drill [--count N] [--setting S] [--lang fr|en]   quick drill',
  },
  progress: {
    load: () => import('./commands/progress.tsx'),
    help: 'progress                      your attempts and trends',
  },
  package: {
    load: () => import('./commands/package.ts'),
    help: 'package FILE|DIR… --scorm12|--scorm2004|--cmi5 -o OUT.zip   a package for an LMS',
  },
  lrs: {
    load: () => import('./commands/lrs.ts'),
    help: 'lrs [status|send]             results waiting for your LRS; send them now',
  },
  menu: { load: () => import('./commands/menu.tsx'), help: '(no argument)                 a small menu' },
};

const INTERACTIVE = new Set(['play', 'drill', 'menu', 'progress']);

function usage(): string {
  return [
    'Usage: rehearse <command> [options]',
    '',
    ...Object.values(commands).map((c) => `  rehearse ${c.help}`),
    '',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return 0;
  }
  const command =
    name === undefined
      ? commands.menu
      : Object.prototype.hasOwnProperty.call(commands, name)
        ? commands[name]
        : undefined;
  if (!command) {
    process.stderr.write(`rehearse: unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  if (INTERACTIVE.has(name ?? 'menu')) prepareScreens();
  return (await command.load()).main(rest);
}

/**
 * Before Ink loads: its colour library gets our colour decision (a `CI` variable would switch it off),
 * and at a real terminal Ink draws live although `CI` is set (is-in-ci). A crash prints one line and
 * leaves the terminal as it was (no stack, no bundled source).
 */
function prepareScreens(): void {
  process.env.FORCE_COLOR = colorLevel(process.env, process.stdout);
  if (process.stdin.isTTY && process.stdout.isTTY) process.env.CI = '0';
  const crash = (err: unknown) => {
    if (process.stdout.isTTY) process.stdout.write('\u001b[?2004l\u001b[?25h'); // bracketed paste off, cursor shown
    if (process.stdin.isTTY) process.stdin.setRawMode?.(false);
    process.stderr.write(`\nrehearse: internal error: ${neutralizeControls(messageOf(err))}\n`);
    process.exit(70);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`rehearse: internal error: ${neutralizeControls(messageOf(err))}\n`);
    process.exitCode = 70;
  },
);
