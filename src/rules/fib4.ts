import { assertValue } from './bands';
import { FIB4 } from './thresholds';
import type { Fib4, Fib4Band } from './types';

/** The low cut-off for this age: 1.30, or 2.0 from 65 (mcpherson2017). */
export function fib4LowCutoff(age: number): number {
  return age >= FIB4.olderFromAge ? FIB4.olderLowCutoff : FIB4.lowCutoff;
}

/** Least to most concerning, so bands can be compared (§3.12 "the band now is higher"). */
export const FIB4_BAND_RANK: Record<Fib4Band, number> = { low: 0, indeterminate: 1, high: 2 };

/**
 * §3.9 FIB-4 = age × AST / (platelets[×10⁹/L] × √ALT) (sterling2006). The band uses the
 * unrounded value. Not reliable at age ≤ 35 (mcpherson2017) nor with AST or ALT above 300, the
 * acute range where a fibrosis score means nothing. ALT or platelets of 0 make the formula
 * meaningless: RangeError.
 */
export function fib4(age: number, ast: number, alt: number, platelets: number): Fib4 {
  assertValue('age', age);
  assertValue('ast', ast);
  assertValue('alt', alt);
  assertValue('platelets', platelets);
  if (alt === 0) throw new RangeError('alt must be above 0 for FIB-4');
  if (platelets === 0) throw new RangeError('platelets must be above 0 for FIB-4');
  const value = fib4Value(age, ast, alt, platelets);
  const band: Fib4Band = value < fib4LowCutoff(age) ? 'low' : value < FIB4.highCutoff ? 'indeterminate' : 'high';
  const caveats: Fib4['caveats'][number][] = [];
  if (age <= FIB4.unreliableAtOrBelowAge) caveats.push('youngAge');
  if (ast > FIB4.unreliableEnzymeAbove || alt > FIB4.unreliableEnzymeAbove) caveats.push('acuteRange');
  return { value, band, reliable: caveats.length === 0, caveats };
}

/** Truncated, not rounded, to two decimals (§3.9): a shown value never sits across a cut-off (2.665 → 2.66). */
export function truncateFib4(value: number): number {
  const truncated = Math.trunc(value * 100) / 100;
  // value * 100 can land a hair below an exact hundredth (1.13 * 100 = 112.99999999999999).
  const nudged = Math.trunc(value * 100 + 1e-9) / 100;
  return nudged <= value ? nudged : truncated;
}

/**
 * The formula as written, so that worked examples come out exact (1300 / 1000 is 1.3). Only at
 * the far ends of the double range (never for plausible values) can it overflow or underflow
 * into Infinity / Infinity or 0 / 0; logarithms then give the limit, so the value is never NaN.
 */
function fib4Value(age: number, ast: number, alt: number, platelets: number): number {
  const direct = (age * ast) / (platelets * FIB4.plateletsToGigaPerLitre * Math.sqrt(alt));
  if (Number.isFinite(direct) && (direct > 0 || age === 0 || ast === 0)) return direct;
  const logValue = Math.log(age) + Math.log(ast) - Math.log(platelets) - Math.log(FIB4.plateletsToGigaPerLitre) - Math.log(alt) / 2;
  return Math.exp(logValue);
}
