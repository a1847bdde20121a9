// @vitest-environment node
// clinical-reference.md version 2, §3.9. The expected values are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fib4, fib4LowCutoff, truncateFib4 } from './fib4';
import { interpret } from './interpret';
import { nextDown, nextUp } from './test-helpers';
import type { LabValues, Urgency } from './types';

// FIB-4 = age × AST / (platelets[×10⁹/L] × √ALT), platelets[×10⁹/L] = platelets[×10⁴/µL] × 10 (sterling2006).
// Cut-offs (mcpherson2017): low < 1.30 (< 2.0 from 65), high ≥ 2.67; unreliable at age ≤ 35 and with AST or ALT > 300.
describe('fib4: worked examples, by hand', () => {
  it.each([
    // 50 × 25 = 1250;  25 × 10 × √25 = 1250  → 1.00 low
    { age: 50, ast: 25, alt: 25, platelets: 25, value: 1.0, band: 'low' },
    // 60 × 40 = 2400;  15 × 10 × √16 = 600  → 4.00 high
    { age: 60, ast: 40, alt: 16, platelets: 15, value: 4.0, band: 'high' },
    // 45 × 36 = 1620;  18 × 10 × √36 = 1080 → 1.50 indeterminate
    { age: 45, ast: 36, alt: 36, platelets: 18, value: 1.5, band: 'indeterminate' },
    // 70 × 30 = 2100;  20 × 10 × √25 = 1000 → 2.10 ≥ 2.0 (low cut-off from 65) → indeterminate
    { age: 70, ast: 30, alt: 25, platelets: 20, value: 2.1, band: 'indeterminate' },
    // 70 × 28 = 1960;  1000 → 1.96 < 2.0 at 70 → low (before 65 it would be indeterminate)
    { age: 70, ast: 28, alt: 25, platelets: 20, value: 1.96, band: 'low' },
    // 72 × 28 = 2016;  14 × 10 × √25 = 700 → 2.88 high (§6 example 6)
    { age: 72, ast: 28, alt: 25, platelets: 14, value: 2.88, band: 'high' },
    // 55 × 64 = 3520;  11 × 10 × √4 = 220 → 16.00 high
    { age: 55, ast: 64, alt: 4, platelets: 11, value: 16.0, band: 'high' },
  ] as const)('age $age, AST $ast, ALT $alt, platelets $platelets → $value ($band)', ({ age, ast, alt, platelets, value, band }) => {
    const result = fib4(age, ast, alt, platelets);
    expect(result.value).toBeCloseTo(value, 12);
    expect(result.band).toBe(band);
    expect(result.reliable).toBe(true);
    expect(result.caveats).toEqual([]);
  });
});

describe('fib4: the cut-offs, exactly at and around them (the band uses the unrounded value)', () => {
  it.each([
    // exactly 1.30: 52 × 25 = 1300;  20 × 10 × √25 = 1000 → not below 1.30 → indeterminate
    { age: 52, ast: 25, alt: 25, platelets: 20, value: 1.3, band: 'indeterminate' },
    // exactly 1.30 at 64: 64 × 65 = 4160;  32 × 10 × √100 = 3200 → still the 1.30 cut-off
    { age: 64, ast: 65, alt: 100, platelets: 32, value: 1.3, band: 'indeterminate' },
    // exactly 1.30 at 65: 65 × 20 = 1300;  1000 → below 2.0 → low
    { age: 65, ast: 20, alt: 25, platelets: 20, value: 1.3, band: 'low' },
    // exactly 2.0 at 65: 65 × 40 = 2600;  32.5 × 10 × √16 = 1300 → not below 2.0 → indeterminate
    { age: 65, ast: 40, alt: 16, platelets: 32.5, value: 2.0, band: 'indeterminate' },
    // exactly 2.0 at 64: 64 × 50 = 3200;  40 × 10 × √16 = 1600 → indeterminate
    { age: 64, ast: 50, alt: 16, platelets: 40, value: 2.0, band: 'indeterminate' },
    // exactly 2.67: 60 × 44.5 = 2670;  10 × 10 × √100 = 1000 → high
    { age: 60, ast: 44.5, alt: 100, platelets: 10, value: 2.67, band: 'high' },
    // exactly 2.67 at 89: 89 × 30 = 2670;  1000 → high, whatever the low cut-off
    { age: 89, ast: 30, alt: 25, platelets: 20, value: 2.67, band: 'high' },
  ] as const)('age $age, AST $ast, ALT $alt, platelets $platelets = $value exactly → $band', ({ age, ast, alt, platelets, value, band }) => {
    const result = fib4(age, ast, alt, platelets);
    expect(result.value).toBe(value);
    expect(result.band).toBe(band);
  });

  it.each([
    // ALT 25, platelets 20 → denominator 1000; age × AST / 1000 sits on a cut-off
    { age: 52, ast: nextDown(25), band: 'low' },
    { age: 52, ast: nextUp(25), band: 'indeterminate' },
    { age: 65, ast: 30.7692, band: 'low' }, // 1.999998
    { age: 65, ast: 30.7693, band: 'indeterminate' }, // 2.0000045
    { age: 60, ast: nextDown(44.5), band: 'indeterminate' },
    { age: 60, ast: nextUp(44.5), band: 'high' },
  ] as const)('age $age, AST $ast, ALT 25, platelets 20 → $band', ({ age, ast, band }) => {
    expect(fib4(age, ast, 25, 20).band).toBe(band);
  });

  it('switches the low cut-off at 65 (mcpherson2017): 1.30 up to 65, 2.0 from 65', () => {
    expect(fib4LowCutoff(64)).toBe(1.3);
    expect(fib4LowCutoff(nextDown(65))).toBe(1.3);
    expect(fib4LowCutoff(65)).toBe(2.0);
    expect(fib4LowCutoff(90)).toBe(2.0);
    // 64 × 30 = 1920;  32 × 10 × √16 = 1280 → 1.50 indeterminate at 64;  65 × 30 / 1280 = 1.523… low at 65
    expect(fib4(64, 30, 16, 32).band).toBe('indeterminate');
    expect(fib4(65, 30, 16, 32).band).toBe('low');
  });
});

describe('fib4: reliability (§3.9: age ≤ 35, AST or ALT > 300)', () => {
  it.each([
    // 35 × 60 = 2100;  10 × 10 × √16 = 400 → 5.25 high
    [35, 60, 16, ['youngAge']],
    [nextUp(35), 60, 16, []],
    [36, 60, 16, []],
    [50, 300, 16, []],
    [50, nextUp(300), 16, ['acuteRange']],
    [50, 60, 300, []],
    [50, 60, nextUp(300), ['acuteRange']],
    [50, 820, 1250, ['acuteRange']],
    [30, 400, 16, ['youngAge', 'acuteRange']],
    [38, 820, 1250, ['acuteRange']],
  ] as [number, number, number, string[]][])('age %s, AST %s, ALT %s → caveats %j', (age, ast, alt, caveats) => {
    const result = fib4(age, ast, alt, 10);
    expect([...result.caveats].sort()).toEqual([...caveats].sort());
    expect(result.reliable).toBe(caveats.length === 0);
    // the band is still worked out from the value
    expect(result.band).toBe(result.value < fib4LowCutoff(age) ? 'low' : result.value < 2.67 ? 'indeterminate' : 'high');
  });

  it('keeps the exact value at 35', () => {
    expect(fib4(35, 60, 16, 10)).toEqual({ value: 5.25, band: 'high', reliable: false, caveats: ['youngAge'] });
    expect(fib4(36, 60, 16, 10)).toEqual({ value: 5.4, band: 'high', reliable: true, caveats: [] });
  });
});

describe('truncateFib4: two decimals, truncated, never rounded', () => {
  it.each([
    [2.665, 2.66],
    [2.669999, 2.66],
    [2.67, 2.67],
    [nextDown(2.67), 2.66],
    [1.13, 1.13],
    [1.3, 1.3],
    [nextDown(1.3), 1.29],
    [2.0, 2.0],
    [nextDown(2.0), 1.99],
    [2.88, 2.88],
    [0.999, 0.99],
    [0.07, 0.07],
    [16, 16],
    [0, 0],
  ])('%s → %s', (value, shown) => {
    expect(truncateFib4(value)).toBe(shown);
  });

  test.prop([fc.double({ min: 0, max: 1000, noNaN: true })], { numRuns: 300 })('never above the value, less than 0.01 below it, never across a cut-off', (v) => {
    const t = truncateFib4(v);
    expect(t).toBeLessThanOrEqual(v);
    expect(v - t).toBeLessThan(0.01 + 1e-9);
    expect(Math.abs(t * 100 - Math.round(t * 100))).toBeLessThan(1e-6);
    for (const cutoff of [1.3, 2.0, 2.67]) expect(t < cutoff).toBe(v < cutoff);
  });

  test.prop([fc.integer({ min: 0, max: 100000 })], { numRuns: 200 })('an exact hundredth stays as it is', (k) => {
    expect(truncateFib4(k / 100)).toBe(k / 100);
  });
});

describe('fib4: guards', () => {
  it.each(['age', 'ast', 'alt', 'platelets'] as const)('refuses a bad %s, naming it', (field) => {
    const good = { age: 50, ast: 30, alt: 25, platelets: 20 };
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1]) {
      const v = { ...good, [field]: bad };
      expect(() => fib4(v.age, v.ast, v.alt, v.platelets)).toThrow(RangeError);
      expect(() => fib4(v.age, v.ast, v.alt, v.platelets)).toThrow(new RegExp(`^${field}\\b`));
    }
  });

  it('refuses ALT or platelets of 0, which the formula divides by', () => {
    expect(() => fib4(50, 30, 0, 20)).toThrow(/^alt/);
    expect(() => fib4(50, 30, 25, 0)).toThrow(/^platelets/);
  });
});

const fib4Findings = (values: LabValues) =>
  interpret(values)
    .findings.filter((f) => f.id.startsWith('fib4.'))
    .map((f) => [f.id, f.urgency]);

describe('FIB-4 inside interpret', () => {
  it('needs age, AST, ALT and platelets, and a formula that can be computed', () => {
    expect(interpret({ ast: 30, alt: 16, platelets: 15 }).fib4).toBeUndefined();
    expect(interpret({ age: 50, alt: 16, platelets: 15 }).fib4).toBeUndefined();
    expect(interpret({ age: 50, ast: 30, platelets: 15 }).fib4).toBeUndefined();
    expect(interpret({ age: 50, ast: 30, alt: 16 }).fib4).toBeUndefined();
    expect(interpret({ age: 50, ast: 30, alt: 0, platelets: 15 }).fib4).toBeUndefined();
    expect(interpret({ age: 50, ast: 30, alt: 16, platelets: 0 }).fib4).toBeUndefined();
    // 50 × 30 = 1500;  15 × 10 × √16 = 600 → 2.50
    expect(interpret({ age: 50, ast: 30, alt: 16, platelets: 15 }).fib4).toEqual({ value: 2.5, band: 'indeterminate', reliable: true, caveats: [] });
  });

  // Every value but FIB-4 is grade A / normal in these rows, so the level is FIB-4's.
  it.each([
    // 50 × 25 / 1250 = 1.00 low
    [{ age: 50, ast: 25, alt: 25, platelets: 25 }, 'ok', [['fib4.low', 'ok']]],
    // 52 × 25 / 1000 = 1.30 indeterminate, and a hair below it low
    [{ age: 52, ast: 25, alt: 25, platelets: 20 }, 'consult', [['fib4.indeterminate', 'consult']]],
    [{ age: 52, ast: nextDown(25), alt: 25, platelets: 20 }, 'ok', [['fib4.low', 'ok']]],
    // 50 × 30 / 600 = 2.50 indeterminate
    [{ age: 50, ast: 30, alt: 16, platelets: 15 }, 'consult', [['fib4.indeterminate', 'consult']]],
    // 60 × 30 / (15 × 10 × √9 = 450) = 4.00 high, under 65: specialist even with normal enzymes
    [{ age: 60, ast: 30, alt: 9, platelets: 15 }, 'specialist', [['fib4.high', 'specialist']]],
    // 64 × 30 / 450 = 4.27 high at 64: specialist
    [{ age: 64, ast: 30, alt: 9, platelets: 15 }, 'specialist', [['fib4.high', 'specialist']]],
    // the same at 65 with AST and ALT ≤ 30: consult (the age term dominates)
    [{ age: 65, ast: 30, alt: 9, platelets: 15 }, 'consult', [['fib4.high', 'consult'], ['fib4.olderCutoff', 'ok']]],
    [{ age: 72, ast: 28, alt: 25, platelets: 14.5 }, 'consult', [['fib4.high', 'consult'], ['fib4.olderCutoff', 'ok']]],
    // 65 × 20 / (15 × 10 × √25 = 750) = 1.733: indeterminate before 65, low from 65 (cut-off 2.0)
    [{ age: 65, ast: 20, alt: 25, platelets: 15 }, 'ok', [['fib4.low', 'ok'], ['fib4.olderCutoff', 'ok']]],
  ] as [LabValues, Urgency, [string, Urgency][]][])('%j → %s, %j', (values, level, findings) => {
    const result = interpret(values);
    expect(result.urgency).toBe(level);
    expect(fib4Findings(values)).toEqual(expect.arrayContaining(findings));
    expect(fib4Findings(values)).toHaveLength(findings.length);
  });

  it('≥ 65 with normal enzymes: consult only while both AST and ALT are ≤ 30', () => {
    // 65 × AST / (10 × 10 × √ALT): 65 × 30 / (100 × √30 = 547.7) = 3.56 and above: all high
    const high = (ast: number, alt: number) => interpret({ age: 65, ast, alt, platelets: 10 }).findings.find((f) => f.id === 'fib4.high')?.urgency;
    expect(high(30, 9)).toBe('consult');
    expect(high(nextUp(30), 9)).toBe('specialist');
    expect(high(30, 30)).toBe('consult');
    expect(high(30, nextUp(30))).toBe('specialist');
    expect(high(60, 9)).toBe('specialist');
  });

  it('the band finding carries the numbers', () => {
    expect(interpret({ age: 50, ast: 30, alt: 16, platelets: 15 }).findings.find((f) => f.id === 'fib4.indeterminate')).toEqual({
      id: 'fib4.indeterminate',
      urgency: 'consult',
      params: { value: 2.5, age: 50, lowCutoff: 1.3, highCutoff: 2.67 },
      sources: ['sterling2006', 'mcpherson2017', 'jsgeNafld2020'],
    });
    expect(interpret({ age: 70, ast: 30, alt: 25, platelets: 20 }).findings.find((f) => f.id === 'fib4.indeterminate')?.params).toMatchObject({
      lowCutoff: 2.0,
      age: 70,
    });
  });

  it('unreliable at 35: the band finding at ok beside fib4.unreliable, raising nothing; at 36 it counts', () => {
    // 35 × 30 / 600 = 1.75 indeterminate
    const young = interpret({ age: 35, ast: 30, alt: 16, platelets: 15 });
    expect(young.fib4).toEqual({ value: 1.75, band: 'indeterminate', reliable: false, caveats: ['youngAge'] });
    expect(fib4Findings({ age: 35, ast: 30, alt: 16, platelets: 15 })).toEqual(
      expect.arrayContaining([
        ['fib4.indeterminate', 'ok'],
        ['fib4.unreliable', 'ok'],
      ]),
    );
    expect(young.urgency).toBe('ok');
    expect(young.seeHepatologist).toBe(false);
    expect(interpret({ age: 36, ast: 30, alt: 16, platelets: 15 }).urgency).toBe('consult');
    expect(interpret({ age: nextUp(35), ast: 30, alt: 16, platelets: 15 }).urgency).toBe('consult');
    // a young high value raises nothing either: 35 × 30 / (9 × 10 × 4 = 360) = 2.917 high
    expect(interpret({ age: 35, ast: 30, alt: 16, platelets: 9 }).findings.find((f) => f.id === 'fib4.high')?.urgency).toBe('ok');
  });

  it('unreliable in the acute range: fib4.acute with acuteAbove 300, the band finding at ok', () => {
    // 50 × 310 / (20 × 10 × √16 = 800) = 19.375 high, AST > 300
    const acute = interpret({ age: 50, ast: 310, alt: 16, platelets: 20 });
    expect(acute.fib4?.reliable).toBe(false);
    expect(acute.fib4?.caveats).toEqual(['acuteRange']);
    const ids = acute.findings.map((f) => f.id);
    expect(ids).toContain('fib4.acute');
    expect(ids).not.toContain('fib4.unreliable');
    expect(acute.findings.find((f) => f.id === 'fib4.acute')).toMatchObject({ urgency: 'ok', params: { acuteAbove: 300, age: 50 } });
    expect(acute.findings.find((f) => f.id === 'fib4.high')?.urgency).toBe('ok');
    // ALT above 300 too, and AST/ALT exactly 300 still reliable
    expect(interpret({ age: 50, ast: 100, alt: nextUp(300), platelets: 5 }).fib4?.caveats).toEqual(['acuteRange']);
    expect(interpret({ age: 50, ast: 300, alt: 300, platelets: 20 }).fib4?.reliable).toBe(true);
  });

  it('both caveats together at a young age in the acute range', () => {
    const both = interpret({ age: 30, ast: 400, alt: 50, platelets: 20 });
    expect([...(both.fib4?.caveats ?? [])].sort()).toEqual(['acuteRange', 'youngAge']);
    const ids = both.findings.map((f) => f.id);
    expect(ids).toContain('fib4.unreliable');
    expect(ids).toContain('fib4.acute');
    expect(ids.filter((id) => ['fib4.low', 'fib4.indeterminate', 'fib4.high'].includes(id))).toHaveLength(1);
  });

  it('explains the older cut-off from 65 only, and only for a reliable value', () => {
    const idsAt = (age: number) => interpret({ age, ast: 30, alt: 16, platelets: 32 }).findings.map((f) => f.id);
    expect(idsAt(64)).not.toContain('fib4.olderCutoff');
    expect(idsAt(65)).toContain('fib4.olderCutoff');
    expect(idsAt(65)).toContain('fib4.low');
  });
});
