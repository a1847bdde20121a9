import { assertValue } from './bands';
import {
  ANALYTES,
  MARKER_RESULTS,
  ULTRASOUND_RESULTS,
  type CheckupContext,
  type LabValues,
  type MarkerResult,
  type UltrasoundResult,
} from './types';

const FIELDS = [...ANALYTES, 'age'] as const;

/** The context with `null` folded into "not given", checked (§4). */
export interface ReadContext {
  hbsAg?: MarkerResult;
  hcvAb?: MarkerResult;
  ultrasound?: UltrasoundResult;
  earlier: LabValues[];
}

/**
 * The values with "not given" (`undefined` or `null`) left out. Throws RangeError naming the field
 * (`alt`, `earlier[0].alt`) for anything that is not a finite non-negative number.
 */
export function readValues(values: LabValues, prefix = ''): LabValues {
  if (typeof values !== 'object' || values === null) throw new TypeError(`${prefix || 'values'} must be an object`);
  const read: LabValues = {};
  for (const field of FIELDS) {
    const value: unknown = values[field];
    if (value === undefined || value === null) continue;
    assertValue(`${prefix}${field}`, value as number);
    read[field] = value as number;
  }
  return read;
}

/** §4: an invalid context value throws TypeError; invalid earlier numbers throw RangeError. */
export function readContext(context: CheckupContext | null | undefined): ReadContext {
  if (context === undefined || context === null) return { earlier: [] };
  if (typeof context !== 'object') throw new TypeError('context must be an object');
  const hbsAg = oneOf('hbsAg', context.hbsAg, MARKER_RESULTS);
  const hcvAb = oneOf('hcvAb', context.hcvAb, MARKER_RESULTS);
  const ultrasound = oneOf('ultrasound', context.ultrasound, ULTRASOUND_RESULTS);
  const earlierIn: unknown = context.earlier;
  if (earlierIn !== undefined && earlierIn !== null && !Array.isArray(earlierIn)) {
    throw new TypeError('context.earlier must be a list of earlier checkups');
  }
  const earlier = ((earlierIn ?? []) as readonly LabValues[]).map((values, index) => {
    if (typeof values !== 'object' || values === null) throw new TypeError(`earlier[${index}] must be an object`);
    return readValues(values, `earlier[${index}].`);
  });
  return {
    ...(hbsAg !== undefined ? { hbsAg } : {}),
    ...(hcvAb !== undefined ? { hcvAb } : {}),
    ...(ultrasound !== undefined ? { ultrasound } : {}),
    earlier,
  };
}

function oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new TypeError(`context.${field} must be one of ${allowed.join(', ')}, got ${String(value)}`);
}
