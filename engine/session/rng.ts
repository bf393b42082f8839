/** The session's seeded PRNG (mulberry32); its whole state is one uint32 kept in the session state. */

/** Normalises any seed to the PRNG's uint32 state. */
export function seedState(seed: number): number {
  return Number.isFinite(seed) ? Math.floor(seed) >>> 0 : 0;
}

/** The next number in [0, 1) and the PRNG state after it. */
export function nextRandom(state: number): [number, number] {
  const a = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(a ^ (a >>> 15), 1 | a);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, a >>> 0];
}
