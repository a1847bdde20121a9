import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_UNITS,
  FIELD_IDS,
  FIELD_UNITS,
  PLAUSIBILITY,
  fromCanonical,
  toCanonical,
  type FieldId,
  type UnitId,
} from './fields';

describe('fields', () => {
  it('lists the fields in form order', () => {
    expect(FIELD_IDS).toEqual(['ast', 'alt', 'ggt', 'albumin', 'platelets', 'age']);
  });

  it('lists the units per field, the default first', () => {
    expect(FIELD_UNITS).toEqual({
      ast: ['uPerL'],
      alt: ['uPerL'],
      ggt: ['uPerL'],
      albumin: ['gPerDl', 'gPerL'],
      platelets: ['e4PerUl', 'e3PerUl', 'perUl'],
      age: ['years'],
    });
    expect(DEFAULT_UNITS).toEqual({ platelets: FIELD_UNITS.platelets[0], albumin: FIELD_UNITS.albumin[0] });
  });

  it('holds the plausibility limits of clinical-reference §2', () => {
    expect(PLAUSIBILITY).toEqual({
      ast: { min: 1, max: 50000, extremeHigh: 1000 },
      alt: { min: 1, max: 50000, extremeHigh: 1000 },
      ggt: { min: 1, max: 20000, extremeHigh: 1000 },
      albumin: { min: 0.5, max: 7, extremeLow: 2 },
      platelets: { min: 0.1, max: 200, extremeLow: 5, extremeHigh: 100 },
      age: { min: 18, max: 120 },
    });
  });
});

describe('unit conversion', () => {
  it.each<[FieldId, UnitId, number, number]>([
    ['platelets', 'e4PerUl', 23.5, 23.5],
    ['platelets', 'e3PerUl', 235, 23.5], // ÷ 10
    ['platelets', 'perUl', 235000, 23.5], // ÷ 10 000
    ['platelets', 'e3PerUl', 1, 0.1],
    ['platelets', 'perUl', 1000, 0.1],
    ['platelets', 'perUl', 2000000, 200],
    ['albumin', 'gPerDl', 4.2, 4.2],
    ['albumin', 'gPerL', 42, 4.2], // ÷ 10
    ['albumin', 'gPerL', 39, 3.9],
    ['albumin', 'gPerL', 5, 0.5],
    ['ast', 'uPerL', 35, 35],
    ['alt', 'uPerL', 35, 35],
    ['ggt', 'uPerL', 120, 120],
    ['age', 'years', 52, 52],
  ])('%s: %d %s … canonical', (field, unit, typed, canonical) => {
    expect(toCanonical(field, unit, typed)).toBe(canonical);
    expect(fromCanonical(field, unit, canonical)).toBeCloseTo(typed, 9);
  });

  it('refuses a unit of another field', () => {
    expect(() => toCanonical('ast', 'gPerL', 42)).toThrow(RangeError);
    expect(() => fromCanonical('albumin', 'perUl', 4)).toThrow(RangeError);
  });

  const fieldAndUnit = fc.constantFrom(...FIELD_IDS.flatMap((field) => FIELD_UNITS[field].map((unit) => [field, unit] as const)));

  it('toCanonical(fromCanonical(x)) ≈ x for every field and unit', () => {
    fc.assert(
      fc.property(fieldAndUnit, fc.double({ min: -1e9, max: 1e9, noNaN: true }), ([field, unit], x) => {
        const back = toCanonical(field, unit, fromCanonical(field, unit, x));
        expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-12);
      }),
    );
  });
});
