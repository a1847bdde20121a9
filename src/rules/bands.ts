import type { Band } from './thresholds';

/** Whether `x` lies in `band`, with the band's own open/closed ends. */
export function inBand<T extends string>(band: Band<T>, x: number): boolean {
  const aboveFrom = band.from === undefined || (band.lowerInclusive ? x >= band.from : x > band.from);
  const belowTo = band.to === undefined || (band.lowerInclusive ? x < band.to : x <= band.to);
  return aboveFrom && belowTo;
}

/** The one band that holds `x` (the tables cover every non-negative number without overlap). */
export function bandOf<T extends string>(bands: readonly Band<T>[], x: number): Band<T> {
  const band = bands.find((b) => inBand(b, x));
  if (!band) throw new RangeError(`no band holds ${x}`);
  return band;
}

/** The guard at the door of every rule: values are finite and not negative. */
export function assertValue(field: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${field} must be a finite non-negative number, got ${String(value)}`);
  }
}
