/** Whether to draw colours; kept apart from Ink so a command can decide before loading it. */

/** Whether this output stream gets colours (`NO_COLOR`, `FORCE_COLOR=0`, not a TTY or `TERM=dumb` turn them off). */
export function colorEnabled(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force === '0' || force === 'false') return false;
  if (force !== undefined) return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/**
 * The colour level to give Ink's colour library (chalk reads FORCE_COLOR): ours decided, so that a
 * `CI` variable — which chalk takes for a CI machine without colours — never switches them off.
 */
export function colorLevel(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): '0' | '1' | '2' | '3' {
  if (!colorEnabled(env, stream)) return '0';
  if (env.FORCE_COLOR && /^[123]$/.test(env.FORCE_COLOR)) return env.FORCE_COLOR as '1' | '2' | '3';
  if (/^(truecolor|24bit)$/i.test(env.COLORTERM ?? '')) return '3';
  return /256/.test(env.TERM ?? '') ? '2' : '1';
}
