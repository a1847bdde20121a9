// @vitest-environment node
// clinical-reference.md version 2, §3.10 (hepatitis markers), §3.11 (ultrasound), §3.12 (earlier checkups).
import { describe, expect, it } from 'vitest';
import { interpret } from './interpret';
import { nextDown, nextUp } from './test-helpers';
import type { CheckupContext, Finding, FindingId, LabValues, Urgency } from './types';

const find = (values: LabValues, context: CheckupContext | undefined, id: FindingId): Finding | undefined =>
  interpret(values, context).findings.find((f) => f.id === id);
const ids = (values: LabValues, context?: CheckupContext) => interpret(values, context).findings.map((f) => f.id);

describe('§3.10 hepatitis B and C markers', () => {
  it.each([
    [{ alt: 20 }, { hbsAg: 'positive' }, 'specialist', ['hepatitisB.positive', 'hepatitis.testOnce'], { missing: 'hcvAb' }],
    [{ alt: 20 }, { hcvAb: 'positive' }, 'specialist', ['hepatitisC.positive', 'hepatitis.testOnce'], { missing: 'hbsAg' }],
    [{ alt: 20 }, { hbsAg: 'positive', hcvAb: 'positive' }, 'specialist', ['hepatitisB.positive', 'hepatitisC.positive'], undefined],
    [{ alt: 20 }, { hbsAg: 'positive', hcvAb: 'negative' }, 'specialist', ['hepatitisB.positive'], undefined],
    [{}, { hbsAg: 'positive' }, 'specialist', ['hepatitisB.positive'], undefined],
    [{ alt: 20 }, { hbsAg: 'negative', hcvAb: 'negative' }, 'ok', ['hepatitis.negative'], undefined],
    [{}, { hbsAg: 'negative', hcvAb: 'negative' }, 'ok', ['hepatitis.negative'], undefined],
    [{ alt: 20 }, { hbsAg: 'negative' }, 'ok', ['hepatitis.testOnce'], { missing: 'hcvAb' }],
    [{ alt: 20 }, { hcvAb: 'negative' }, 'ok', ['hepatitis.testOnce'], { missing: 'hbsAg' }],
    [{ alt: 20 }, undefined, 'ok', ['hepatitis.testOnce'], { missing: 'both' }],
    [{ alt: 30 }, undefined, 'ok', ['hepatitis.testOnce'], { missing: 'both' }],
    [{ alt: nextUp(30) }, undefined, 'consult', ['hepatitis.testOnce'], { missing: 'both', altAbove: 30 }],
    [{ albumin: 4.2 }, undefined, 'ok', ['hepatitis.testOnce'], { missing: 'both' }],
    [{ platelets: 25 }, {}, 'ok', ['hepatitis.testOnce'], { missing: 'both' }],
    [{ ggt: 30, age: 50 }, undefined, 'ok', ['hepatitis.testOnce'], { missing: 'both' }],
    // age alone is not enough, nor earlier values alone
    [{ age: 50 }, undefined, 'ok', [], undefined],
    [{}, undefined, 'ok', [], undefined],
    [{}, { earlier: [{ alt: 40 }] }, 'ok', [], undefined],
  ] as [LabValues, CheckupContext | undefined, Urgency, FindingId[], Record<string, unknown> | undefined][])(
    '%j %j → %s, %j',
    (values, context, level, expected, testOnceParams) => {
      const result = interpret(values, context);
      expect(result.urgency).toBe(level);
      const hepatitis = result.findings.filter((f) => f.id.startsWith('hepatitis'));
      expect(hepatitis.map((f) => f.id).sort()).toEqual([...expected].sort());
      for (const f of hepatitis) expect(f.urgency).toBe(f.id.endsWith('.positive') ? 'specialist' : 'ok');
      if (testOnceParams) expect(hepatitis.find((f) => f.id === 'hepatitis.testOnce')?.params).toEqual(testOnceParams);
      expect(result.seeHepatologist).toBe(expected.some((id) => id.endsWith('.positive')) || altAbove30(values));
    },
  );

  it('cites mhlwHepatitis', () => {
    expect(find({ alt: 20 }, { hbsAg: 'positive' }, 'hepatitisB.positive')?.sources).toContain('mhlwHepatitis');
    expect(find({ alt: 20 }, undefined, 'hepatitis.testOnce')?.sources).toContain('mhlwHepatitis');
  });
});

function altAbove30(values: LabValues): boolean {
  return values.alt !== undefined && values.alt > 30;
}

describe('§3.11 ultrasound', () => {
  const fatty: CheckupContext = { ultrasound: 'fattyLiver' };
  it.each([
    // platelets < 20 with AST and ALT (when given) ≤ 300 → fibrosisRisk (sign platelets), specialist
    [{ platelets: nextDown(20) }, 'fattyLiver.fibrosisRisk', 'specialist', 'platelets'],
    [{ platelets: 20 }, 'fattyLiver.present', 'watch', undefined],
    [{ alt: 35, platelets: 18 }, 'fattyLiver.fibrosisRisk', 'specialist', 'platelets'],
    [{ alt: 300, platelets: 18 }, 'fattyLiver.fibrosisRisk', 'specialist', 'platelets'],
    [{ alt: nextUp(300), platelets: 18 }, 'fattyLiver.present', 'urgent', undefined],
    [{ ast: 300, platelets: 18 }, 'fattyLiver.fibrosisRisk', 'specialist', 'platelets'],
    // AST in the acute range: no platelet sign; ALT not given → present at watch (the level is AST's)
    [{ ast: nextUp(300), platelets: 18 }, 'fattyLiver.present', 'watch', undefined],
    // FIB-4 reliable and ≥ its low cut-off: 52 × 25 / (20 × 10 × √25) = 1.30 exactly
    [{ age: 52, ast: 25, alt: 25, platelets: 20 }, 'fattyLiver.fibrosisRisk', 'specialist', 'fib4'],
    [{ age: 52, ast: nextDown(25), alt: 25, platelets: 20 }, 'fattyLiver.present', 'watch', undefined],
    // at 65 the cut-off is 2.0: 65 × 20 / 1000 = 1.30 is no sign; 65 × 40 / (32.5 × 10 × 4) = 2.0 is
    [{ age: 65, ast: 20, alt: 25, platelets: 20 }, 'fattyLiver.present', 'watch', undefined],
    [{ age: 65, ast: 40, alt: 16, platelets: 32.5 }, 'fattyLiver.fibrosisRisk', 'specialist', 'fib4'],
    // unreliable FIB-4 is no sign: 35 × 30 / (20 × 10 × 4) = 1.31 at 35
    [{ age: 35, ast: 30, alt: 16, platelets: 20 }, 'fattyLiver.present', 'watch', undefined],
    // otherwise: ALT ≤ 30 or not given → watch; ALT > 30 → ALT's level
    [{}, 'fattyLiver.present', 'watch', undefined],
    [{ alt: 30, platelets: 25 }, 'fattyLiver.present', 'watch', undefined],
    [{ alt: nextUp(30), platelets: 25 }, 'fattyLiver.present', 'consult', undefined],
    [{ alt: 60 }, 'fattyLiver.present', 'examine', undefined],
    [{ alt: 150 }, 'fattyLiver.present', 'specialist', undefined],
  ] as [LabValues, FindingId, Urgency, 'platelets' | 'fib4' | undefined][])('fatty liver with %j → %s at %s (sign %s)', (values, id, level, sign) => {
    const result = interpret(values, fatty);
    const us = result.findings.filter((f) => f.id.startsWith('fattyLiver.') || f.id.startsWith('ultrasound.'));
    expect(us.map((f) => f.id)).toEqual([id]);
    expect(us[0]?.urgency).toBe(level);
    if (sign) {
      expect(us[0]?.params).toMatchObject({ sign, cutoff: sign === 'platelets' ? 20 : values.age !== undefined && values.age >= 65 ? 2.0 : 1.3 });
      expect(result.seeHepatologist).toBe(true);
    }
  });

  it('fatty liver without a sign and normal values is watch, without the liver prompt', () => {
    const result = interpret({ alt: 20, ast: 20, platelets: 25 }, fatty);
    expect(result.urgency).toBe('watch');
    expect(result.seeHepatologist).toBe(false);
  });

  it('chronic liver damage is always specialist with the liver prompt', () => {
    for (const values of [{}, { alt: 20 }, { alt: 20, ast: 20, ggt: 20, albumin: 4.5, platelets: 25, age: 50 }]) {
      const result = interpret(values, { ultrasound: 'chronicLiverDamage' });
      expect(result.urgency).toBe('specialist');
      expect(result.seeHepatologist).toBe(true);
      expect(result.findings.find((f) => f.id === 'ultrasound.chronicDamage')?.urgency).toBe('specialist');
      expect(result.findings.some((f) => f.id.startsWith('fattyLiver.'))).toBe(false);
    }
  });

  it('a normal ultrasound adds nothing', () => {
    const plain = interpret({ alt: 35, platelets: 18 });
    expect(interpret({ alt: 35, platelets: 18 }, { ultrasound: 'normal' })).toEqual(plain);
  });
});

describe('§3.12 trends: direction, with the 1e-9 tolerance', () => {
  it.each([
    ['albumin', 4.0, 3.6, 'down'], // exactly 10 %: (3.6 − 4.0) / 4.0 = −0.09999999999999998 in doubles
    ['albumin', 4.0, 3.61, 'steady'],
    ['albumin', 3.0, 3.3, 'up'], // 0.0999999999999999 in doubles, within the tolerance
    ['albumin', 4.0, 4.4, 'up'],
    ['albumin', 4.0, 4.39, 'steady'],
    ['alt', 100, 130, 'up'], // exactly 30 %
    ['alt', 100, 70, 'down'],
    ['alt', 100, 129.99, 'steady'],
    ['alt', 100, 70.01, 'steady'],
    ['alt', 100, 100, 'steady'],
    ['ast', 40, 52, 'up'],
    ['ast', 40, 28, 'down'],
    ['ggt', 50, 65, 'up'],
    ['ggt', 50, 35, 'down'],
    ['ggt', 50, 64.9, 'steady'],
    ['platelets', 20, 26, 'up'],
    ['platelets', 20, 14, 'down'],
    ['platelets', 20, 14.1, 'steady'],
    ['platelets', 23.3, 16.31, 'down'],
  ] as const)('%s %s → %s: %s', (analyte, before, now, direction) => {
    const result = interpret({ [analyte]: now }, { earlier: [{ [analyte]: before }] });
    expect(result.trends[analyte]).toEqual({ previous: before, change: (now - before) / before, direction });
  });

  it('compares with the most recent earlier checkup that has the analyte', () => {
    const result = interpret({ alt: 60, ast: 20, ggt: 40 }, { earlier: [{ ast: 30 }, { alt: 40, ast: 10 }, { alt: 20, ggt: 100 }] });
    expect(result.trends.ast?.previous).toBe(30);
    expect(result.trends.alt?.previous).toBe(40);
    expect(result.trends.alt?.direction).toBe('up');
    expect(result.trends.ggt?.previous).toBe(100);
    expect(result.trends.ggt?.direction).toBe('down');
    expect(result.trends.albumin).toBeUndefined();
  });

  it('needs the analyte now and before', () => {
    expect(interpret({ alt: 60 }, { earlier: [{ ast: 30 }] }).trends).toEqual({});
    expect(interpret({ ast: 60 }, { earlier: [{ alt: 30 }] }).trends).toEqual({});
    expect(interpret({ alt: 60 }).trends).toEqual({});
    expect(interpret({ alt: 60 }, { earlier: [] }).trends).toEqual({});
  });

  it('directions raise nothing', () => {
    const result = interpret({ alt: 25, ast: 25, albumin: 4.5, platelets: 25, ggt: 40 }, { earlier: [{ alt: 10, ast: 10, albumin: 3.0, platelets: 50, ggt: 10 }] });
    expect(Object.values(result.trends).every((t) => t.direction !== 'steady')).toBe(true);
    expect(result.urgency).toBe(interpret({ alt: 25, ast: 25, albumin: 4.5, platelets: 25, ggt: 40 }).urgency);
  });
});

describe('§3.12 trend.altPersistent', () => {
  it.each([
    [{ alt: 38 }, [{ alt: 42 }], { count: 2, of: 2 }],
    [{ alt: nextUp(30) }, [{ alt: nextUp(30) }], { count: 2, of: 2 }],
    [{ alt: 38 }, [{ alt: 20 }, { alt: 35 }], { count: 2, of: 3 }],
    [{ alt: 38 }, [{ alt: 45 }, { alt: 35 }], { count: 3, of: 3 }],
    [{ alt: 38 }, [{ ast: 20 }, { alt: 35 }], { count: 2, of: 2 }],
    [{ alt: 38 }, [{ alt: 30 }], undefined],
    [{ alt: 38 }, [{ ast: 50 }], undefined],
    [{ alt: 30 }, [{ alt: 42 }], undefined],
    [{ ast: 40 }, [{ alt: 42 }], undefined],
  ] as [LabValues, LabValues[], { count: number; of: number } | undefined][])('%j, earlier %j → %j', (values, earlier, params) => {
    const result = interpret(values, { earlier });
    const f = result.findings.find((x) => x.id === 'trend.altPersistent');
    if (params === undefined) {
      expect(f).toBeUndefined();
    } else {
      expect(f).toMatchObject({ urgency: 'examine', params: { ...params, cutoff: 30 } });
      expect(compareLevel(result.urgency, 'examine')).toBe(true);
      expect(result.seeHepatologist).toBe(true);
    }
  });
});

function compareLevel(level: Urgency, atLeast: Urgency): boolean {
  const order: Urgency[] = ['ok', 'watch', 'consult', 'examine', 'specialist', 'urgent', 'emergency'];
  return order.indexOf(level) >= order.indexOf(atLeast);
}

// FIB-4 rows (hand-worked): denominators are platelets × 10 × √ALT.
const LOW_50 = { age: 50, ast: 25, alt: 25, platelets: 25 }; // 1250 / 1250 = 1.00 low
const IND_48 = { age: 48, ast: 30, alt: 16, platelets: 15 }; // 1440 / 600 = 2.40 indeterminate
const IND_50 = { age: 50, ast: 30, alt: 16, platelets: 15 }; // 1500 / 600 = 2.50 indeterminate
const HIGH_59 = { age: 59, ast: 40, alt: 16, platelets: 15 }; // 2360 / 600 = 3.93 high
const HIGH_60 = { age: 60, ast: 40, alt: 16, platelets: 15 }; // 2400 / 600 = 4.00 high
const YOUNG_LOW = { age: 35, ast: 25, alt: 25, platelets: 25 }; // 0.70 low, unreliable
const ACUTE_HIGH = { age: 59, ast: 400, alt: 350, platelets: 5 }; // 23600 / (50 × 18.7) = 25.2 high, unreliable
const OLD_NORMAL_HIGH = { age: 72, ast: 28, alt: 25, platelets: 14 }; // 2016 / 700 = 2.88 high, consult at 72
const OLD_LOW = { age: 71, ast: 28, alt: 25, platelets: 20 }; // 1988 / 1000 = 1.988 < 2.0 low at 71
const OLD_HIGH = { age: 71, ast: 28, alt: 25, platelets: 14 }; // 1988 / 700 = 2.84 high

describe('§3.12 trend.fib4Crossed and trend.fib4HighTwice', () => {
  it.each([
    // low → indeterminate: crossed the low cut-off, at the indeterminate level (consult)
    [IND_50, [LOW_50], { crossed: { level: 'consult', cutoff: 1.3, previous: 1.0 }, twice: false, level: 'consult' }],
    // low → high: the highest cut-off crossed is 2.67, at specialist
    [HIGH_60, [LOW_50], { crossed: { level: 'specialist', cutoff: 2.67, previous: 1.0 }, twice: false, level: 'specialist' }],
    // indeterminate → high
    [HIGH_60, [IND_48], { crossed: { level: 'specialist', cutoff: 2.67, previous: 2.4 }, twice: false, level: 'specialist' }],
    // same band, or lower now: nothing
    [IND_50, [IND_48], { crossed: undefined, twice: false, level: 'consult' }],
    [LOW_50, [IND_48], { crossed: undefined, twice: false, level: 'ok' }],
    // the most recent earlier checkup WITH a reliable FIB-4: the young one (unreliable) is skipped
    [IND_50, [YOUNG_LOW, IND_48], { crossed: undefined, twice: false, level: 'consult' }],
    [IND_50, [{ alt: 20 }, LOW_50], { crossed: { level: 'consult', cutoff: 1.3, previous: 1.0 }, twice: false, level: 'consult' }],
    // only unreliable earlier values: nothing to compare with
    [IND_50, [YOUNG_LOW], { crossed: undefined, twice: false, level: 'consult' }],
    // unreliable now: nothing (35 × 30 / 600 = 1.75 at 35)
    [{ age: 35, ast: 30, alt: 16, platelets: 15 }, [LOW_50], { crossed: undefined, twice: false, level: 'ok' }],
    // high twice
    [HIGH_60, [HIGH_59], { crossed: undefined, twice: true, level: 'specialist' }],
    [HIGH_60, [LOW_50, HIGH_59], { crossed: { level: 'specialist', cutoff: 2.67, previous: 1.0 }, twice: true, level: 'specialist' }],
    // high twice also at ≥ 65 with normal enzymes: specialist
    [OLD_NORMAL_HIGH, [OLD_HIGH], { crossed: undefined, twice: true, level: 'specialist' }],
    // without it, consult; crossing into high at ≥ 65 with normal enzymes carries consult
    [OLD_NORMAL_HIGH, [], { crossed: undefined, twice: false, level: 'consult' }],
    [OLD_NORMAL_HIGH, [OLD_LOW], { crossed: { level: 'consult', cutoff: 2.67, previous: 1.988 }, twice: false, level: 'consult' }],
    // an unreliable earlier high does not count
    [OLD_NORMAL_HIGH, [ACUTE_HIGH], { crossed: undefined, twice: false, level: 'consult' }],
  ] as [LabValues, LabValues[], { crossed?: { level: Urgency; cutoff: number; previous: number }; twice: boolean; level: Urgency }][])(
    '%j, earlier %j → %j',
    (values, earlier, expected) => {
      const result = interpret(values, { earlier });
      expect(result.urgency).toBe(expected.level);
      const crossed = result.findings.find((f) => f.id === 'trend.fib4Crossed');
      if (expected.crossed === undefined) {
        expect(crossed).toBeUndefined();
      } else {
        expect(crossed?.urgency).toBe(expected.crossed.level);
        expect(crossed?.params?.cutoff).toBe(expected.crossed.cutoff);
        expect(crossed?.params?.value).toBeCloseTo(result.fib4?.value ?? Number.NaN, 12);
        expect(crossed?.params?.previous).toBeCloseTo(expected.crossed.previous, 9);
        // the level of the current FIB-4 band finding
        const band = result.findings.find((f) => f.id === `fib4.${result.fib4?.band}`);
        expect(crossed?.urgency).toBe(band?.urgency);
      }
      const twice = result.findings.find((f) => f.id === 'trend.fib4HighTwice');
      expect(twice !== undefined).toBe(expected.twice);
      if (twice) expect(twice.urgency).toBe('specialist');
    },
  );
});

describe('§3.12 the earlier checkups in the output', () => {
  it('is aligned with context.earlier, with grades and FIB-4 per checkup at that checkup’s age', () => {
    const result = interpret({ alt: 20 }, { earlier: [{ alt: 40 }, {}, LOW_50, YOUNG_LOW] });
    expect(result.earlier).toHaveLength(4);
    expect(result.earlier[0]).toEqual({ grades: { alt: 'B' } });
    expect(result.earlier[1]).toEqual({ grades: {} });
    expect(result.earlier[2]).toEqual({
      grades: { ast: 'A', alt: 'A', platelets: 'A' },
      fib4: { value: 1, band: 'low', reliable: true, caveats: [] },
    });
    expect(result.earlier[3]?.fib4).toEqual({ value: 0.7, band: 'low', reliable: false, caveats: ['youngAge'] });
  });

  it('each earlier FIB-4 uses its own age and caveats', () => {
    const result = interpret(LOW_50, { earlier: [ACUTE_HIGH, OLD_LOW, { ...OLD_LOW, ggt: 120, albumin: 3.6 }] });
    expect(result.earlier[0]?.fib4?.caveats).toEqual(['acuteRange']);
    expect(result.earlier[1]?.fib4?.band).toBe('low'); // 1.988 < 2.0 at 71
    expect(result.earlier[2]?.grades).toEqual({ ast: 'A', alt: 'A', ggt: 'D', albumin: 'D', platelets: 'A' });
  });

  it('earlier values raise nothing by themselves', () => {
    const result = interpret({ alt: 20 }, { earlier: [{ alt: 600, ast: 900, platelets: 3, albumin: 2, ggt: 900, age: 50 }] });
    expect(result.urgency).toBe('ok');
    expect(result.seeHepatologist).toBe(false);
  });

  it('accepts more than two earlier checkups', () => {
    const earlier = Array.from({ length: 5 }, (_, i) => ({ alt: 31 + i, age: 50 - i }));
    const result = interpret({ alt: 40 }, { earlier });
    expect(result.earlier).toHaveLength(5);
    expect(result.findings.find((f) => f.id === 'trend.altPersistent')?.params).toMatchObject({ count: 6, of: 6 });
    expect(ids({ alt: 40 }, { earlier })).toContain('trend.altPersistent');
  });
});
