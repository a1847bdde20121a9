import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { altTier } from './alt-tier';
import { inBand } from './bands';
import { jsndGrade } from './grades';
import { ALT_TIER_BANDS, GRADE_BANDS } from './thresholds';
import { ANALYTES, type Analyte, type AltTier, type Grade } from './types';

// Every band edge: just below, at, just above, and a decimal between (clinical-reference §3.2).
const GRADE_EDGES: Record<Analyte, [number, Grade][]> = {
  ast: [
    [0, 'A'], [29.9, 'A'], [30, 'A'], [30.0001, 'B'], [30.5, 'B'], [35, 'B'], [35.01, 'C'], [42.5, 'C'],
    [50, 'C'], [50.0001, 'D'], [50.5, 'D'], [5000, 'D'],
  ],
  alt: [
    [0, 'A'], [29.9, 'A'], [30, 'A'], [30.0001, 'B'], [35.5, 'B'], [40, 'B'], [40.01, 'C'], [45.5, 'C'],
    [50, 'C'], [50.0001, 'D'], [50.5, 'D'],
  ],
  ggt: [
    [0, 'A'], [49.9, 'A'], [50, 'A'], [50.0001, 'B'], [65.5, 'B'], [80, 'B'], [80.01, 'C'], [90.5, 'C'],
    [100, 'C'], [100.0001, 'D'], [100.5, 'D'],
  ],
  albumin: [
    [0, 'D'], [3.0, 'D'], [3.69, 'D'], [3.7, 'C'], [3.75, 'C'], [3.89, 'C'], [3.9, 'A'], [3.91, 'A'], [5.2, 'A'],
  ],
  platelets: [
    [0, 'D'], [9.99, 'D'], [10.0, 'C'], [11.15, 'C'], [12.29, 'C'], [12.3, 'B'], [13.4, 'B'], [14.49, 'B'],
    [14.5, 'A'], [23.5, 'A'], [32.99, 'A'], [33.0, 'B'], [36.5, 'B'], [39.99, 'B'], [40.0, 'D'], [40.01, 'D'], [120, 'D'],
  ],
};

describe('jsndGrade (JSND judgement categories)', () => {
  for (const analyte of ANALYTES) {
    it.each(GRADE_EDGES[analyte])(`${analyte} %d → %s`, (value, grade) => {
      expect(jsndGrade(analyte, value)).toBe(grade);
    });
  }

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0.1])('refuses %d, naming the field', (bad) => {
    expect(() => jsndGrade('albumin', bad)).toThrow(RangeError);
    expect(() => jsndGrade('albumin', bad)).toThrow(/albumin/);
  });
});

const TIER_EDGES: [number, AltTier][] = [
  [0, 'normal'], [29.9, 'normal'], [30, 'normal'], [30.0001, 'mild'], [30.5, 'mild'], [50, 'mild'],
  [50.0001, 'abnormal'], [75.5, 'abnormal'], [100, 'abnormal'], [100.0001, 'high'], [200.5, 'high'],
  [300, 'high'], [300.0001, 'veryHigh'], [400.5, 'veryHigh'], [500, 'veryHigh'], [500.0001, 'extreme'],
  [500.5, 'extreme'], [40000, 'extreme'],
];

describe('altTier (clinic2026 severity tiers)', () => {
  it.each(TIER_EDGES)('ALT %d → %s', (alt, tier) => {
    expect(altTier(alt)).toBe(tier);
  });

  it('refuses values that are not finite non-negative numbers', () => {
    expect(() => altTier(-1)).toThrow(/alt/);
    expect(() => altTier(Number.NaN)).toThrow(RangeError);
  });
});

const nonNegative = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 1000 }),
  // values near every edge, where off-by-one errors live
  fc.constantFrom(10, 12.3, 14.5, 30, 33, 35, 3.7, 3.9, 40, 50, 80, 100, 300, 500).chain((edge) =>
    fc.double({ min: Math.max(0, edge - 1e-6), max: edge + 1e-6, noNaN: true }),
  ),
);

describe('bands cover every value exactly once', () => {
  test.prop([nonNegative])('one ALT tier', (x) => {
    const holding = ALT_TIER_BANDS.filter((band) => inBand(band, x));
    expect(holding).toHaveLength(1);
    expect(holding[0]?.id).toBe(altTier(x));
  });

  test.prop([fc.constantFrom(...ANALYTES), nonNegative])('one grade per analyte', (analyte, x) => {
    const holding = GRADE_BANDS[analyte].filter((band) => inBand(band, x));
    expect(holding).toHaveLength(1);
    expect(holding[0]?.id).toBe(jsndGrade(analyte, x));
  });
});
