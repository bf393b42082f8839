/** Checks for the interactive commands: they need a terminal on standard input. */

/** The message for an interactive command run without a terminal, or null when stdin is a TTY. */
export function notATerminal(command: string, stdin: { isTTY?: boolean } = process.stdin): string | null {
  if (stdin.isTTY) return null;
  return (
    `rehearse ${command}: this command is interactive and needs a terminal (standard input is not a TTY).\n` +
    'Run it in a terminal window; to play scripted answers without a terminal, use `rehearse run FILE --answers ANSWERS.yaml`.\n'
  );
}
