import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fib4 } from './fib4';
import { interpret } from './interpret';
import { compareUrgency, maxUrgency } from './urgency';
import { URGENCIES, type LabValues, type Urgency } from './types';

const ids = (values: LabValues) => interpret(values).findings.map((f) => f.id);

describe('FIB-4 (sterling2006, mcpherson2017)', () => {
  // Worked by hand: FIB-4 = age × AST / (platelets×10 × √ALT).
  it.each([
    // 50×25 = 1250; 25×10 × √25 = 250×5 = 1250; 1250/1250 = 1.00
    [50, 25, 25, 25, 1.0, 'low'],
    // 60×40 = 2400; 150 × 4 = 600; 2400/600 = 4.00
    [60, 40, 16, 15, 4.0, 'high'],
    // 45×36 = 1620; 180 × 6 = 1080; 1620/1080 = 1.50
    [45, 36, 36, 18, 1.5, 'indeterminate'],
    // 70×30 = 2100; 200 × 5 = 1000; 2.10: from 65 the low cut-off is 2.0, so indeterminate
    [70, 30, 25, 20, 2.1, 'indeterminate'],
    // 70×28 = 1960; 1000; 1.96 < 2.0 at 70 → low (it would be indeterminate before 65)
    [70, 28, 25, 20, 1.96, 'low'],
    // exactly 1.30: 52×25 = 1300; 200 × 5 = 1000
    [52, 25, 25, 20, 1.3, 'indeterminate'],
    // exactly 2.67: 60×44.5 = 2670; 100 × 10 = 1000
    [60, 44.5, 100, 10, 2.67, 'high'],
    // exactly 2.0 at 65: 65×40 = 2600; 325 × 4 = 1300
    [65, 40, 16, 32.5, 2.0, 'indeterminate'],
  ] as const)('age %d, AST %d, ALT %d, platelets %d → %d (%s)', (age, ast, alt, plt, value, band) => {
    const result = fib4(age, ast, alt, plt);
    expect(result.value).toBeCloseTo(value, 10);
    expect(result.band).toBe(band);
  });

  it('uses the older cut-off from 65: the same 1.5 is indeterminate at 64 and low at 65', () => {
    // 64×30 = 1920; 320×4 = 1280 → 1.50.  65×30 = 1950 → 1.52
    expect(fib4(64, 30, 16, 32).band).toBe('indeterminate');
    expect(fib4(65, 30, 16, 32).band).toBe('low');
    expect(ids({ age: 65, ast: 30, alt: 16, platelets: 32 })).toContain('fib4.olderCutoff');
    expect(ids({ age: 64, ast: 30, alt: 16, platelets: 32 })).not.toContain('fib4.olderCutoff');
  });

  it('is unreliable at 35 and reliable at 36; an unreliable value raises nothing', () => {
    expect(fib4(35, 60, 16, 10).reliable).toBe(false);
    expect(fib4(36, 60, 16, 10).reliable).toBe(true);
    const young = interpret({ age: 35, ast: 30, alt: 16, platelets: 15 }); // 1050/600 = 1.75
    expect(young.fib4?.band).toBe('indeterminate');
    expect(young.urgency).toBe('ok');
    expect(young.findings.map((f) => f.id)).toContain('fib4.unreliable');
    expect(interpret({ age: 36, ast: 30, alt: 16, platelets: 15 }).urgency).toBe('consult');
  });

  it('needs age, AST, ALT and platelets, and a formula that can be computed', () => {
    expect(interpret({ ast: 30, alt: 16, platelets: 15 }).fib4).toBeUndefined();
    expect(interpret({ age: 50, ast: 30, alt: 0, platelets: 15 }).fib4).toBeUndefined();
    expect(interpret({ age: 50, ast: 30, alt: 16, platelets: 0 }).fib4).toBeUndefined();
    expect(() => fib4(50, 30, 0, 15)).toThrow(/alt/);
  });

  it('raises specialist when high and reliable', () => {
    expect(interpret({ age: 60, ast: 40, alt: 16, platelets: 15 }).urgency).toBe('specialist');
  });
});

describe('AST > ALT pattern (clinic2026, deRitis)', () => {
  it('means nothing while both are ≤ 30', () => {
    const result = interpret({ ast: 28, alt: 12 });
    expect(result.alcoholHint).toBe(false);
    expect(result.deRitis).toBeCloseTo(28 / 12);
    expect(result.findings.map((f) => f.id)).not.toContain('alcoholHint');
  });

  it('is a hint when AST > ALT and AST > 30', () => {
    const result = interpret({ ast: 45, alt: 30 });
    expect(result.alcoholHint).toBe(true);
    expect(result.findings.find((f) => f.id === 'alcoholHint')?.params).toEqual({ ast: 45, alt: 30, ratio: 1.5 });
  });

  it('is stronger at a ratio of 2 or more', () => {
    expect(ids({ ast: 60, alt: 30 })).toContain('alcoholHintStrong');
    expect(ids({ ast: 60, alt: 30 })).not.toContain('alcoholHint');
  });

  it('is not a hint when AST = ALT', () => {
    expect(interpret({ ast: 80, alt: 80 }).alcoholHint).toBe(false);
  });

  it('never raises the level by itself', () => {
    // AST 33 is grade B (watch); the hint sits beside it at the same level.
    const result = interpret({ ast: 33, alt: 10 });
    expect(result.urgency).toBe('watch');
    expect(result.findings.find((f) => f.id === 'alcoholHintStrong')?.urgency).toBe('watch');
  });
});

describe('other findings', () => {
  it('AST-only rise: AST > 30 with ALT ≤ 30', () => {
    expect(ids({ ast: 31, alt: 30 })).toContain('astOnlyRise');
    expect(ids({ ast: 30, alt: 20 })).not.toContain('astOnlyRise');
    expect(ids({ ast: 40, alt: 31 })).not.toContain('astOnlyRise');
  });

  it('γ-GTP above 50 and above 200', () => {
    expect(ids({ ggt: 50 })).not.toContain('ggt.raised');
    expect(ids({ ggt: 51 })).toContain('ggt.raised');
    expect(ids({ ggt: 200 })).not.toContain('ggt.bileDuct');
    expect(ids({ ggt: 200.5 })).toEqual(expect.arrayContaining(['ggt.raised', 'ggt.bileDuct']));
  });

  it('albumin below 3.5 and below 2.8 (the more severe note only)', () => {
    expect(ids({ albumin: 3.5 })).not.toContain('albumin.low');
    expect(ids({ albumin: 3.49 })).toContain('albumin.low');
    expect(ids({ albumin: 2.8 })).toContain('albumin.low');
    expect(ids({ albumin: 2.79 })).toContain('albumin.severelyLow');
    expect(ids({ albumin: 2.79 })).not.toContain('albumin.low');
  });

  it.each([
    [{ platelets: 19.9, alt: 31 }, 'platelets.fibrosisCheck', 'consult'],
    [{ platelets: 14.4 }, 'platelets.belowNormal', 'watch'],
    [{ platelets: 9.9 }, 'platelets.cirrhosisPossible', 'specialist'],
    [{ platelets: 4.9 }, 'platelets.bleedingRisk', 'urgent'],
    [{ platelets: 40 }, 'platelets.high', 'consult'],
  ] as const)('platelets %j → %s (%s)', (values, id, level) => {
    const result = interpret(values);
    expect(result.findings.map((f) => f.id)).toContain(id);
    expect(result.urgency).toBe(level);
  });

  it('no fibrosis check at platelets 20 or with ALT ≤ 30', () => {
    expect(ids({ platelets: 20, alt: 31 })).not.toContain('platelets.fibrosisCheck');
    expect(ids({ platelets: 15, alt: 30 })).not.toContain('platelets.fibrosisCheck');
  });
});

describe('urgency (§3.9)', () => {
  it.each([
    [{}, 'ok'],
    [{ alt: 20 }, 'ok'],
    [{ ast: 33 }, 'watch'],
    [{ ggt: 60 }, 'watch'],
    [{ alt: 35 }, 'consult'],
    [{ albumin: 3.8 }, 'consult'],
    [{ alt: 51 }, 'specialist'],
    [{ alt: 120 }, 'specialist'],
    [{ albumin: 3.6 }, 'specialist'],
    [{ alt: 350 }, 'urgent'],
    [{ ast: 301 }, 'urgent'],
    [{ platelets: 4 }, 'urgent'],
    [{ alt: 650 }, 'emergency'],
    [{ ast: 600, alt: 100 }, 'emergency'],
  ] as [LabValues, Urgency][])('%j → %s', (values, level) => {
    const result = interpret(values);
    expect(result.urgency).toBe(level);
    expect(result.seeHepatologist).toBe(compareUrgency(level, 'consult') >= 0);
  });

  it('has nothing to say about nothing', () => {
    expect(interpret({})).toEqual({ grades: {}, alcoholHint: false, findings: [], urgency: 'ok', seeHepatologist: false });
  });

  it('ALT 120, AST 150, γ-GTP 180: hepatologist, alcohol pattern', () => {
    const result = interpret({ alt: 120, ast: 150, ggt: 180 });
    expect(result.altTier).toBe('high');
    expect(result.urgency).toBe('specialist');
    expect(result.alcoholHint).toBe(true);
    expect(result.seeHepatologist).toBe(true);
  });

  it.each(['ast', 'alt', 'ggt', 'albumin', 'platelets', 'age'] as const)('refuses a bad %s, naming it', (field) => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1]) {
      expect(() => interpret({ [field]: bad })).toThrow(RangeError);
      expect(() => interpret({ [field]: bad })).toThrow(new RegExp(field));
    }
  });

  it('follows the spec where FIB-4 falls as ALT rises (a known limit of the monotonicity property)', () => {
    // 40×45 = 1800; 12×10×√30 = 657.3 → 2.74 (high) ; at ALT 32: 678.8 → 2.65 (indeterminate).
    // Implemented exactly as clinical-reference §3.8/§3.9 say; see the README decision log.
    expect(interpret({ age: 40, ast: 45, alt: 30, platelets: 12 }).urgency).toBe('specialist');
    expect(interpret({ age: 40, ast: 45, alt: 32, platelets: 12 }).urgency).toBe('consult');
  });
});

// Canonical units, anywhere from zero to far beyond the plausible limits.
const enzyme = fc.double({ min: 0, max: 60000, noNaN: true });
const labValues = fc.record(
  {
    ast: enzyme,
    alt: enzyme,
    ggt: fc.double({ min: 0, max: 25000, noNaN: true }),
    albumin: fc.double({ min: 0, max: 8, noNaN: true }),
    platelets: fc.double({ min: 0, max: 250, noNaN: true }),
    age: fc.integer({ min: 18, max: 120 }),
  },
  { requiredKeys: [] },
);
const withoutAge = labValues.map(({ age: _age, ...rest }) => rest);

describe('properties', () => {
  test.prop([labValues])('never throws for valid input and always gives one known level', (values) => {
    expect(URGENCIES).toContain(interpret(values).urgency);
  });

  test.prop([labValues])('urgency is the highest finding, findings most urgent first', (values) => {
    const { findings, urgency, seeHepatologist } = interpret(values);
    expect(urgency).toBe(maxUrgency(...findings.map((f) => f.urgency)));
    for (let i = 1; i < findings.length; i++) {
      expect(compareUrgency(findings[i - 1]!.urgency, findings[i]!.urgency)).toBeGreaterThanOrEqual(0);
    }
    expect(seeHepatologist).toBe(compareUrgency(urgency, 'consult') >= 0);
    for (const f of findings) expect(f.sources.length).toBeGreaterThan(0);
  });

  test.prop([labValues, enzyme])('a higher AST never lowers the urgency', (values, more) => {
    const ast = values.ast ?? 0;
    const higher = interpret({ ...values, ast: ast + more });
    expect(compareUrgency(higher.urgency, interpret({ ...values, ast }).urgency)).toBeGreaterThanOrEqual(0);
  });

  // FIB-4 has √ALT in its denominator, so with age given a higher ALT can lower FIB-4's band
  // (see the example above); without FIB-4 the property holds for every input.
  test.prop([withoutAge, enzyme])('a higher ALT never lowers the urgency', (values, more) => {
    const alt = values.alt ?? 0;
    const higher = interpret({ ...values, alt: alt + more });
    expect(compareUrgency(higher.urgency, interpret({ ...values, alt }).urgency)).toBeGreaterThanOrEqual(0);
  });

  test.prop([labValues, fc.double({ min: 0, max: 1, noNaN: true })])('a lower albumin never lowers the urgency', (values, fraction) => {
    const albumin = values.albumin ?? 4.5;
    const lower = interpret({ ...values, albumin: albumin * fraction });
    expect(compareUrgency(lower.urgency, interpret({ ...values, albumin }).urgency)).toBeGreaterThanOrEqual(0);
  });

  test.prop([withoutAge, fc.double({ min: 0, max: 40, noNaN: true, maxExcluded: true }), fc.double({ min: 0, max: 1, noNaN: true })])(
    'lower platelets (below 40) never lower the urgency',
    (values, platelets, fraction) => {
      const lower = interpret({ ...values, platelets: platelets * fraction });
      expect(compareUrgency(lower.urgency, interpret({ ...values, platelets }).urgency)).toBeGreaterThanOrEqual(0);
    },
  );
});
