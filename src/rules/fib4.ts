import { assertValue } from './bands';
import { FIB4 } from './thresholds';
import type { Fib4 } from './types';

/** The low cut-off for this age: 1.30, or 2.0 from 65 (mcpherson2017). */
export function fib4LowCutoff(age: number): number {
  return age >= FIB4.olderFromAge ? FIB4.olderLowCutoff : FIB4.lowCutoff;
}

/**
 * §3.8 FIB-4 = age × AST / (platelets[×10⁹/L] × √ALT) (sterling2006). The band uses the
 * unrounded value. ALT or platelets of 0 make the formula meaningless: RangeError.
 */
export function fib4(age: number, ast: number, alt: number, platelets: number): Fib4 {
  assertValue('age', age);
  assertValue('ast', ast);
  assertValue('alt', alt);
  assertValue('platelets', platelets);
  if (alt === 0) throw new RangeError('alt must be above 0 for FIB-4');
  if (platelets === 0) throw new RangeError('platelets must be above 0 for FIB-4');
  const value = fib4Value(age, ast, alt, platelets);
  const band = value < fib4LowCutoff(age) ? 'low' : value < FIB4.highCutoff ? 'indeterminate' : 'high';
  return { value, band, reliable: age > FIB4.unreliableAtOrBelowAge };
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
