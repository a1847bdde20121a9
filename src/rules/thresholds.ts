// Every clinical threshold of the app, one table per fact, each naming its source id
// (clinical-reference.md §1). Intervals are half-open so that any value falls in exactly one band.
import type { AltTier, Analyte, Grade, SourceId, Urgency } from './types';

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

/**
 * §3.2 ALT tiers, U/L. 30 and 50 are the jsnd / mhlw / nara2023 edges; 100, 300 and 500 are app
 * conventions above the JSND range (clinic2026). "31–50" means 30 < x ≤ 50.
 */
export const ALT_TIER_BANDS = [
  { id: 'normal', to: 30, lowerInclusive: false },
  { id: 'mild', from: 30, to: 50, lowerInclusive: false },
  { id: 'abnormal', from: 50, to: 100, lowerInclusive: false },
  { id: 'high', from: 100, to: 300, lowerInclusive: false },
  { id: 'veryHigh', from: 300, to: 500, lowerInclusive: false },
  { id: 'extreme', from: 500, lowerInclusive: false },
] as const satisfies readonly Band<AltTier>[];

/**
 * §3.3 JSND judgement categories (jsnd, the 2024 table), canonical units. Not sex-specific.
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

/** §3.2 the level each ALT tier raises, and what it rests on. */
export const ALT_TIER_RULES = {
  normal: { urgency: 'ok', sources: ['jsnd'] },
  // nara2023: ALT > 30 → see a doctor (family doctor first); mhlw guidance value from 31.
  mild: { urgency: 'consult', sources: ['nara2023', 'mhlw', 'jsnd'] },
  // jsnd grade D; mhlw "see a doctor" value from 51.
  abnormal: { urgency: 'examine', sources: ['jsnd', 'mhlw'] },
  high: { urgency: 'specialist', sources: ['jsnd', 'clinic2026'] },
  veryHigh: { urgency: 'urgent', sources: ['jsnd', 'clinic2026'] },
  extreme: { urgency: 'emergency', sources: ['jsnd', 'clinic2026'] },
} as const satisfies Record<AltTier, { urgency: Urgency; sources: readonly SourceId[] }>;

/** §3.1 reason 1, §3.5, §3.8, §3.10–§3.12: "ALT above 30" (nara2023), U/L. */
export const ALT_RAISED_ABOVE = 30;

/**
 * §3.4 AST, U/L (jsnd, mhlw). Grade B → watch, C → consult, D → examine; grade D with a normal
 * ALT (≤ 30), AST ≤ 100 and γ-GTP not above 100 → consult (re-test, with CK: possibly muscle).
 */
export const AST = {
  gradeLevels: { A: 'ok', B: 'watch', C: 'consult', D: 'examine' },
  muscleTypeAtMost: 100,
  muscleTypeGgtAtMost: 100,
  /** §3.1 reason 3: grade C or D (above 35) is a liver reason unless ALT is given and ≤ 30. */
  liverReasonAbove: 35,
  veryHighAbove: 300,
  extremeAbove: 500,
} as const satisfies { gradeLevels: Record<Grade, Urgency> } & Record<string, unknown>;

/** §3.5 AST > ALT — clinic2026, deRitis. Both above 30; strong at ratio ≥ 2 with γ-GTP (if given) > 50. */
export const ALCOHOL_HINT = {
  astAbove: 30,
  altAbove: 30,
  strongRatioFrom: 2,
  strongGgtAbove: 50,
} as const;

/** §3.5 AST-only rise: AST above, ALT given and at or below this (U/L). jsnd A band edge. */
export const AST_ONLY_RISE = { astAbove: 30, altAtMost: 30 } as const;

/** §3.6 γ-GTP, U/L — jsnd grades, mhlw, jma (above 200: check the bile ducts). */
export const GGT = {
  gradeLevels: { A: 'ok', B: 'watch', C: 'consult', D: 'examine' },
  raisedAbove: 50,
  /** §3.1 reason 2: grade C or D. */
  liverReasonAbove: 80,
  bileDuctAbove: 200,
} as const satisfies { gradeLevels: Record<Grade, Urgency> } & Record<string, unknown>;

/** §3.7 albumin, g/dL — jsnd grades, childPugh points. "Below" is strict. */
export const ALBUMIN = {
  gradeLevels: { A: 'ok', B: 'consult', C: 'consult', D: 'consult' },
  lowBelow: 3.5,
  severelyLowBelow: 2.8,
  /** Grade D (below 3.7) together with a fibrosis sign → specialist. */
  withFibrosisSignsBelow: 3.7,
  /** The platelet fibrosis sign for albumin: below the JSND normal band. */
  fibrosisSignPlateletsBelow: 14.5,
} as const satisfies { gradeLevels: Record<Grade, Urgency> } & Record<string, unknown>;

/**
 * §3.8 platelets, ×10⁴/µL — jsnd grades, nara2023 (below 20 with ALT > 30: look for fibrosis).
 * "Below" is strict, "from" inclusive, as in the JSND table.
 */
export const PLATELETS = {
  belowNormalBelow: 14.5,
  /** Grade C (10.0–12.3) → consult; grade B (12.3–14.5) → watch. */
  gradeCBelow: 12.3,
  cirrhosisBelow: 10,
  bleedingRiskBelow: 5,
  fibrosisCheckBelow: 20,
  /** The fibrosis check holds only outside the acute range: ALT and AST (when given) at most this. */
  fibrosisCheckAcuteAtMost: 300,
  /** 33.0–40.0 grade B → watch; 40 or more grade D → consult. Never a liver sign. */
  highFrom: 33,
  veryHighFrom: 40,
} as const;

/** §3.9 FIB-4 — sterling2006 (formula), mcpherson2017 (cut-offs, age), jsgeNafld2020 (use). */
export const FIB4 = {
  lowCutoff: 1.3,
  /** From this age the low cut-off is 2.0 (mcpherson2017). */
  olderFromAge: 65,
  olderLowCutoff: 2.0,
  highCutoff: 2.67,
  /** At this age or younger FIB-4 is unreliable: shown with a caveat, raises nothing. */
  unreliableAtOrBelowAge: 35,
  /** AST or ALT above this: acute injury, where a fibrosis score means nothing. */
  unreliableEnzymeAbove: 300,
  /** A high FIB-4 at 65 or more with AST and ALT both at or below this is driven by age: consult. */
  olderNormalEnzymesAtMost: 30,
  /** platelets ×10⁴/µL → ×10⁹/L */
  plateletsToGigaPerLitre: 10,
} as const;

/** §3.11 ultrasound fatty liver with a fibrosis sign (nara2023): platelets below this, ×10⁴/µL. */
export const FATTY_LIVER = { fibrosisPlateletsBelow: 20, acuteAtMost: 300 } as const;

/**
 * §3.12 earlier checkups (eubivas): a change under these fractions between two checkups can be
 * noise ("within normal variation between tests"). Compared with a tolerance, so that a change
 * of exactly the limit (4.0 → 3.6 albumin) counts as up or down.
 */
export const TREND = {
  steadyBelow: { ast: 0.3, alt: 0.3, ggt: 0.3, platelets: 0.3, albumin: 0.1 },
  tolerance: 1e-9,
} as const satisfies { steadyBelow: Record<Analyte, number> } & Record<string, unknown>;
