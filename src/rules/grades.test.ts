// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { altTier } from './alt-tier';
import { jsndGrade } from './grades';
import { nextDown, nextUp } from './test-helpers';
import type { AltTier, Analyte, Grade } from './types';

// Rows around one edge, as clinical-reference §3 writes it. "upper-closed" edges belong to the
// band below ("31–50" is 30 < x ≤ 50); "lower-closed" edges to the band above (x ≥ 3.9).
// Each edge is tried at the neighbouring doubles, at ±0.0001, and at the edge itself.
function upperClosed<T extends string>(edge: number, below: T, above: T): [number, T][] {
  return [[nextDown(edge), below], [edge - 0.0001, below], [edge, below], [nextUp(edge), above], [edge + 0.0001, above]];
}
function lowerClosed<T extends string>(edge: number, below: T, above: T): [number, T][] {
  return [[nextDown(edge), below], [edge - 0.0001, below], [edge, above], [nextUp(edge), above], [edge + 0.0001, above]];
}

// §3.3, written out from the table rather than read from GRADE_BANDS, so a typo there shows.
const GRADE_CASES: Record<Analyte, [number, Grade][]> = {
  ast: [
    [0, 'A'], [12.5, 'A'],
    ...upperClosed(30, 'A', 'B'), [30.5, 'B'], [32.75, 'B'],
    ...upperClosed(35, 'B', 'C'), [35.5, 'C'], [42.5, 'C'],
    ...upperClosed(50, 'C', 'D'), [50.5, 'D'], [1234.5, 'D'],
  ],
  alt: [
    [0, 'A'], [12.5, 'A'],
    ...upperClosed(30, 'A', 'B'), [30.5, 'B'], [35.5, 'B'],
    ...upperClosed(40, 'B', 'C'), [40.5, 'C'], [45.5, 'C'],
    ...upperClosed(50, 'C', 'D'), [50.5, 'D'], [1234.5, 'D'],
  ],
  ggt: [
    [0, 'A'], [25.5, 'A'],
    ...upperClosed(50, 'A', 'B'), [50.5, 'B'], [65.5, 'B'],
    ...upperClosed(80, 'B', 'C'), [80.5, 'C'], [90.5, 'C'],
    ...upperClosed(100, 'C', 'D'), [100.5, 'D'], [1234.5, 'D'],
  ],
  // No grade B: C sits directly below A.
  albumin: [
    [0, 'D'], [2.75, 'D'], [3.5, 'D'], [3.65, 'D'],
    ...lowerClosed(3.7, 'D', 'C'), [3.75, 'C'], [3.85, 'C'],
    ...lowerClosed(3.9, 'C', 'A'), [3.95, 'A'], [4.5, 'A'], [6.5, 'A'],
  ],
  // B and D on both sides of the normal band.
  platelets: [
    [0, 'D'], [4.5, 'D'], [9.5, 'D'],
    ...lowerClosed(10, 'D', 'C'), [10.5, 'C'], [11.15, 'C'],
    ...lowerClosed(12.3, 'C', 'B'), [12.35, 'B'], [13.4, 'B'],
    ...lowerClosed(14.5, 'B', 'A'), [14.55, 'A'], [23.5, 'A'],
    ...lowerClosed(33, 'A', 'B'), [33.5, 'B'], [36.5, 'B'],
    ...lowerClosed(40, 'B', 'D'), [40.5, 'D'], [120.5, 'D'],
  ],
};

describe('jsndGrade (jsnd judgement categories, §3.3)', () => {
  for (const [analyte, cases] of Object.entries(GRADE_CASES) as [Analyte, [number, Grade][]][]) {
    it.each(cases)(`${analyte} %s → %s`, (value, grade) => {
      expect(jsndGrade(analyte, value)).toBe(grade);
    });
  }

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0.1, -1e-300])('refuses %s, naming the field', (bad) => {
    expect(() => jsndGrade('albumin', bad)).toThrow(RangeError);
    expect(() => jsndGrade('albumin', bad)).toThrow('albumin must be a finite non-negative number');
  });
});

// §3.2.
const TIER_CASES: [number, AltTier][] = [
  [0, 'normal'], [15.5, 'normal'],
  ...upperClosed(30, 'normal', 'mild'), [30.5, 'mild'], [40.5, 'mild'],
  ...upperClosed(50, 'mild', 'abnormal'), [50.5, 'abnormal'], [75.5, 'abnormal'],
  ...upperClosed(100, 'abnormal', 'high'), [100.5, 'high'], [200.5, 'high'],
  ...upperClosed(300, 'high', 'veryHigh'), [300.5, 'veryHigh'], [400.5, 'veryHigh'],
  ...upperClosed(500, 'veryHigh', 'extreme'), [500.5, 'extreme'], [40000, 'extreme'],
];

describe('altTier (ALT tiers, §3.2)', () => {
  it.each(TIER_CASES)('ALT %s → %s', (alt, tier) => {
    expect(altTier(alt)).toBe(tier);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1])('refuses %s, naming the field', (bad) => {
    expect(() => altTier(bad)).toThrow(RangeError);
    expect(() => altTier(bad)).toThrow('alt must be a finite non-negative number');
  });
});
