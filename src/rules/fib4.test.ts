import { describe, expect, it } from 'vitest';
import { fib4, fib4LowCutoff } from './fib4';
import { interpret } from './interpret';
import { nextDown, nextUp } from './test-helpers';

// FIB-4 = age × AST / (platelets[×10⁹/L] × √ALT), platelets[×10⁹/L] = platelets[×10⁴/µL] × 10 (sterling2006).
// Cut-offs (mcpherson2017): low < 1.30 (< 2.0 from 65), high ≥ 2.67; unreliable at age ≤ 35.
describe('fib4: worked examples, by hand', () => {
  it.each([
    // 50 × 25 = 1250;  25 × 10 = 250, × √25 = 250 × 5 = 1250;  1250 / 1250 = 1.00 < 1.30 → low
    { age: 50, ast: 25, alt: 25, platelets: 25, value: 1.0, band: 'low' },
    // 60 × 40 = 2400;  15 × 10 = 150, × √16 = 150 × 4 = 600;  2400 / 600 = 4.00 ≥ 2.67 → high
    { age: 60, ast: 40, alt: 16, platelets: 15, value: 4.0, band: 'high' },
    // 45 × 36 = 1620;  18 × 10 = 180, × √36 = 180 × 6 = 1080;  1620 / 1080 = 1.50 → indeterminate
    { age: 45, ast: 36, alt: 36, platelets: 18, value: 1.5, band: 'indeterminate' },
    // 70 × 30 = 2100;  20 × 10 = 200, × √25 = 1000;  2.10 ≥ 2.0 (the low cut-off from 65) → indeterminate
    { age: 70, ast: 30, alt: 25, platelets: 20, value: 2.1, band: 'indeterminate' },
    // 70 × 28 = 1960;  1000;  1.96 < 2.0 at 70 → low (before 65 it would be indeterminate)
    { age: 70, ast: 28, alt: 25, platelets: 20, value: 1.96, band: 'low' },
    // 40 × 81 = 3240;  24 × 10 = 240, × √81 = 240 × 9 = 2160;  3240 / 2160 = 1.50 → indeterminate
    { age: 40, ast: 81, alt: 81, platelets: 24, value: 1.5, band: 'indeterminate' },
    // 55 × 64 = 3520;  11 × 10 = 110, × √4 = 220;  3520 / 220 = 16.00 → high
    { age: 55, ast: 64, alt: 4, platelets: 11, value: 16.0, band: 'high' },
    // 30 × 20 = 600;  30 × 10 = 300, × √49 = 2100;  600 / 2100 = 0.2857… → low, and unreliable at 30
    { age: 30, ast: 20, alt: 49, platelets: 30, value: 2 / 7, band: 'low' },
  ] as const)('age $age, AST $ast, ALT $alt, platelets $platelets → $value ($band)', ({ age, ast, alt, platelets, value, band }) => {
    const result = fib4(age, ast, alt, platelets);
    expect(result.value).toBeCloseTo(value, 12);
    expect(result.band).toBe(band);
    expect(result.reliable).toBe(age > 35);
  });
});

describe('fib4: the cut-offs, exactly at and around them', () => {
  it.each([
    // exactly 1.30: 52 × 25 = 1300;  20 × 10 × √25 = 1000  → not below 1.30 → indeterminate
    { age: 52, ast: 25, alt: 25, platelets: 20, value: 1.3, band: 'indeterminate' },
    // exactly 1.30 at 64: 64 × 65 = 4160;  32 × 10 × √100 = 3200 → still the 1.30 cut-off → indeterminate
    { age: 64, ast: 65, alt: 100, platelets: 32, value: 1.3, band: 'indeterminate' },
    // exactly 1.30 at 65: 65 × 20 = 1300;  20 × 10 × √25 = 1000 → below 2.0 → low
    { age: 65, ast: 20, alt: 25, platelets: 20, value: 1.3, band: 'low' },
    // exactly 2.0 at 65: 65 × 40 = 2600;  32.5 × 10 × √16 = 1300 → not below 2.0 → indeterminate
    { age: 65, ast: 40, alt: 16, platelets: 32.5, value: 2.0, band: 'indeterminate' },
    // exactly 2.0 at 64: 64 × 50 = 3200;  40 × 10 × √16 = 1600 → between 1.30 and 2.67 → indeterminate
    { age: 64, ast: 50, alt: 16, platelets: 40, value: 2.0, band: 'indeterminate' },
    // exactly 2.67: 60 × 44.5 = 2670;  10 × 10 × √100 = 1000 → high
    { age: 60, ast: 44.5, alt: 100, platelets: 10, value: 2.67, band: 'high' },
    // exactly 2.67 at 89: 89 × 30 = 2670;  20 × 10 × √25 = 1000 → high, whatever the low cut-off
    { age: 89, ast: 30, alt: 25, platelets: 20, value: 2.67, band: 'high' },
  ] as const)('age $age, AST $ast, ALT $alt, platelets $platelets = $value exactly → $band', ({ age, ast, alt, platelets, value, band }) => {
    const result = fib4(age, ast, alt, platelets);
    expect(result.value).toBe(value);
    expect(result.band).toBe(band);
  });

  // The band uses the unrounded value: a hair below a cut-off stays below it, although it shows as the cut-off.
  it.each([
    // AST a hair under 25 at 52, ALT 25, platelets 20: 52 × AST / 1000 just under 1.30
    { age: 52, ast: nextDown(25), band: 'low' },
    { age: 52, ast: nextUp(25), band: 'indeterminate' },
    // 65 × AST / 1000 just under 2.0 needs AST just under 2000/65 = 30.769…; 30.7692 gives 1.999998
    { age: 65, ast: 30.7692, band: 'low' },
    { age: 65, ast: 30.7693, band: 'indeterminate' },
    // 60 × AST / 1000 around 2.67: AST 44.5 gives exactly 2.67
    { age: 60, ast: nextDown(44.5), band: 'indeterminate' },
    { age: 60, ast: nextUp(44.5), band: 'high' },
  ] as const)('age $age, AST $ast, ALT 25, platelets 20 → $band', ({ age, ast, band }) => {
    expect(fib4(age, ast, 25, 20).band).toBe(band);
  });

  it('switches the low cut-off at 65 (mcpherson2017): 1.30 up to 64, 2.0 from 65', () => {
    expect(fib4LowCutoff(64)).toBe(1.3);
    expect(fib4LowCutoff(64.9)).toBe(1.3);
    expect(fib4LowCutoff(65)).toBe(2.0);
    // 64 × 30 = 1920;  32 × 10 × √16 = 1280 → 1.50: indeterminate at 64.
    // 65 × 30 = 1950;  1280 → 1.523…: low at 65, because the cut-off is now 2.0.
    expect(fib4(64, 30, 16, 32).band).toBe('indeterminate');
    expect(fib4(65, 30, 16, 32).band).toBe('low');
  });

  it('is reliable only above 35', () => {
    // 35 × 60 = 2100;  10 × 10 × √16 = 400 → 5.25;  36 × 60 / 400 = 5.40: both high.
    expect(fib4(35, 60, 16, 10)).toEqual({ value: 5.25, band: 'high', reliable: false });
    expect(fib4(35.5, 60, 16, 10).reliable).toBe(true);
    expect(fib4(36, 60, 16, 10)).toEqual({ value: 5.4, band: 'high', reliable: true });
  });
});

describe('fib4: guards', () => {
  it.each(['age', 'ast', 'alt', 'platelets'] as const)('refuses a bad %s, naming it', (field) => {
    const good = { age: 50, ast: 30, alt: 25, platelets: 20 };
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1]) {
      const v = { ...good, [field]: bad };
      expect(() => fib4(v.age, v.ast, v.alt, v.platelets)).toThrow(RangeError);
      expect(() => fib4(v.age, v.ast, v.alt, v.platelets)).toThrow(`${field} must be a finite non-negative number`);
    }
  });

  it('refuses ALT or platelets of 0, which the formula divides by', () => {
    expect(() => fib4(50, 30, 0, 20)).toThrow(RangeError);
    expect(() => fib4(50, 30, 0, 20)).toThrow(/^alt/);
    expect(() => fib4(50, 30, 25, 0)).toThrow(/^platelets/);
  });

  it('accepts AST 0 (value 0, low)', () => {
    expect(fib4(50, 0, 25, 20)).toEqual({ value: 0, band: 'low', reliable: true });
  });
});

describe('fib4 inside interpret', () => {
  it('needs age, AST, ALT and platelets, and a formula that can be computed', () => {
    expect(interpret({ ast: 30, alt: 16, platelets: 15 }).fib4).toBeUndefined();
    expect(interpret({ age: 50, alt: 16, platelets: 15 }).fib4).toBeUndefined();
    expect(interpret({ age: 50, ast: 30, platelets: 15 }).fib4).toBeUndefined();
    expect(interpret({ age: 50, ast: 30, alt: 16 }).fib4).toBeUndefined();
    expect(interpret({ age: 50, ast: 30, alt: 0, platelets: 15 }).fib4).toBeUndefined();
    expect(interpret({ age: 50, ast: 30, alt: 16, platelets: 0 }).fib4).toBeUndefined();
    // 50 × 30 = 1500;  15 × 10 × √16 = 600 → 2.50
    expect(interpret({ age: 50, ast: 30, alt: 16, platelets: 15 }).fib4).toEqual({ value: 2.5, band: 'indeterminate', reliable: true });
  });

  it('gives the band finding with its numbers, and raises consult (indeterminate) or specialist (high) when reliable', () => {
    const indeterminate = interpret({ age: 50, ast: 30, alt: 16, platelets: 15 });
    expect(indeterminate.findings.find((f) => f.id === 'fib4.indeterminate')).toEqual({
      id: 'fib4.indeterminate',
      urgency: 'consult',
      params: { value: 2.5, age: 50, lowCutoff: 1.3, highCutoff: 2.67 },
      sources: ['sterling2006', 'mcpherson2017', 'jsgeNafld2020'],
    });
    // AST 30 (A), ALT 16 (A, normal), platelets 15 (A): only FIB-4 speaks.
    expect(indeterminate.urgency).toBe('consult');
    // 60 × 40 = 2400;  15 × 10 × 4 = 600 → 4.00 high. AST 40 alone is grade C (consult).
    const high = interpret({ age: 60, ast: 40, alt: 16, platelets: 15 });
    expect(high.findings[0]?.id).toBe('fib4.high');
    expect(high.urgency).toBe('specialist');
    // 50 × 25 = 1250;  25 × 10 × 5 = 1250 → 1.00 low: raises nothing.
    const low = interpret({ age: 50, ast: 25, alt: 25, platelets: 25 });
    expect(low.findings.find((f) => f.id === 'fib4.low')?.urgency).toBe('ok');
    expect(low.urgency).toBe('ok');
  });

  it('at 35 shows the value with the caveat and raises nothing; at 36 it counts', () => {
    // 35 × 30 = 1050;  15 × 10 × 4 = 600 → 1.75 indeterminate
    const young = interpret({ age: 35, ast: 30, alt: 16, platelets: 15 });
    expect(young.fib4).toEqual({ value: 1.75, band: 'indeterminate', reliable: false });
    expect(young.findings.map((f) => [f.id, f.urgency])).toEqual(
      expect.arrayContaining([['fib4.indeterminate', 'ok'], ['fib4.unreliable', 'ok']]),
    );
    expect(young.urgency).toBe('ok');
    // 36 × 30 = 1080 / 600 = 1.80
    const adult = interpret({ age: 36, ast: 30, alt: 16, platelets: 15 });
    expect(adult.urgency).toBe('consult');
    expect(adult.findings.map((f) => f.id)).not.toContain('fib4.unreliable');
    // a young high value raises nothing either: 35 × 60 / 400 = 5.25; AST 60 is grade D itself
    const youngHigh = interpret({ age: 35, ast: 60, alt: 16, platelets: 10 });
    expect(youngHigh.findings.find((f) => f.id === 'fib4.high')?.urgency).toBe('ok');
  });

  it('explains the older cut-off from 65 only', () => {
    const ids = (age: number) => interpret({ age, ast: 30, alt: 16, platelets: 32 }).findings.map((f) => f.id);
    expect(ids(64)).not.toContain('fib4.olderCutoff');
    expect(ids(65)).toContain('fib4.olderCutoff');
    expect(ids(65)).toContain('fib4.low');
    const older = interpret({ age: 65, ast: 30, alt: 16, platelets: 32 }).findings.find((f) => f.id === 'fib4.olderCutoff');
    expect(older?.urgency).toBe('ok');
    expect(older?.params).toMatchObject({ lowCutoff: 2.0, highCutoff: 2.67, age: 65 });
  });
});
