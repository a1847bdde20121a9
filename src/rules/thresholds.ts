// Every clinical threshold of the app, one table per fact, each naming its source id
// (clinical-reference.md §1). Intervals are half-open so that any value falls in exactly one band.
import type { AltTier, Analyte, Grade } from './types';

/**
 * A band [from, to) or (from, to], as the table in clinical-reference §3 writes it.
 * `lowerInclusive` true means `from ≤ x`, false means `from < x`; the upper bound is the opposite,
 * so neighbouring bands share a boundary without overlapping. An absent bound is open.
 */
export interface Band<T extends string> {
  id: T;
  from?: number;
  to?: number;
  lowerInclusive: boolean;
}

/** §3.1 ALT severity tiers, U/L — clinic2026 (extending jsnd). "31–50" means 30 < x ≤ 50. */
export const ALT_TIER_BANDS = [
  { id: 'normal', to: 30, lowerInclusive: false },
  { id: 'mild', from: 30, to: 50, lowerInclusive: false },
  { id: 'abnormal', from: 50, to: 100, lowerInclusive: false },
  { id: 'high', from: 100, to: 300, lowerInclusive: false },
  { id: 'veryHigh', from: 300, to: 500, lowerInclusive: false },
  { id: 'extreme', from: 500, lowerInclusive: false },
] as const satisfies readonly Band<AltTier>[];

/**
 * §3.2 JSND judgement categories (jsnd, revisions 2024–2026), canonical units. Not sex-specific.
 * AST/ALT/γ-GTP bands are (from, to]; albumin and platelets [from, to).
 * Platelets have B and D on both sides of the normal band.
 */
export const GRADE_BANDS = {
  ast: [
    { id: 'A', to: 30, lowerInclusive: false },
    { id: 'B', from: 30, to: 35, lowerInclusive: false },
    { id: 'C', from: 35, to: 50, lowerInclusive: false },
    { id: 'D', from: 50, lowerInclusive: false },
  ],
  alt: [
    { id: 'A', to: 30, lowerInclusive: false },
    { id: 'B', from: 30, to: 40, lowerInclusive: false },
    { id: 'C', from: 40, to: 50, lowerInclusive: false },
    { id: 'D', from: 50, lowerInclusive: false },
  ],
  ggt: [
    { id: 'A', to: 50, lowerInclusive: false },
    { id: 'B', from: 50, to: 80, lowerInclusive: false },
    { id: 'C', from: 80, to: 100, lowerInclusive: false },
    { id: 'D', from: 100, lowerInclusive: false },
  ],
  // g/dL. No grade B for albumin in the JSND table. (The 2016 table used A ≥ 4.0 / D ≤ 3.5.)
  albumin: [
    { id: 'D', to: 3.7, lowerInclusive: true },
    { id: 'C', from: 3.7, to: 3.9, lowerInclusive: true },
    { id: 'A', from: 3.9, lowerInclusive: true },
  ],
  // ×10⁴/µL
  platelets: [
    { id: 'D', to: 10.0, lowerInclusive: true },
    { id: 'C', from: 10.0, to: 12.3, lowerInclusive: true },
    { id: 'B', from: 12.3, to: 14.5, lowerInclusive: true },
    { id: 'A', from: 14.5, to: 33.0, lowerInclusive: true },
    { id: 'B', from: 33.0, to: 40.0, lowerInclusive: true },
    { id: 'D', from: 40.0, lowerInclusive: true },
  ],
} as const satisfies Record<Analyte, readonly Band<Grade>[]>;

/** §3.9: AST in the acute ranges raises the level like ALT does (clinic2026, mhlw). U/L. */
export const AST_ACUTE = { veryHighAbove: 300, extremeAbove: 500 } as const;

/** §3.3 AST > ALT hint — clinic2026, deRitis. */
export const ALCOHOL_HINT = {
  /** AST must be above this (U/L); with both enzymes ≤ 30 the ratio means nothing. */
  astAbove: 30,
  /** AST/ALT at or above this makes the hint stronger. */
  strongRatioFrom: 2,
} as const;

/** §3.4 AST-only rise — AST above, ALT at or below this (U/L). jsnd A band edge. */
export const AST_ONLY_RISE = { astAbove: 30, altAtMost: 30 } as const;

/** §3.5 γ-GTP — jsnd (above 50 is no longer grade A), jma (above 200: bile-duct blockage concern). U/L. */
export const GGT = { raisedAbove: 50, bileDuctAbove: 200 } as const;

/** §3.6 albumin — childPugh points. g/dL; "below" is strict. */
export const ALBUMIN = { lowBelow: 3.5, severelyLowBelow: 2.8 } as const;

/**
 * §3.7 platelets, ×10⁴/µL — nara2023: below 20 with ALT > 30, look for fibrosis. jsnd: below 14.5
 * is under the normal band, below 10 cirrhosis is possible, below 5 bleeding risk; 40 or more is
 * high, which is not a liver sign. "Below" is strict, "from" inclusive, as in the JSND table.
 */
export const PLATELETS = {
  fibrosisCheckBelow: 20,
  fibrosisCheckAltAbove: 30,
  belowNormalBelow: 14.5,
  cirrhosisBelow: 10,
  bleedingRiskBelow: 5,
  highFrom: 40,
} as const;

/** §3.8 FIB-4 — sterling2006 (formula), mcpherson2017 (cut-offs, age), jsgeNafld2020 (use). */
export const FIB4 = {
  lowCutoff: 1.3,
  /** From this age the low cut-off is 2.0 (mcpherson2017). */
  olderFromAge: 65,
  olderLowCutoff: 2.0,
  highCutoff: 2.67,
  /** At this age or younger FIB-4 is unreliable: shown with a caveat, raises nothing. */
  unreliableAtOrBelowAge: 35,
  /** platelets ×10⁴/µL → ×10⁹/L */
  plateletsToGigaPerLitre: 10,
} as const;
