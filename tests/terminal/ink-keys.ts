/** Helpers to type into an Ink screen under ink-testing-library. */

/** Lets Ink render pending updates. */
export const tick = () => new Promise((r) => setTimeout(r, 30));

/** Writes keys and waits until the frame has changed (or 2 s), so slow runs do not read a stale frame. */
export async function typeInto(
  stdin: { write(s: string): void },
  lastFrame: () => string | undefined,
  s: string,
): Promise<void> {
  const before = lastFrame();
  stdin.write(s);
  const until = Date.now() + 2000;
  while (lastFrame() === before && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 20));
}
