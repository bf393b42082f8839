/**
 * The agreement coefficients against published worked examples. Every expected figure below is
 * printed in the cited source; none was produced by this code.
 */
import { describe, expect, it } from 'vitest';
import {
  cohenKappa,
  fleissKappa,
  gwetAC1,
  krippendorffAlpha,
  percentAgreement,
  type Rating,
} from '../../app/review/stats.ts';

/** Units × raters from a distribution table (one row per unit, the number of raters per category). */
function fromCounts(rows: number[][]): Rating[][] {
  return rows.map((row) => row.flatMap((n, category) => Array<Rating>(n).fill(category)));
}

/** Units × 2 raters from a square contingency table (rows: rater 1, columns: rater 2). */
function fromContingency(table: number[][]): Rating[][] {
  return table.flatMap((row, a) => row.flatMap((n, b) => Array.from({ length: n }, () => [a, b] as Rating[])));
}

// Gwet (2014), Handbook of Inter-Rater Reliability, 4th ed.: two abstractors classify 100 pregnancies
// (Ectopic, AIU, NIU). Values as printed by Gwet's irrCAC package (dataset cont3x3abstractors, README):
// Cohen's κ 0.7964094, Gwet's AC1 0.8493305, Krippendorff's α 0.7972585, percent agreement 0.89.
const ABSTRACTORS = fromContingency([
  [13, 0, 0],
  [0, 20, 7],
  [0, 4, 56],
]);

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: 4 observers, 12 units,
// missing values; nominal α = 0.743. The same data is Gwet's cac.raw4raters (irrCAC README): percent
// agreement 0.8181818, AC1 0.77544, Fleiss' κ (generalised) 0.76117, Krippendorff's α 0.74342.
const _ = null;
const FOUR_OBSERVERS: Rating[][] = [
  [1, 1, _, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [_, 5, 5, 5],
  [_, _, 1, 1],
  [_, _, 3, _],
];

// Fleiss (1971), "Measuring nominal scale agreement among many raters", Table 1: 30 patients, 6
// psychiatrists each, 5 diagnoses (depression, personality disorder, schizophrenia, neurosis, other);
// Fleiss reports κ = .430. Rows as transcribed in the quadagree package (data_raw/fleiss1971.csv).
const FLEISS_1971 = [
  [0, 0, 0, 6, 0],
  [0, 3, 0, 0, 3],
  [0, 1, 4, 0, 1],
  [0, 0, 0, 0, 6],
  [0, 3, 0, 3, 0],
  [2, 0, 4, 0, 0],
  [0, 0, 4, 0, 2],
  [2, 0, 3, 1, 0],
  [2, 0, 0, 4, 0],
  [0, 0, 0, 0, 6],
  [1, 0, 0, 5, 0],
  [1, 1, 0, 4, 0],
  [0, 3, 3, 0, 0],
  [1, 0, 0, 5, 0],
  [0, 2, 0, 3, 1],
  [0, 0, 5, 0, 1],
  [3, 0, 0, 1, 2],
  [5, 1, 0, 0, 0],
  [0, 2, 0, 4, 0],
  [1, 0, 2, 0, 3],
  [0, 0, 0, 0, 6],
  [0, 1, 0, 5, 0],
  [0, 2, 0, 1, 3],
  [2, 0, 0, 4, 0],
  [1, 0, 0, 4, 1],
  [0, 5, 0, 1, 0],
  [4, 0, 0, 0, 2],
  [0, 2, 0, 4, 0],
  [1, 0, 5, 0, 0],
  [0, 0, 0, 0, 6],
];

// Wikipedia, "Fleiss' kappa", worked example (14 raters, 10 subjects, 5 categories): κ = 0.210;
// Cardillo's fleiss.m (MathWorks File Exchange 15426) prints 0.2099 for the same matrix.
const FOURTEEN_RATERS = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

describe("Cohen's κ", () => {
  it('gives 0.7964 on Gwet’s two abstractors (Gwet 2014, irrCAC)', () => {
    const k = cohenKappa(ABSTRACTORS);
    expect(k.value).toBeCloseTo(0.7964094, 6);
    expect(k.pa).toBeCloseTo(0.89, 10);
    expect(k.units).toBe(100);
  });

  it('only counts the units both raters rated, and is undefined when both always say the same thing', () => {
    expect(
      cohenKappa([
        [1, 1],
        [0, null],
        [null, 1],
        [0, 0],
      ]).units,
    ).toBe(2);
    expect(
      cohenKappa([
        [1, 1],
        [1, 1],
      ]).value,
    ).toBeNull();
    expect(cohenKappa([]).value).toBeNull();
  });
});

describe("Fleiss' κ", () => {
  it('gives .430 on Fleiss’s 30 patients (Fleiss 1971, Table 1)', () => {
    expect(fleissKappa(fromCounts(FLEISS_1971)).value).toBeCloseTo(0.43, 3);
  });

  it('gives 0.4139 on the first 15 of those patients (Gwet’s distrib.6raters, irrCAC)', () => {
    expect(fleissKappa(fromCounts(FLEISS_1971.slice(0, 15))).value).toBeCloseTo(0.4139265, 6);
  });

  it('gives 0.210 on the 14-rater example (Wikipedia; Cardillo 0.2099)', () => {
    expect(fleissKappa(fromCounts(FOURTEEN_RATERS)).value).toBeCloseTo(0.2099, 4);
  });

  it('allows missing ratings as Gwet generalises it: 0.76117 on the four observers (irrCAC)', () => {
    const k = fleissKappa(FOUR_OBSERVERS);
    expect(k.value).toBeCloseTo(0.76117, 5);
    expect(k.pa).toBeCloseTo(0.8181818, 6);
  });
});

describe("Krippendorff's α (nominal)", () => {
  it('gives 0.743 on the four observers with missing values (Krippendorff 2011; irrCAC 0.74342)', () => {
    expect(krippendorffAlpha(FOUR_OBSERVERS).value).toBeCloseTo(0.74342, 5);
  });

  it('gives 0.4204 on Fleiss’s first 15 patients (irrCAC) and 0.7973 on the two abstractors (irrCAC)', () => {
    expect(krippendorffAlpha(fromCounts(FLEISS_1971.slice(0, 15))).value).toBeCloseTo(0.4204384, 6);
    expect(krippendorffAlpha(ABSTRACTORS).value).toBeCloseTo(0.7972585, 6);
  });

  it('ignores a unit with a single value, and is undefined when every value is the same', () => {
    expect(krippendorffAlpha(FOUR_OBSERVERS.slice(0, 11)).value).toBeCloseTo(0.74342, 5);
    expect(
      krippendorffAlpha([
        [1, 1],
        [1, 1, 1],
      ]).value,
    ).toBeNull();
  });
});

describe("Gwet's AC1", () => {
  it('gives 0.8493 on the two abstractors (Gwet 2014, irrCAC)', () => {
    expect(gwetAC1(ABSTRACTORS).value).toBeCloseTo(0.8493305, 6);
  });

  it('gives 0.77544 on the four observers with missing values, five categories (irrCAC)', () => {
    const ac1 = gwetAC1(FOUR_OBSERVERS);
    expect(ac1.value).toBeCloseTo(0.77544, 5);
    expect(ac1.pe).toBeCloseTo(0.1903212, 6);
  });

  it('gives 0.4448 on Fleiss’s first 15 patients (irrCAC distrib.6raters)', () => {
    expect(gwetAC1(fromCounts(FLEISS_1971.slice(0, 15))).value).toBeCloseTo(0.4448007, 6);
  });

  it('stays high for a rare criterion where κ collapses (the paradox AC1 answers)', () => {
    // 98 answers where both say "not met", 2 where they differ: 98 % agreement on a criterion almost never met.
    const rare: Rating[][] = [...Array.from({ length: 98 }, () => [0, 0]), [1, 0], [0, 1]];
    expect(percentAgreement(rare).value).toBeCloseTo(0.98, 10);
    expect(cohenKappa(rare).value!).toBeLessThan(0);
    expect(gwetAC1(rare, 2).value!).toBeGreaterThan(0.97);
  });

  it('counts the categories offered, not only those used: one category seen of two gives AC1 = agreement', () => {
    expect(
      gwetAC1(
        [
          [0, 0],
          [0, 0],
        ],
        2,
      ).value,
    ).toBe(1);
    expect(
      gwetAC1([
        [0, 0],
        [0, 0],
      ]).value,
    ).toBeNull();
  });
});
