// Form fields, their units and the plausibility limits of clinical-reference.md §2.
// Everything past the input edge works in canonical units (U/L, g/dL, ×10⁴/µL, years).

export type FieldId = 'ast' | 'alt' | 'ggt' | 'albumin' | 'platelets' | 'age';

/** Form order. */
export const FIELD_IDS: readonly FieldId[] = ['ast', 'alt', 'ggt', 'albumin', 'platelets', 'age'];

/** ×10⁴/µL (万/µL, Japanese reports, canonical), ×10³/µL (= K/µL = ×10⁹/L), per µL. */
export type PlateletUnit = 'e4PerUl' | 'e3PerUl' | 'perUl';
/** g/dL (Japanese reports, canonical) or g/L (SI). */
export type AlbuminUnit = 'gPerDl' | 'gPerL';
export type UnitId = 'uPerL' | 'years' | PlateletUnit | AlbuminUnit;

/**
 * The units a field can be typed in; the first is the default and the canonical one.
 * Typed as non-empty so that `FIELD_UNITS[field][0]` is a UnitId under noUncheckedIndexedAccess.
 */
export const FIELD_UNITS: { readonly [F in FieldId]: readonly [UnitId, ...UnitId[]] } = {
  ast: ['uPerL'],
  alt: ['uPerL'],
  ggt: ['uPerL'],
  albumin: ['gPerDl', 'gPerL'],
  platelets: ['e4PerUl', 'e3PerUl', 'perUl'],
  age: ['years'],
};

export type UnitChoice = { platelets: PlateletUnit; albumin: AlbuminUnit };

export const DEFAULT_UNITS: UnitChoice = { platelets: 'e4PerUl', albumin: 'gPerDl' };

/**
 * canonical = typed / divisor (§2: platelets ×10³/µL ÷ 10, per µL ÷ 10 000; albumin g/L ÷ 10).
 * Dividing by an integer keeps results exact where the decimal is (235 / 10 === 23.5),
 * which multiplying by 0.1 would not. Unit ids are unique across fields, so one table serves all.
 */
const DIVISOR = {
  uPerL: 1,
  years: 1,
  e4PerUl: 1,
  e3PerUl: 10,
  perUl: 10_000,
  gPerDl: 1,
  gPerL: 10,
} as const satisfies Record<UnitId, number>;

function divisorFor(field: FieldId, unit: UnitId): number {
  // A unit of another field is a programming error; converting anyway would silently
  // change a clinical value, so fail loudly instead.
  if (!FIELD_UNITS[field].includes(unit)) throw new RangeError(`Unit ${unit} does not belong to field ${field}`);
  return DIVISOR[unit];
}

export function toCanonical(field: FieldId, unit: UnitId, value: number): number {
  return value / divisorFor(field, unit);
}

export function fromCanonical(field: FieldId, unit: UnitId, value: number): number {
  return value * divisorFor(field, unit);
}

export interface PlausibleLimits {
  min: number;
  max: number;
  extremeLow?: number;
  extremeHigh?: number;
}

/** The years an earlier checkup's date may have (wider than any real one: a typo is caught, a real date never refused). */
export const EARLIER_YEARS = { min: 1900, max: 2200 } as const;

/**
 * Plausibility limits, canonical units (clinical-reference.md §2, "Plausibility limits").
 * Outside [min, max] a value is refused. Inside, below `extremeLow` or above `extremeHigh`
 * it is accepted but flagged as extreme. The bounds themselves are accepted
 * ("refused: < 1 or > 50 000").
 */
export const PLAUSIBILITY = {
  ast: { min: 1, max: 50_000, extremeHigh: 1_000 }, // > 1 000: acute injury range
  alt: { min: 1, max: 50_000, extremeHigh: 1_000 },
  ggt: { min: 1, max: 20_000, extremeHigh: 1_000 },
  albumin: { min: 0.5, max: 7.0, extremeLow: 2.0 },
  platelets: { min: 0.1, max: 200, extremeLow: 5, extremeHigh: 100 },
  age: { min: 18, max: 120 }, // the app is for adults
} as const satisfies Record<FieldId, PlausibleLimits>;

/**
 * Magnitude checks (§2): a value typed at or above `atLeast` in `unit` almost surely carries
 * another unit, even where it is not refused (platelets 100–200 ×10⁴/µL).
 */
export const MAGNITUDE_CHECKS: readonly { field: FieldId; unit: UnitId; atLeast: number }[] = [
  { field: 'platelets', unit: 'e4PerUl', atLeast: 100 }, // 235 is ×10³/µL, 235000 is /µL
  { field: 'albumin', unit: 'gPerDl', atLeast: 10 }, // 42 is g/L
];

/**
 * Typical values, canonical units: when a value is refused or caught by a magnitude check, a unit
 * under which the typed number lands in this range is offered as the likely one.
 * Deliberately wider than the reference intervals (a low platelet count is still a platelet count)
 * and narrower than the plausibility limits (so a guess is only offered when it is a good one).
 * Platelets stop below 100 (half-open): 100 ×10⁴/µL itself trips the magnitude check, and the
 * offered fix must never be suspect again.
 */
export const TYPICAL = {
  platelets: { min: 1, max: 100, maxIncluded: false }, // 1 ≤ x < 100 ×10⁴/µL
  albumin: { min: 1.0, max: 6.0, maxIncluded: true }, // 1.0 ≤ x ≤ 6.0 g/dL
} as const satisfies Partial<Record<FieldId, { min: number; max: number; maxIncluded: boolean }>>;

/** Decimals Japanese reports print a value with (albumin 4.0, platelets 23.0); the rest as typed. */
export const REPORT_DECIMALS: Partial<Record<FieldId, number>> = { albumin: 1, platelets: 1 };
