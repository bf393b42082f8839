/** Helpers to type into an Ink screen under ink-testing-library. */

/** Lets Ink render pending updates. */
export const tick = () => new Promise((r) => setTimeout(r, 30));

/** Options of `typeInto`: `redraw: false` for a key that only calls back (e.g. leaving a screen). */
export interface TypeOptions {
  redraw?: boolean;
}

/**
 * Writes keys and waits until the frame has changed (at most 2 s, so that a slow run does not read
 * a stale frame). A key expected not to redraw (`redraw: false`) only lets Ink handle it: waiting
 * for a change that never comes would idle the whole 2 s.
 */
export async function typeInto(
  stdin: { write(s: string): void },
  lastFrame: () => string | undefined,
  s: string,
  { redraw = true }: TypeOptions = {},
): Promise<void> {
  const before = lastFrame();
  stdin.write(s);
  if (!redraw) return void (await tick());
  const until = Date.now() + 2000;
  while (lastFrame() === before && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 20));
}
