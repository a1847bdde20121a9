// @vitest-environment node
// Properties of clinical-reference.md version 2 over generated values and context.
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { altTier } from './alt-tier';
import { inBand } from './bands';
import { fib4 } from './fib4';
import { jsndGrade } from './grades';
import { interpret } from './interpret';
import { ALT_TIER_BANDS, GRADE_BANDS } from './thresholds';
import { compareUrgency, maxUrgency } from './urgency';
import { ANALYTES, URGENCIES, type CheckupContext, type Interpretation, type LabValues, type Urgency } from './types';

// Every threshold of §3, so that generated values often sit on or right beside one.
const EDGES = [1.3, 2, 2.67, 2.8, 3.5, 3.7, 3.9, 5, 10, 12.3, 14.5, 20, 30, 33, 35, 40, 50, 80, 100, 200, 300, 500];
const nearEdge = fc
  .constantFrom(...EDGES)
  .chain((edge) => fc.oneof(fc.constant(edge), fc.double({ min: edge - 1e-6, max: edge + 1e-6, noNaN: true })));

/** Any finite non-negative number, weighted towards the clinical range and the edges. */
const nonNegative = (max: number) =>
  fc.oneof(
    { arbitrary: fc.double({ min: 0, max, noNaN: true }), weight: 3 },
    { arbitrary: fc.integer({ min: 0, max: Math.min(max, 1000) }), weight: 2 },
    { arbitrary: nearEdge, weight: 3 },
    { arbitrary: fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }), weight: 1 },
  );

const enzyme = nonNegative(60000);
const age = fc.oneof(fc.integer({ min: 18, max: 120 }), fc.double({ min: 18, max: 120, noNaN: true }), fc.constantFrom(35, 36, 64, 65));
const labValues: fc.Arbitrary<LabValues> = fc.record(
  { ast: enzyme, alt: enzyme, ggt: nonNegative(25000), albumin: nonNegative(8), platelets: nonNegative(250), age },
  { requiredKeys: [] },
);
const marker = fc.constantFrom(undefined, null, 'negative', 'positive') as fc.Arbitrary<'negative' | 'positive' | null | undefined>;
const ultrasound = fc.constantFrom(undefined, null, 'normal', 'fattyLiver', 'chronicLiverDamage') as fc.Arbitrary<
  'normal' | 'fattyLiver' | 'chronicLiverDamage' | null | undefined
>;
const context: fc.Arbitrary<CheckupContext | undefined> = fc.option(
  fc.record(
    { hbsAg: marker, hcvAb: marker, ultrasound, earlier: fc.oneof(fc.constant(null), fc.array(labValues, { maxLength: 3 })) },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** x + more, kept finite: two finite doubles can add up to Infinity, which the rules rightly refuse. */
const plus = (x: number, more: number) => Math.min(x + more, Number.MAX_VALUE);
const atLeast = (a: Urgency, b: Urgency) => compareUrgency(a, b) >= 0;

/**
 * §3.1's liver reasons, written again from the spec and independent of interpret.ts:
 * FIB-4 computed here by its formula (§3.9), signs of §3.7 and §3.11 as the tables say.
 */
function liverReason(values: LabValues, ctx: CheckupContext | undefined): boolean {
  const { ast, alt, ggt, albumin, platelets, age: years } = values;
  let fib4Sign = false;
  if (years !== undefined && ast !== undefined && alt !== undefined && platelets !== undefined && alt > 0 && platelets > 0) {
    const value = (years * ast) / (platelets * 10 * Math.sqrt(alt));
    const reliable = years > 35 && ast <= 300 && alt <= 300;
    fib4Sign = reliable && value >= (years >= 65 ? 2.0 : 1.3);
  }
  const acute = (ast ?? 0) > 300 || (alt ?? 0) > 300;
  const fattySign = (platelets !== undefined && platelets < 20 && !acute) || fib4Sign;
  return (
    (alt !== undefined && alt > 30) || // 1
    (ggt !== undefined && ggt > 80) || // 2
    (ast !== undefined && ast > 35 && !(alt !== undefined && alt <= 30)) || // 3
    fib4Sign || // 4
    ctx?.hbsAg === 'positive' ||
    ctx?.hcvAb === 'positive' || // 5
    ctx?.ultrasound === 'chronicLiverDamage' ||
    (ctx?.ultrasound === 'fattyLiver' && fattySign) || // 6
    (albumin !== undefined && albumin < 3.7 && ((platelets !== undefined && platelets < 14.5) || fib4Sign)) // 7
  );
}

/** Every number anywhere in the output. */
function numbers(x: unknown): number[] {
  if (typeof x === 'number') return [x];
  if (Array.isArray(x)) return x.flatMap(numbers);
  if (x !== null && typeof x === 'object') return Object.values(x).flatMap(numbers);
  return [];
}

const withoutAge = ({ age: _age, ...rest }: LabValues): LabValues => rest;

describe('bands: every non-negative value falls in exactly one', () => {
  test.prop([nonNegative(1e6)])('one ALT tier, the one altTier gives', (x) => {
    const holding = ALT_TIER_BANDS.filter((band) => inBand(band, x));
    expect(holding).toHaveLength(1);
    expect(holding[0]?.id).toBe(altTier(x));
  });

  test.prop([fc.constantFrom(...ANALYTES), nonNegative(1e6)])('one grade per analyte, the one jsndGrade gives', (analyte, x) => {
    const holding = GRADE_BANDS[analyte].filter((band) => inBand(band, x));
    expect(holding).toHaveLength(1);
    expect(holding[0]?.id).toBe(jsndGrade(analyte, x));
  });

  test.prop([nonNegative(1e6)])('ALT tier and ALT grade agree with §3.2 and §3.3 as typed here', (x) => {
    const tier = x <= 30 ? 'normal' : x <= 50 ? 'mild' : x <= 100 ? 'abnormal' : x <= 300 ? 'high' : x <= 500 ? 'veryHigh' : 'extreme';
    expect(altTier(x)).toBe(tier);
    expect(jsndGrade('alt', x)).toBe(x <= 30 ? 'A' : x <= 40 ? 'B' : x <= 50 ? 'C' : 'D');
    expect(jsndGrade('platelets', x)).toBe(x < 10 ? 'D' : x < 12.3 ? 'C' : x < 14.5 ? 'B' : x < 33 ? 'A' : x < 40 ? 'B' : 'D');
    expect(jsndGrade('albumin', x)).toBe(x < 3.7 ? 'D' : x < 3.9 ? 'C' : 'A');
  });
});

describe('interpret: shape', () => {
  test.prop([labValues, context])('never throws for valid numbers with any context, and reports a known level', (values, ctx) => {
    const result = interpret(values, ctx);
    expect(URGENCIES).toContain(result.urgency);
    expect(result.earlier).toHaveLength(ctx?.earlier?.length ?? 0);
  });

  test.prop([labValues, context])('urgency is the highest finding; findings most urgent first', (values, ctx) => {
    const { findings, urgency } = interpret(values, ctx);
    expect(urgency).toBe(maxUrgency(...findings.map((f) => f.urgency)));
    for (let i = 1; i < findings.length; i++) expect(atLeast(findings[i - 1]!.urgency, findings[i]!.urgency)).toBe(true);
  });

  test.prop([labValues, context])('seeHepatologist ⇔ level ≥ consult and a liver reason of §3.1 (independent oracle)', (values, ctx) => {
    const result = interpret(values, ctx);
    const reason = liverReason(values, ctx);
    if (!reason) expect(result.seeHepatologist).toBe(false);
    expect(result.seeHepatologist).toBe(reason && atLeast(result.urgency, 'consult'));
  });

  test.prop([labValues, context])('no NaN anywhere in the output', (values, ctx) => {
    for (const n of numbers(interpret(values, ctx))) expect(Number.isNaN(n)).toBe(false);
  });

  test.prop([labValues, context])('one grade and one grade finding per given analyte, each id at most once, every finding sourced', (values, ctx) => {
    const result = interpret(values, ctx);
    const ids = result.findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const analyte of ANALYTES) {
      expect(result.grades[analyte] !== undefined).toBe(values[analyte] !== undefined);
      expect(ids.includes(`grade.${analyte}`)).toBe(values[analyte] !== undefined);
    }
    for (const f of result.findings) expect(f.sources.length).toBeGreaterThan(0);
  });

  test.prop([labValues, context])('the explaining notes never raise the level by themselves (§3.5, §3.9, §3.10, §3.12)', (values, ctx) => {
    const result = interpret(values, ctx);
    const notes = ['alcoholHint', 'alcoholHintStrong', 'astOnlyRise', 'fib4.unreliable', 'fib4.acute', 'fib4.olderCutoff', 'hepatitis.testOnce', 'hepatitis.negative', 'trend.fib4Crossed'];
    const rest = result.findings.filter((f) => !notes.includes(f.id));
    expect(maxUrgency(...rest.map((f) => f.urgency))).toBe(result.urgency);
  });

  test.prop([
    fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
    fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
    fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
    fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
  ])('FIB-4 is never NaN, even at the ends of the double range', (a, ast, alt, platelets) => {
    expect(Number.isNaN(fib4(a, ast, alt, platelets).value)).toBe(false);
  });
});

describe('interpret: the rules of §3.5 and §3.9 hold for any input', () => {
  test.prop([labValues, context])('the alcohol hint never fires with ALT ≤ 30 or not given', (values, ctx) => {
    fc.pre(values.alt === undefined || values.alt <= 30);
    const result = interpret(values, ctx);
    expect(result.alcoholHint).toBe(false);
    expect(result.findings.some((f) => f.id === 'alcoholHint' || f.id === 'alcoholHintStrong')).toBe(false);
  });

  test.prop([labValues, context])('an unreliable FIB-4 never raises the level (same input without age)', (values, ctx) => {
    const result = interpret(values, ctx);
    fc.pre(result.fib4 !== undefined && !result.fib4.reliable);
    const without = interpret(withoutAge(values), ctx);
    expect(result.urgency).toBe(without.urgency);
    expect(result.seeHepatologist).toBe(without.seeHepatologist);
  });

  // Same, with the generator aimed at unreliable FIB-4 so that the precondition rarely discards.
  test.prop([
    fc.oneof(fc.double({ min: 18, max: 35, noNaN: true }), fc.integer({ min: 18, max: 35 })),
    enzyme,
    enzyme,
    nonNegative(250),
    fc.option(nonNegative(25000), { nil: undefined }),
    fc.option(nonNegative(8), { nil: undefined }),
    context,
  ])('a young FIB-4 never raises the level', (years, ast, alt, platelets, ggt, albumin, ctx) => {
    const values: LabValues = { age: years, ast, alt, platelets, ...(ggt !== undefined ? { ggt } : {}), ...(albumin !== undefined ? { albumin } : {}) };
    expect(interpret(values, ctx).urgency).toBe(interpret(withoutAge(values), ctx).urgency);
  });
});

describe('interpret: monotone where the spec is', () => {
  // FIB-4 divides by √ALT, so a higher ALT can lower its band: the documented window. Outside it —
  // no age, or FIB-4 not computed (AST or platelets missing) — a higher ALT never lowers the level.
  test.prop([labValues, context, enzyme])('without age a higher ALT never lowers the level', (values, ctx, more) => {
    const rest = withoutAge(values);
    const alt = rest.alt ?? 0;
    expect(atLeast(interpret({ ...rest, alt: plus(alt, more) }, ctx).urgency, interpret({ ...rest, alt }, ctx).urgency)).toBe(true);
  });

  test.prop([labValues, context, enzyme, fc.constantFrom('ast', 'platelets')])(
    'where FIB-4 is not computed a higher ALT never lowers the level',
    (values, ctx, more, missing) => {
      const { [missing]: _gone, ...rest } = values;
      const alt = rest.alt ?? 0;
      expect(atLeast(interpret({ ...rest, alt: plus(alt, more) }, ctx).urgency, interpret({ ...rest, alt }, ctx).urgency)).toBe(true);
    },
  );

  test.prop([labValues, context, enzyme])('a higher AST never lowers the level', (values, ctx, more) => {
    const ast = values.ast ?? 0;
    expect(atLeast(interpret({ ...values, ast: plus(ast, more) }, ctx).urgency, interpret({ ...values, ast }, ctx).urgency)).toBe(true);
  });

  test.prop([labValues, context, fc.double({ min: 0, max: 1, noNaN: true })])('a lower albumin never lowers the level', (values, ctx, fraction) => {
    const albumin = values.albumin ?? 4.5;
    expect(atLeast(interpret({ ...values, albumin: albumin * fraction }, ctx).urgency, interpret({ ...values, albumin }, ctx).urgency)).toBe(true);
  });

  test.prop([labValues, context, fc.constantFrom('hbsAg', 'hcvAb')])('adding a positive marker never lowers the level', (values, ctx, which) => {
    const before = interpret(values, ctx);
    const after = interpret(values, { ...ctx, [which]: 'positive' });
    expect(atLeast(after.urgency, before.urgency)).toBe(true);
    expect(atLeast(after.urgency, 'specialist')).toBe(true);
    expect(after.seeHepatologist).toBe(true);
  });
});

// A stated property that is false under clinical-reference §3.9, which wins: kept at full strength,
// expected to fail, with a counterexample seeded so that it fails every run. If the spec changes,
// this starts to pass and therefore fails, and the conflict needs a fresh look.
describe('known conflicts between the stated properties and clinical-reference §3', () => {
  it.fails('a higher ALT never lowers the level, with age (false: FIB-4 falls as √ALT rises)', () => {
    fc.assert(
      fc.property(labValues, enzyme, (values, more) => {
        const alt = values.alt ?? 0;
        return atLeast(interpret({ ...values, alt: plus(alt, more) }).urgency, interpret({ ...values, alt }).urgency);
      }),
      { examples: [[{ age: 50, ast: 25, alt: 9, platelets: 20 }, 16]], endOnFailure: true },
    );
  });

  it.each([
    // 50 × 25 = 1250;  20 × 10 × √9 = 600 → 2.083 indeterminate (consult).
    // ALT 25: 20 × 10 × √25 = 1000 → 1.25 low; every value grade A, ALT normal → ok.
    [{ age: 50, ast: 25, alt: 9, platelets: 20 }, 25, 'consult', 'ok'],
    // 60 × 30 = 1800;  15 × 10 × √4 = 300 → 6.00 high (specialist).
    // ALT 30: 15 × 10 × √30 = 821.6 → 2.191 indeterminate (consult); all grades A → consult.
    [{ age: 60, ast: 30, alt: 4, platelets: 15 }, 30, 'specialist', 'consult'],
  ] as [LabValues, number, Urgency, Urgency][])('ALT counterexample %j → ALT %s: %s → %s', (values, higherAlt, from, to) => {
    expect(interpret(values).urgency).toBe(from);
    expect(interpret({ ...values, alt: higherAlt }).urgency).toBe(to);
  });

  it('platelet counterexample to "lower platelets never lower the level": 35 (grade B, watch) → 20 (grade A, ok)', () => {
    expect(interpret({ platelets: 35 }).urgency).toBe('watch');
    expect(interpret({ platelets: 20 }).urgency).toBe('ok');
  });
});

// Not a property of fast-check, but of the result type: Interpretation is what the UI reads.
it('the oracle agrees with the worked examples of §6', () => {
  const cases: [LabValues, CheckupContext | undefined, boolean][] = [
    [{ alt: 35, ast: 28 }, undefined, true],
    [{ ast: 60, alt: 25 }, undefined, false],
    [{ albumin: 3.5 }, undefined, false],
    [{ platelets: 45 }, undefined, false],
    [{ age: 72, ast: 28, alt: 25, platelets: 14 }, undefined, true],
    [{ alt: 25 }, { hbsAg: 'positive' }, true],
  ];
  for (const [values, ctx, expected] of cases) {
    expect(liverReason(values, ctx)).toBe(expected);
    const result: Interpretation = interpret(values, ctx);
    expect(result.seeHepatologist).toBe(expected);
  }
});
