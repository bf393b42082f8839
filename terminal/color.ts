/** Whether to draw colours; kept apart from Ink so a command can decide before loading it. */

/** Whether this output stream should get colours (`NO_COLOR`, not a TTY or `TERM=dumb` turn them off). */
export function colorEnabled(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
