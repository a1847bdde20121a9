// One field: typed text + its unit → empty, a valid canonical value, or an error code with the
// numbers the message needs (clinical-reference.md §2). The UI turns codes into words.
import {
  FIELD_UNITS,
  MAGNITUDE_CHECKS,
  PLAUSIBILITY,
  type PlausibleLimits,
  TYPICAL,
  fromCanonical,
  toCanonical,
  type FieldId,
  type UnitId,
} from './fields';
import { parseNumber } from './parse-number';
import { readReportText } from './report-value';

export type FieldError = 'notANumber' | 'tooLow' | 'tooHigh' | 'unitSuspect';

export type FieldCheck =
  | { status: 'empty' }
  /** `value` in canonical units; `typed` as typed, in the current unit. */
  | { status: 'valid'; value: number; typed: number; extreme?: 'high' | 'low' }
  | { status: 'invalid'; error: 'notANumber' }
  /** `min`/`max`: the plausibility limits in the current unit, for the message. */
  | { status: 'invalid'; error: 'tooLow' | 'tooHigh'; min: number; max: number }
  /** `fixValue`: the typed quantity, read in `likelyUnit`, expressed in the current unit. */
  | { status: 'invalid'; error: 'unitSuspect'; likelyUnit: UnitId; fixValue: number; fixText: string };

/** Drops binary noise from unit conversion (145.3 / 10 → 14.53, 1.1 × 10 000 → 11000). */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/** A value offered to the user: noise-free, at most 4 decimals (42 / 10 prints "4.2"). */
function roundForDisplay(n: number): number {
  const rounded = Math.round(tidy(n) * 1e4) / 1e4;
  return Number.isFinite(rounded) ? rounded : n;
}

/** Outside the plausibility limits (canonical units, bounds accepted): which side. */
function outOfRange(field: FieldId, canonical: number): 'tooLow' | 'tooHigh' | undefined {
  const { min, max } = PLAUSIBILITY[field];
  return canonical < min ? 'tooLow' : canonical > max ? 'tooHigh' : undefined;
}

function isTypical(field: FieldId, canonical: number): boolean {
  if (field !== 'platelets' && field !== 'albumin') return false;
  const { min, max, maxIncluded } = TYPICAL[field];
  return canonical >= min && (maxIncluded ? canonical <= max : canonical < max);
}

function caughtByMagnitudeCheck(field: FieldId, unit: UnitId, typed: number): boolean {
  return MAGNITUDE_CHECKS.some((check) => check.field === field && check.unit === unit && typed >= check.atLeast);
}

/**
 * The first other unit of the field (in FIELD_UNITS order, so the Japanese default wins a tie)
 * under which the typed number is a typical value. Judged on the fix as offered, so that the
 * fix itself is never refused or suspect.
 */
function suggestUnit(field: FieldId, unit: UnitId, typed: number): FieldCheck | undefined {
  for (const likelyUnit of FIELD_UNITS[field]) {
    if (likelyUnit === unit) continue;
    const fixValue = roundForDisplay(fromCanonical(field, unit, toCanonical(field, likelyUnit, typed)));
    if (isTypical(field, toCanonical(field, unit, fixValue))) {
      // fixValue has at most 4 decimals and typical values are far from 1e21 and 1e-7, so
      // String() prints it plainly, never in exponent form.
      return { status: 'invalid', error: 'unitSuspect', likelyUnit, fixValue, fixText: String(fixValue) };
    }
  }
  return undefined;
}

function limitsError(field: FieldId, unit: UnitId, error: 'tooLow' | 'tooHigh'): FieldCheck {
  const { min, max } = PLAUSIBILITY[field];
  return { status: 'invalid', error, min: tidy(fromCanonical(field, unit, min)), max: tidy(fromCanonical(field, unit, max)) };
}

/**
 * `selectedUnit` (the unit select) must be one of FIELD_UNITS[field]; another field's unit is a
 * programming error and throws a RangeError. For any text and a unit of the field, checkField
 * never throws. A unit written after the number (`42 g/L`, `23.5万`) is the unit it is read in.
 */
export function checkField(field: FieldId, text: string, selectedUnit: UnitId): FieldCheck {
  if (!FIELD_UNITS[field].includes(selectedUnit)) throw new RangeError(`Unit ${selectedUnit} does not belong to field ${field}`);
  if (typeof text !== 'string') return { status: 'invalid', error: 'notANumber' };
  const report = readReportText(field, text);
  const unit = report.unit ?? selectedUnit;
  const parsed = parseNumber(report.number);
  if (!parsed.ok) {
    // `H` or `歳` alone is text, not an empty field.
    if (parsed.code === 'empty') return text.trim() === '' ? { status: 'empty' } : { status: 'invalid', error: 'notANumber' };
    if (parsed.code === 'notANumber') return { status: 'invalid', error: 'notANumber' };
    return limitsError(field, unit, parsed.code); // one number, too long to be real
  }
  const typed = parsed.value;

  // Compared unrounded: limits in other units (1 000 /µL, 2 000 ×10³/µL, 5 g/L) are integers,
  // and an integer divided by 10 or 10 000 lands exactly on the canonical limit.
  const canonical = toCanonical(field, unit, typed);
  const refused = outOfRange(field, canonical);

  // A unit written in the text is taken at its word: no other unit is offered.
  if (!report.unit && (refused || caughtByMagnitudeCheck(field, unit, typed))) {
    const suggestion = suggestUnit(field, unit, typed);
    if (suggestion) return suggestion;
  }

  if (refused) return limitsError(field, unit, refused);

  const value = tidy(canonical);
  const limits: PlausibleLimits = PLAUSIBILITY[field];
  if (limits.extremeHigh !== undefined && value > limits.extremeHigh) return { status: 'valid', value, typed, extreme: 'high' };
  if (limits.extremeLow !== undefined && value < limits.extremeLow) return { status: 'valid', value, typed, extreme: 'low' };
  return { status: 'valid', value, typed };
}
