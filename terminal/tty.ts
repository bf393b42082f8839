/** Checks for the interactive commands: they need a terminal on standard input and on standard output. */

/** The message for an interactive command run without a terminal, or null when stdin and stdout are TTYs. */
export function notATerminal(
  command: string,
  stdin: { isTTY?: boolean } = process.stdin,
  stdout: { isTTY?: boolean } = process.stdout,
): string | null {
  if (stdin.isTTY && stdout.isTTY) return null;
  const which = !stdin.isTTY ? 'standard input' : 'standard output';
  return (
    `rehearse ${command}: this command is interactive and needs a terminal (${which} is not a TTY).\n` +
    'Run it in a terminal window; to play scripted answers without a terminal, use `rehearse run FILE --answers ANSWERS.yaml`.\n'
  );
}
