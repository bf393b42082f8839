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

/** A unit's ratings counted by category (index into `Tabulated.categories`), and how many there are. */
export interface Unit {
  counts: number[];
  r: number;
}

/** A rating table counted once (see `tabulate`), to compute several coefficients from it. */
export interface Tabulated {
  units: Unit[];
  categories: Array<string | number>;
}

/** A rating table: units × raters. */
export type RatingTable = readonly (readonly Rating[])[];

/** The units that hold at least one rating, counted by category (a row object seen again is counted once). */
export function tabulate(table: RatingTable): Tabulated {
  const index = new Map<string | number, number>();
  for (const row of table) for (const x of row) if (x !== null && !index.has(x)) index.set(x, index.size);
  const q = index.size;
  const units: Unit[] = [];
  const seen = new Map<readonly Rating[], Unit | null>();
  for (const row of table) {
    const known = seen.get(row);
    if (known !== undefined) {
      if (known) units.push(known);
      continue;
    }
    const counts = new Array<number>(q).fill(0);
    let r = 0;
    for (const x of row) {
      if (x === null) continue;
      counts[index.get(x)!]! += 1;
      r++;
    }
    const unit = r > 0 ? { counts, r } : null;
    seen.set(row, unit);
    if (unit) units.push(unit);
  }
  return { units, categories: [...index.keys()] };
}

const counted = (t: RatingTable | Tabulated): Tabulated => ('units' in t ? t : tabulate(t));

function ratio(pa: number, pe: number): number | null {
  if (!Number.isFinite(pa) || !Number.isFinite(pe)) return null;
  return pe >= 1 ? null : (pa - pe) / (1 - pe);
}

/** Observed agreement: the share of agreeing pairs of ratings, averaged over units with two ratings or more. */
function observed(units: Unit[]): { pa: number; n: number } {
  let sum = 0;
  let n = 0;
  for (const u of units) {
    if (u.r < 2) continue;
    let agree = 0;
    for (const c of u.counts) agree += c * (c - 1);
    sum += agree / (u.r * (u.r - 1));
    n++;
  }
  return { pa: n ? sum / n : NaN, n };
}

/** πₖ: the mean over units of the share of the unit's ratings in category k. */
function classShares({ units, categories }: Tabulated): number[] {
  const shares = new Array<number>(categories.length).fill(0);
  for (const u of units) for (let k = 0; k < shares.length; k++) shares[k]! += u.counts[k]! / u.r / units.length;
  return shares;
}

/** Percent agreement (as a proportion): the share of agreeing pairs of ratings over units rated twice or more. */
export function percentAgreement(table: RatingTable | Tabulated): Coefficient {
  const { pa, n } = observed(counted(table).units);
  return { value: n ? pa : null, pa, pe: 0, units: n };
}

/** Fleiss' κ (1971), in Gwet's form that allows a varying number of ratings per unit. */
export function fleissKappa(table: RatingTable | Tabulated): Coefficient {
  const tabulated = counted(table);
  const { pa, n } = observed(tabulated.units);
  let pe = 0;
  for (const p of classShares(tabulated)) pe += p * p;
  return { value: n ? ratio(pa, pe) : null, pa, pe, units: n };
}

/**
 * Gwet's AC1 (2008) for any number of raters: chance agreement is Σπₖ(1−πₖ)/(q−1), which stays small
 * when one category is rare (the "kappa paradox"). `categories` is q, the number of categories raters
 * could choose from (at least the number seen; 2 for met / not met).
 */
export function gwetAC1(table: RatingTable | Tabulated, categories?: number): Coefficient {
  const tabulated = counted(table);
  const { pa, n } = observed(tabulated.units);
  const shares = classShares(tabulated);
  const q = Math.max(categories ?? 0, shares.length);
  let spread = 0;
  for (const p of shares) spread += p * (1 - p);
  const pe = q > 1 ? spread / (q - 1) : 1;
  return { value: n ? ratio(pa, pe) : null, pa, pe, units: n };
}

/** Cohen's κ (1960) for two raters (columns 0 and 1), over the units both rated. */
export function cohenKappa(table: RatingTable): Coefficient {
  const given = (x: Rating | undefined): x is string | number => x !== null && x !== undefined;
  const pairs = table.filter((row) => given(row[0]) && given(row[1])) as Array<[string | number, string | number]>;
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
export function krippendorffAlpha(table: RatingTable | Tabulated): Coefficient {
  const { units: all, categories } = counted(table);
  const units = all.filter((u) => u.r >= 2);
  const totals = new Array<number>(categories.length).fill(0);
  let disagreeing = 0;
  let n = 0;
  for (const u of units) {
    let same = 0;
    u.counts.forEach((c, k) => {
      totals[k]! += c;
      same += c * (c - 1);
    });
    // Off-diagonal coincidences of the unit: all ordered pairs minus the agreeing ones, over (mᵤ − 1).
    disagreeing += (u.r * (u.r - 1) - same) / (u.r - 1);
    n += u.r;
  }
  if (n < 2) return { value: null, pa: NaN, pe: NaN, units: 0 };
  let expectedSame = 0;
  for (const c of totals) expectedSame += c * (c - 1);
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
