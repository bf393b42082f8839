/** How both screens show scores: the bands a bar is coloured with, and signed points (+2, -1). */

/** How a score reads: good (≥ 70), mid (≥ 40) or low. */
export type ScoreBand = 'good' | 'mid' | 'low';

/** Lowest score of the good band. */
export const GOOD_FROM = 70;
/** Lowest score of the mid band. */
export const MID_FROM = 40;

/** The band of a score (0–100). */
export function scoreBand(score: number): ScoreBand {
  return score >= GOOD_FROM ? 'good' : score >= MID_FROM ? 'mid' : 'low';
}

/** Points with their sign, as every screen shows them: +2, 0, -1. */
export function signedPoints(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
