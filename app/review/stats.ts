/**
 * Agreement coefficients for nominal ratings: percent agreement, Cohen's κ, Fleiss' κ, Krippendorff's α
 * and Gwet's AC1. Pure arithmetic, no engine: a rating table is units × raters, each cell a category
 * (any string or number) or null when that rater did not rate that unit.
 *
 * Formulas: Cohen (1960); Fleiss (1971) as generalised to missing ratings by Gwet (2014, ch. 2);
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability" (coincidence matrix, nominal);
 * Gwet (2008), AC1 for any number of raters (chance agreement Σπₖ(1−πₖ)/(q−1)).
 */

/** One rating: a category, or null when the rater gave none. */
export type Rating = string | number | null;

/** A coefficient with what it was computed from; `value` is null when it is undefined (e.g. no variation at all). */
export interface Coefficient {
  value: number | null;
  /** Observed agreement (a proportion). */
  pa: number;
  /** Agreement expected by chance (a proportion). */
  pe: number;
  /** Units that entered the computation. */
  units: number;
}

/** Count of each category among one unit's ratings. */
function unitCounts(row: readonly Rating[]): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const r of row) if (r !== null) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
}

function ratio(pa: number, pe: number): number | null {
  if (!Number.isFinite(pa) || !Number.isFinite(pe)) return null;
  return pe >= 1 ? null : (pa - pe) / (1 - pe);
}

/** Units with their counts and number of ratings, the ones with none left out. */
function rated(table: readonly (readonly Rating[])[]): Array<{ counts: Map<string | number, number>; r: number }> {
  const out: Array<{ counts: Map<string | number, number>; r: number }> = [];
  for (const row of table) {
    const counts = unitCounts(row);
    let r = 0;
    for (const n of counts.values()) r += n;
    if (r > 0) out.push({ counts, r });
  }
  return out;
}

/** Observed agreement: the share of agreeing pairs of ratings, averaged over units with two ratings or more. */
function observed(units: ReturnType<typeof rated>): { pa: number; n: number } {
  let sum = 0;
  let n = 0;
  for (const u of units) {
    if (u.r < 2) continue;
    let agree = 0;
    for (const c of u.counts.values()) agree += c * (c - 1);
    sum += agree / (u.r * (u.r - 1));
    n++;
  }
  return { pa: n ? sum / n : NaN, n };
}

/** πₖ: the mean over units of the share of the unit's ratings in category k. */
function classShares(units: ReturnType<typeof rated>): Map<string | number, number> {
  const shares = new Map<string | number, number>();
  for (const u of units) for (const [k, c] of u.counts) shares.set(k, (shares.get(k) ?? 0) + c / u.r / units.length);
  return shares;
}

/** Percent agreement (as a proportion): the share of agreeing pairs of ratings over units rated twice or more. */
export function percentAgreement(table: readonly (readonly Rating[])[]): Coefficient {
  const { pa, n } = observed(rated(table));
  return { value: n ? pa : null, pa, pe: 0, units: n };
}

/** Fleiss' κ (1971), in Gwet's form that allows a varying number of ratings per unit. */
export function fleissKappa(table: readonly (readonly Rating[])[]): Coefficient {
  const units = rated(table);
  const { pa, n } = observed(units);
  let pe = 0;
  for (const p of classShares(units).values()) pe += p * p;
  return { value: n ? ratio(pa, pe) : null, pa, pe, units: n };
}

/**
 * Gwet's AC1 (2008) for any number of raters: chance agreement is Σπₖ(1−πₖ)/(q−1), which stays small
 * when one category is rare (the "kappa paradox"). `categories` is q, the number of categories raters
 * could choose from (at least the number seen; 2 for met / not met).
 */
export function gwetAC1(table: readonly (readonly Rating[])[], categories?: number): Coefficient {
  const units = rated(table);
  const { pa, n } = observed(units);
  const shares = classShares(units);
  const q = Math.max(categories ?? 0, shares.size);
  let spread = 0;
  for (const p of shares.values()) spread += p * (1 - p);
  const pe = q > 1 ? spread / (q - 1) : 1;
  return { value: n ? ratio(pa, pe) : null, pa, pe, units: n };
}

/** Cohen's κ (1960) for two raters (columns 0 and 1), over the units both rated. */
export function cohenKappa(table: readonly (readonly Rating[])[]): Coefficient {
  const pairs = table.filter((row) => row[0] != null && row[1] != null) as Array<[string | number, string | number]>;
  const n = pairs.length;
  if (!n) return { value: null, pa: NaN, pe: NaN, units: 0 };
  const first = new Map<string | number, number>();
  const second = new Map<string | number, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  let pe = 0;
  for (const [k, c] of first) pe += (c / n) * ((second.get(k) ?? 0) / n);
  const pa = agree / n;
  return { value: ratio(pa, pe), pa, pe, units: n };
}

/**
 * Krippendorff's α for nominal data (Krippendorff 2011): 1 − Dₒ/Dₑ from the coincidence matrix of
 * the pairable values (units with two values or more), missing values allowed.
 */
export function krippendorffAlpha(table: readonly (readonly Rating[])[]): Coefficient {
  const units = rated(table).filter((u) => u.r >= 2);
  const totals = new Map<string | number, number>();
  let disagreeing = 0;
  let n = 0;
  for (const u of units) {
    let same = 0;
    for (const [k, c] of u.counts) {
      totals.set(k, (totals.get(k) ?? 0) + c);
      same += c * (c - 1);
    }
    // Off-diagonal coincidences of the unit: all ordered pairs minus the agreeing ones, over (mᵤ − 1).
    disagreeing += (u.r * (u.r - 1) - same) / (u.r - 1);
    n += u.r;
  }
  if (n < 2) return { value: null, pa: NaN, pe: NaN, units: 0 };
  let expectedSame = 0;
  for (const c of totals.values()) expectedSame += c * (c - 1);
  const observedDisagreement = disagreeing / n;
  const expectedDisagreement = (n * (n - 1) - expectedSame) / (n * (n - 1));
  const pa = 1 - observedDisagreement;
  const pe = 1 - expectedDisagreement;
  return {
    value: expectedDisagreement === 0 ? null : 1 - observedDisagreement / expectedDisagreement,
    pa,
    pe,
    units: units.length,
  };
}
