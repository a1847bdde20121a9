// @vitest-environment node
// Written from clinical-reference.md version 2 (§3.1–§3.8, §4, §6). The expected values are the
// spec's, typed out here, never read from thresholds.ts, so a wrong table there shows.
import { describe, expect, it } from 'vitest';
import { interpret } from './interpret';
import { jsndGrade } from './grades';
import { compareUrgency, maxUrgency } from './urgency';
import { lowerClosed, nextDown, nextUp, upperClosed } from './test-helpers';
import {
  ANALYTES,
  URGENCIES,
  type AltTier,
  type CheckupContext,
  type Finding,
  type FindingId,
  type LabValues,
  type Urgency,
} from './types';

const ids = (values: LabValues, context?: CheckupContext): FindingId[] => interpret(values, context).findings.map((f) => f.id);
const find = (values: LabValues, id: FindingId, context?: CheckupContext): Finding | undefined =>
  interpret(values, context).findings.find((f) => f.id === id);
const idsWith = (values: LabValues, prefix: string): string[] => ids(values).filter((id) => id.startsWith(prefix));

describe('nothing given', () => {
  it('has nothing to say about nothing', () => {
    expect(interpret({})).toEqual({
      grades: {},
      alcoholHint: false,
      findings: [],
      urgency: 'ok',
      seeHepatologist: false,
      trends: {},
      earlier: [],
    });
  });

  it('lists the seven levels in order (§3.1)', () => {
    expect(URGENCIES).toEqual(['ok', 'watch', 'consult', 'examine', 'specialist', 'urgent', 'emergency']);
  });
});

describe('grades inside interpret (§3.3)', () => {
  it('grades every given analyte, one grade finding each, as jsndGrade does', () => {
    const values = { ast: 33, alt: 45, ggt: 120, albumin: 3.8, platelets: 41 };
    const result = interpret(values);
    expect(result.grades).toEqual({ ast: 'B', alt: 'C', ggt: 'D', albumin: 'C', platelets: 'D' });
    for (const analyte of ANALYTES) expect(result.grades[analyte]).toBe(jsndGrade(analyte, values[analyte]));
    expect(find({ ast: 33 }, 'grade.ast')).toEqual({ id: 'grade.ast', analyte: 'ast', urgency: 'watch', params: { value: 33 }, sources: ['jsnd'] });
  });

  it('raises the level set per analyte, not by the letter (no "any grade D → specialist")', () => {
    const result = interpret({ ast: 33, alt: 45, ggt: 120, albumin: 3.8, platelets: 41 });
    expect(result.findings.filter((f) => f.id.startsWith('grade.')).map((f) => [f.id, f.urgency])).toEqual(
      expect.arrayContaining([
        ['grade.ast', 'watch'],
        ['grade.alt', 'consult'],
        ['grade.ggt', 'examine'],
        ['grade.albumin', 'consult'],
        ['grade.platelets', 'consult'],
      ]),
    );
    expect(result.urgency).toBe('examine');
  });
});

// §3.2: "31–50" means 30 < x ≤ 50; every edge belongs to the tier below it.
const TIER_ROWS: [number, [AltTier, Urgency, number]][] = [
  [0, ['normal', 'ok', 30]],
  ...upperClosed<[AltTier, Urgency, number]>(30, ['normal', 'ok', 30], ['mild', 'consult', 30]),
  ...upperClosed<[AltTier, Urgency, number]>(50, ['mild', 'consult', 30], ['abnormal', 'examine', 50]),
  ...upperClosed<[AltTier, Urgency, number]>(100, ['abnormal', 'examine', 50], ['high', 'specialist', 100]),
  ...upperClosed<[AltTier, Urgency, number]>(300, ['high', 'specialist', 100], ['veryHigh', 'urgent', 300]),
  ...upperClosed<[AltTier, Urgency, number]>(500, ['veryHigh', 'urgent', 300], ['extreme', 'emergency', 500]),
  [40000, ['extreme', 'emergency', 500]],
];

describe('§3.2 ALT tiers, at every edge and its neighbouring doubles', () => {
  it.each(TIER_ROWS)('ALT %s → %j', (alt, [tier, level, cutoff]) => {
    const result = interpret({ alt });
    expect(result.altTier).toBe(tier);
    expect(result.urgency).toBe(level);
    const tierFindings = result.findings.filter((f) => f.id.startsWith('altTier.'));
    expect(tierFindings).toHaveLength(1);
    expect(tierFindings[0]).toMatchObject({ id: `altTier.${tier}`, analyte: 'alt', urgency: level, params: { value: alt, cutoff } });
    expect(find({ alt }, 'grade.alt')?.urgency).toBe(level);
  });

  it('cites nara2023 for the mild tier, and not the seed clinic alone anywhere a guideline says it', () => {
    expect(find({ alt: 35 }, 'altTier.mild')?.sources).toContain('nara2023');
    for (const alt of [20, 35, 70]) {
      const sources = interpret({ alt }).findings.find((f) => f.id.startsWith('altTier.'))?.sources ?? [];
      expect(sources).not.toEqual(['clinic2026']);
    }
  });

  it('gives no tier without ALT', () => {
    expect(interpret({ ast: 20 }).altTier).toBeUndefined();
    expect(idsWith({ ast: 20 }, 'altTier.')).toEqual([]);
  });
});

type AstRow = [number, [Urgency, string[]]];
// §3.4 with AST alone (ALT not given, so the muscle-type rule cannot apply).
const AST_ROWS: AstRow[] = [
  [0, ['ok', []]],
  ...upperClosed<[Urgency, string[]]>(30, ['ok', []], ['watch', []]),
  ...upperClosed<[Urgency, string[]]>(35, ['watch', []], ['consult', []]),
  ...upperClosed<[Urgency, string[]]>(50, ['consult', []], ['examine', []]),
  ...upperClosed<[Urgency, string[]]>(300, ['examine', []], ['urgent', ['ast.veryHigh']]),
  ...upperClosed<[Urgency, string[]]>(500, ['urgent', ['ast.veryHigh']], ['emergency', ['ast.extreme']]),
];

describe('§3.4 AST', () => {
  it.each(AST_ROWS)('AST %s alone → %j', (ast, [level, acute]) => {
    const result = interpret({ ast });
    expect(result.urgency).toBe(level);
    expect(result.findings.filter((f) => f.id.startsWith('ast.')).map((f) => f.id)).toEqual(acute);
  });

  it('carries value and cut-off in the acute notes', () => {
    expect(find({ ast: 350 }, 'ast.veryHigh')).toMatchObject({ analyte: 'ast', urgency: 'urgent', params: { value: 350, cutoff: 300 } });
    expect(find({ ast: 650 }, 'ast.extreme')).toMatchObject({ analyte: 'ast', urgency: 'emergency', params: { value: 650, cutoff: 500 } });
  });

  // Grade D, ALT given and ≤ 30, AST ≤ 100 and γ-GTP not above 100 → consult (re-test with CK).
  it.each([
    [{ ast: nextUp(50), alt: 30 }, 'consult'],
    [{ ast: 60, alt: 25 }, 'consult'],
    [{ ast: 60, alt: 0 }, 'consult'],
    [{ ast: 100, alt: 30 }, 'consult'],
    [{ ast: nextUp(100), alt: 30 }, 'examine'],
    [{ ast: 60, alt: nextUp(30) }, 'examine'],
    [{ ast: 60 }, 'examine'], // ALT not given: not known to be normal
    [{ ast: 60, alt: 25, ggt: 100 }, 'consult'],
    [{ ast: 60, alt: 25, ggt: nextUp(100) }, 'examine'],
    [{ ast: 60, alt: 25, ggt: 40 }, 'consult'],
    [{ ast: 50, alt: 25 }, 'consult'], // grade C anyway
    [{ ast: 35, alt: 25 }, 'watch'], // grade B
  ] as [LabValues, Urgency][])('muscle-type rule: %j → the AST level %s', (values, level) => {
    expect(find(values, 'grade.ast')?.urgency).toBe(level);
  });

  it('the muscle-type AST on its own stays at consult overall', () => {
    expect(interpret({ ast: 100, alt: 30 }).urgency).toBe('consult');
    expect(interpret({ ast: nextUp(100), alt: 30 }).urgency).toBe('examine');
  });
});

describe('§3.5 AST > ALT (alcohol hint) and the AST-only rise', () => {
  const hints = (values: LabValues) => ids(values).filter((id) => id === 'alcoholHint' || id === 'alcoholHintStrong');

  it.each([
    // ALT ≤ 30 never hints, however high the ratio
    [{ ast: 45, alt: 30 }, false, []],
    [{ ast: 80, alt: 10 }, false, []],
    [{ ast: 400, alt: 30, ggt: 300 }, false, []],
    [{ ast: 45, alt: nextUp(30) }, true, ['alcoholHint']],
    // AST must be above ALT
    [{ ast: 80, alt: 80 }, false, []],
    [{ ast: nextUp(80), alt: 80 }, true, ['alcoholHint']],
    [{ ast: 80, alt: 120 }, false, []],
    // ratio exactly 2 is strong (no γ-GTP given)
    [{ ast: 62, alt: 31 }, true, ['alcoholHintStrong']],
    [{ ast: nextDown(62), alt: 31 }, true, ['alcoholHint']],
    [{ ast: 80, alt: 40 }, true, ['alcoholHintStrong']],
    // with γ-GTP given it must be above 50 for the strong form
    [{ ast: 80, alt: 40, ggt: 50 }, true, ['alcoholHint']],
    [{ ast: 80, alt: 40, ggt: nextUp(50) }, true, ['alcoholHintStrong']],
    [{ ast: 80, alt: 40, ggt: 10 }, true, ['alcoholHint']],
    // needs both enzymes
    [{ ast: 80 }, false, []],
    [{ ast: 80, ggt: 200 }, false, []],
  ] as [LabValues, boolean, string[]][])('%j → alcoholHint %s, findings %j', (values, hint, expected) => {
    expect(interpret(values).alcoholHint).toBe(hint);
    expect(hints(values)).toEqual(expected);
  });

  it('returns the De Ritis ratio whenever both enzymes are given, also when no hint is shown', () => {
    expect(interpret({ ast: 28, alt: 12 }).deRitis).toBeCloseTo(28 / 12, 12);
    expect(interpret({ ast: 45, alt: 30 }).deRitis).toBe(1.5);
    expect(interpret({ ast: 80, alt: 80 }).deRitis).toBe(1);
    expect(interpret({ ast: 80 }).deRitis).toBeUndefined();
    expect(interpret({ alt: 80 }).deRitis).toBeUndefined();
    // both ≤ 30: the ratio means nothing, no finding about it
    expect(ids({ ast: 28, alt: 12 }).filter((id) => id.startsWith('alcohol') || id === 'astOnlyRise')).toEqual([]);
  });

  it('the hint carries the AST level and the numbers', () => {
    expect(find({ ast: 80, alt: 40, ggt: 60 }, 'alcoholHintStrong')).toMatchObject({
      urgency: 'examine',
      params: { ast: 80, alt: 40, ratio: 2 },
    });
    // AST 33 is grade B (watch): the hint sits at watch; the overall consult is ALT's.
    expect(find({ ast: 33, alt: 31 }, 'alcoholHint')?.urgency).toBe('watch');
    expect(interpret({ ast: 33, alt: 31 }).urgency).toBe('consult');
    expect(find({ ast: 45, alt: 35 }, 'alcoholHint')?.urgency).toBe('consult');
    expect(find({ ast: 45, alt: 35 }, 'alcoholHint')?.sources).toEqual(expect.arrayContaining(['deRitis', 'clinic2026']));
  });

  it.each([
    [{ ast: nextUp(30), alt: 30 }, true, 'watch'],
    [{ ast: 31, alt: 0 }, true, 'watch'],
    [{ ast: 40, alt: 30 }, true, 'consult'],
    [{ ast: 60, alt: 25 }, true, 'consult'],
    [{ ast: 120, alt: 25 }, true, 'examine'],
    [{ ast: 30, alt: 10 }, false, undefined],
    [{ ast: 40, alt: nextUp(30) }, false, undefined],
    [{ ast: 40 }, false, undefined],
  ] as [LabValues, boolean, Urgency | undefined][])('astOnlyRise: %j → %s (at %s), never with the alcohol hint', (values, present, level) => {
    const f = find(values, 'astOnlyRise');
    expect(f !== undefined).toBe(present);
    if (present) {
      expect(f).toMatchObject({ analyte: 'ast', urgency: level, params: { ast: values.ast, alt: values.alt } });
      expect(interpret(values).alcoholHint).toBe(false);
      expect(hints(values)).toEqual([]);
    }
  });

  it('the explaining notes raise nothing themselves: the level without them is the same', () => {
    for (const values of [{ ast: 33, alt: 31 }, { ast: 80, alt: 40, ggt: 60 }, { ast: 31, alt: 10 }, { ast: 60, alt: 25 }]) {
      const result = interpret(values);
      const rest = result.findings.filter((f) => !['alcoholHint', 'alcoholHintStrong', 'astOnlyRise'].includes(f.id));
      expect(maxUrgency(...rest.map((f) => f.urgency))).toBe(result.urgency);
    }
  });
});

// §3.6 γ-GTP, alone.
const GGT_ROWS: [number, [Urgency, string[]]][] = [
  [0, ['ok', []]],
  ...upperClosed<[Urgency, string[]]>(50, ['ok', []], ['watch', ['ggt.raised']]),
  ...upperClosed<[Urgency, string[]]>(80, ['watch', ['ggt.raised']], ['consult', ['ggt.raised']]),
  ...upperClosed<[Urgency, string[]]>(100, ['consult', ['ggt.raised']], ['examine', ['ggt.raised']]),
  ...upperClosed<[Urgency, string[]]>(200, ['examine', ['ggt.raised']], ['examine', ['ggt.raised', 'ggt.bileDuct']]),
  [15000, ['examine', ['ggt.raised', 'ggt.bileDuct']]],
];

describe('§3.6 γ-GTP', () => {
  it.each(GGT_ROWS)('γ-GTP %s → %j', (ggt, [level, expected]) => {
    const result = interpret({ ggt });
    expect(result.urgency).toBe(level);
    expect(result.findings.filter((f) => f.id.startsWith('ggt.')).map((f) => f.id).sort()).toEqual([...expected].sort());
    for (const f of result.findings.filter((x) => x.id.startsWith('ggt.'))) expect(f.urgency).toBe(level);
  });

  it('carries value and cut-off, and cites jma for the bile ducts', () => {
    expect(find({ ggt: 60 }, 'ggt.raised')).toMatchObject({ analyte: 'ggt', urgency: 'watch', params: { value: 60, cutoff: 50 } });
    expect(find({ ggt: 250 }, 'ggt.bileDuct')).toMatchObject({ urgency: 'examine', params: { value: 250, cutoff: 200 } });
    expect(find({ ggt: 250 }, 'ggt.bileDuct')?.sources).toContain('jma');
  });
});

// §3.7 albumin, alone: C and D consult, below 3.5 `albumin.low`, below 2.8 `albumin.severelyLow` instead (examine).
const ALBUMIN_ROWS: [number, [Urgency, string[]]][] = [
  [6.5, ['ok', []]],
  ...lowerClosed<[Urgency, string[]]>(3.9, ['consult', []], ['ok', []]),
  ...lowerClosed<[Urgency, string[]]>(3.7, ['consult', []], ['consult', []]),
  ...lowerClosed<[Urgency, string[]]>(3.5, ['consult', ['albumin.low']], ['consult', []]),
  ...lowerClosed<[Urgency, string[]]>(2.8, ['examine', ['albumin.severelyLow']], ['consult', ['albumin.low']]),
  [0.5, ['examine', ['albumin.severelyLow']]],
];

describe('§3.7 albumin', () => {
  it.each(ALBUMIN_ROWS)('albumin %s alone → %j, never the liver prompt', (albumin, [level, expected]) => {
    const result = interpret({ albumin });
    expect(result.urgency).toBe(level);
    expect(result.findings.filter((f) => f.id.startsWith('albumin.')).map((f) => f.id)).toEqual(expected);
    expect(result.seeHepatologist).toBe(false);
  });

  it('grade C and D albumin raise consult through the grade finding', () => {
    expect(find({ albumin: 3.8 }, 'grade.albumin')?.urgency).toBe('consult');
    expect(find({ albumin: 3.6 }, 'grade.albumin')?.urgency).toBe('consult');
    expect(find({ albumin: 4.2 }, 'grade.albumin')?.urgency).toBe('ok');
  });

  it('carries value and cut-off', () => {
    expect(find({ albumin: 3.2 }, 'albumin.low')).toMatchObject({ analyte: 'albumin', urgency: 'consult', params: { value: 3.2, cutoff: 3.5 } });
    expect(find({ albumin: 2.5 }, 'albumin.severelyLow')).toMatchObject({ urgency: 'examine', params: { value: 2.5, cutoff: 2.8 } });
  });

  // Below 3.7 and a fibrosis sign (platelets < 14.5, or FIB-4 reliable and ≥ its low cut-off) → specialist.
  it.each([
    [{ albumin: 3.6, platelets: 14 }, 'platelets'],
    [{ albumin: nextDown(3.7), platelets: nextDown(14.5) }, 'platelets'],
    [{ albumin: 3.7, platelets: 14 }, undefined],
    [{ albumin: 3.6, platelets: 14.5 }, undefined],
    [{ albumin: 2.5, platelets: 8 }, 'platelets'],
    // 50 × 30 / (15 × 10 × √16) = 2.50 (indeterminate, reliable); platelets 15 is no sign
    [{ albumin: 3.6, age: 50, ast: 30, alt: 16, platelets: 15 }, 'fib4'],
    // 52 × 25 / (20 × 10 × √25) = 1.30 exactly: at the low cut-off counts
    [{ albumin: 3.6, age: 52, ast: 25, alt: 25, platelets: 20 }, 'fib4'],
    [{ albumin: 3.6, age: 52, ast: nextDown(25), alt: 25, platelets: 20 }, undefined],
    // at 65 the low cut-off is 2.0: 65 × 20 / 1000 = 1.30 is low; 65 × 40 / (32.5 × 10 × 4) = 2.0 is not
    [{ albumin: 3.6, age: 65, ast: 20, alt: 25, platelets: 20 }, undefined],
    [{ albumin: 3.6, age: 65, ast: 40, alt: 16, platelets: 32.5 }, 'fib4'],
    // unreliable FIB-4 is no sign: 35 × 30 / 600 = 1.75 at age 35
    [{ albumin: 3.6, age: 35, ast: 30, alt: 16, platelets: 15 }, undefined],
    // acute range: 50 × 400 / (25 × 10 × √16) = 20, unreliable
    [{ albumin: 3.6, age: 50, ast: 400, alt: 16, platelets: 25 }, undefined],
    [{ albumin: 3.8, age: 50, ast: 30, alt: 16, platelets: 15 }, undefined],
  ] as [LabValues, 'platelets' | 'fib4' | undefined][])('albumin.withFibrosisSigns: %j → sign %s', (values, sign) => {
    const result = interpret(values);
    const f = result.findings.find((x) => x.id === 'albumin.withFibrosisSigns');
    if (sign === undefined) {
      expect(f).toBeUndefined();
    } else {
      expect(f).toMatchObject({ analyte: 'albumin', urgency: 'specialist', params: { value: values.albumin, cutoff: 3.7, sign } });
      expect(compareUrgency(result.urgency, 'specialist')).toBeGreaterThanOrEqual(0);
      expect(result.seeHepatologist).toBe(true);
    }
  });
});

type PlateletRow = [number, [Urgency, string[]]];
// §3.8 platelets, alone: grade edges are "from" inclusive ([from, to)).
const PLATELET_ROWS: PlateletRow[] = [
  [0.1, ['urgent', ['platelets.bleedingRisk']]],
  ...lowerClosed<[Urgency, string[]]>(5, ['urgent', ['platelets.bleedingRisk']], ['examine', ['platelets.cirrhosisPossible']]),
  ...lowerClosed<[Urgency, string[]]>(10, ['examine', ['platelets.cirrhosisPossible']], ['consult', ['platelets.belowNormal']]),
  ...lowerClosed<[Urgency, string[]]>(12.3, ['consult', ['platelets.belowNormal']], ['watch', ['platelets.belowNormal']]),
  ...lowerClosed<[Urgency, string[]]>(14.5, ['watch', ['platelets.belowNormal']], ['ok', []]),
  [23.5, ['ok', []]],
  ...lowerClosed<[Urgency, string[]]>(33, ['ok', []], ['watch', ['platelets.high']]),
  ...lowerClosed<[Urgency, string[]]>(40, ['watch', ['platelets.high']], ['consult', ['platelets.high']]),
  [150, ['consult', ['platelets.high']]],
];

describe('§3.8 platelets', () => {
  it.each(PLATELET_ROWS)('platelets %s alone → %j, never the liver prompt', (platelets, [level, expected]) => {
    const result = interpret({ platelets });
    expect(result.urgency).toBe(level);
    const found = result.findings.filter((f) => f.id.startsWith('platelets.'));
    expect(found.map((f) => f.id)).toEqual(expected);
    for (const f of found) expect(f.urgency).toBe(level);
    expect(result.seeHepatologist).toBe(false);
  });

  it.each([
    // below 10 with ALT > 30 → specialist (liver reason: ALT)
    [{ platelets: 9, alt: 31 }, 'specialist', true],
    [{ platelets: nextDown(10), alt: nextUp(30) }, 'specialist', true],
    [{ platelets: 9, alt: 30 }, 'examine', false],
    [{ platelets: 10, alt: 31 }, 'consult', true],
    [{ platelets: 4, alt: 31 }, 'urgent', true],
    [{ platelets: 9, ast: 40 }, 'examine', true], // AST > 35 without ALT is reason 3 of §3.1
  ] as [LabValues, Urgency, boolean][])('%j → %s, seeHepatologist %s', (values, level, hepatologist) => {
    const result = interpret(values);
    expect(result.urgency).toBe(level);
    expect(result.seeHepatologist).toBe(hepatologist);
  });

  it('platelets below 10 with ALT > 30: the cirrhosis note carries specialist', () => {
    expect(find({ platelets: 9, alt: 31 }, 'platelets.cirrhosisPossible')?.urgency).toBe('specialist');
    expect(find({ platelets: 9, alt: 30 }, 'platelets.cirrhosisPossible')?.urgency).toBe('examine');
  });

  // Below 20 with ALT > 30, and ALT and AST (when given) ≤ 300 → fibrosisCheck (consult), in addition.
  it.each([
    [{ platelets: nextDown(20), alt: nextUp(30) }, true],
    [{ platelets: 20, alt: 31 }, false],
    [{ platelets: 19, alt: 30 }, false],
    [{ platelets: 19 }, false],
    [{ platelets: 19, ast: 60 }, false],
    [{ platelets: 19, alt: 300 }, true],
    [{ platelets: 19, alt: nextUp(300) }, false],
    [{ platelets: 19, alt: 40, ast: 300 }, true],
    [{ platelets: 19, alt: 40, ast: nextUp(300) }, false],
    [{ platelets: 12, alt: 45 }, true],
    [{ platelets: 3, alt: 45 }, true],
    [{ platelets: 17, alt: 1250, ast: 820, age: 38 }, false],
  ] as [LabValues, boolean][])('platelets.fibrosisCheck: %j → %s', (values, present) => {
    const f = find(values, 'platelets.fibrosisCheck');
    expect(f !== undefined).toBe(present);
    if (f) expect(f).toMatchObject({ analyte: 'platelets', urgency: 'consult' });
  });

  it('fibrosisCheck comes beside the count note and carries its numbers', () => {
    expect(idsWith({ platelets: 12, alt: 45 }, 'platelets.').sort()).toEqual(['platelets.belowNormal', 'platelets.fibrosisCheck']);
    expect(idsWith({ platelets: 3, alt: 45 }, 'platelets.').sort()).toEqual(['platelets.bleedingRisk', 'platelets.fibrosisCheck']);
    expect(idsWith({ platelets: 18, alt: 35 }, 'platelets.')).toEqual(['platelets.fibrosisCheck']);
    expect(find({ platelets: 18, alt: 35 }, 'platelets.fibrosisCheck')).toMatchObject({
      params: { value: 18, cutoff: 20, alt: 35, altAbove: 30 },
      sources: ['nara2023'],
    });
    expect(interpret({ platelets: 18, alt: 35 }).urgency).toBe('consult');
  });

  it('carries value and the cut-off that fired', () => {
    expect(find({ platelets: 4 }, 'platelets.bleedingRisk')?.params).toEqual({ value: 4, cutoff: 5 });
    expect(find({ platelets: 8 }, 'platelets.cirrhosisPossible')?.params).toEqual({ value: 8, cutoff: 10 });
    expect(find({ platelets: 13 }, 'platelets.belowNormal')?.params).toEqual({ value: 13, cutoff: 14.5 });
    expect(find({ platelets: 45 }, 'platelets.high')?.params).toEqual({ value: 45, cutoff: 40 });
    expect(find({ platelets: 35 }, 'platelets.high')?.params).toEqual({ value: 35, cutoff: 33 });
  });

  it('a high count is never a liver sign, even beside a low albumin', () => {
    const result = interpret({ platelets: 45, albumin: 3.6 });
    expect(result.urgency).toBe('consult');
    expect(result.seeHepatologist).toBe(false);
    expect(ids({ platelets: 45, albumin: 3.6 })).not.toContain('albumin.withFibrosisSigns');
  });
});

describe('§3.1 seeHepatologist: level ≥ consult and a liver reason', () => {
  it.each([
    // 1. ALT > 30
    ['1 ALT > 30', { alt: nextUp(30) }, undefined, 'consult', true],
    ['1 ALT 30', { alt: 30 }, undefined, 'ok', false],
    // 2. γ-GTP > 80
    ['2 γ-GTP just above 80', { ggt: nextUp(80) }, undefined, 'consult', true],
    ['2 γ-GTP 80 (watch)', { ggt: 80 }, undefined, 'watch', false],
    ['2 γ-GTP 150', { ggt: 150 }, undefined, 'examine', true],
    // 3. AST > 35 unless ALT is given and ≤ 30
    ['3 AST just above 35', { ast: nextUp(35) }, undefined, 'consult', true],
    ['3 AST 35 (watch)', { ast: 35 }, undefined, 'watch', false],
    ['3 AST 60 without ALT', { ast: 60 }, undefined, 'examine', true],
    ['3 AST 40 with ALT 30 (muscle?)', { ast: 40, alt: 30 }, undefined, 'consult', false],
    ['3 AST 60 with ALT 25 (muscle-type)', { ast: 60, alt: 25 }, undefined, 'consult', false],
    ['3 AST 150 with ALT 25', { ast: 150, alt: 25 }, undefined, 'examine', false],
    // 4. FIB-4 reliable and ≥ its low cut-off: 50 × 30 / 600 = 2.50, every value grade A
    ['4 FIB-4 2.50', { age: 50, ast: 30, alt: 16, platelets: 15 }, undefined, 'consult', true],
    ['4 FIB-4 1.30 exactly', { age: 52, ast: 25, alt: 25, platelets: 20 }, undefined, 'consult', true],
    ['4 FIB-4 just below 1.30', { age: 52, ast: nextDown(25), alt: 25, platelets: 20 }, undefined, 'ok', false],
    ['4 FIB-4 1.75 at 35 (unreliable)', { age: 35, ast: 30, alt: 16, platelets: 15 }, undefined, 'ok', false],
    // 5. markers
    ['5 HBs antigen positive', { alt: 20 }, { hbsAg: 'positive' }, 'specialist', true],
    ['5 HCV antibody positive', {}, { hcvAb: 'positive' }, 'specialist', true],
    ['5 both negative', { alt: 20 }, { hbsAg: 'negative', hcvAb: 'negative' }, 'ok', false],
    // 6. ultrasound
    ['6 fatty liver with platelets < 20', { platelets: 19 }, { ultrasound: 'fattyLiver' }, 'specialist', true],
    ['6 chronic liver damage', {}, { ultrasound: 'chronicLiverDamage' }, 'specialist', true],
    ['6 fatty liver, no sign', { alt: 20, platelets: 25 }, { ultrasound: 'fattyLiver' }, 'watch', false],
    ['6 normal ultrasound', { alt: 20 }, { ultrasound: 'normal' }, 'ok', false],
    // 7. albumin D with a fibrosis sign
    ['7 albumin 3.6 and platelets 14', { albumin: 3.6, platelets: 14 }, undefined, 'specialist', true],
    // never: high platelets, albumin alone, muscle-type AST, low platelets alone
    ['high platelets', { platelets: 45 }, undefined, 'consult', false],
    ['albumin D alone', { albumin: 3.6 }, undefined, 'consult', false],
    ['albumin very low alone', { albumin: 2.5 }, undefined, 'examine', false],
    ['platelets C alone', { platelets: 11 }, undefined, 'consult', false],
    ['platelets D alone', { platelets: 9 }, undefined, 'examine', false],
    ['platelets < 5 alone', { platelets: 4 }, undefined, 'urgent', false],
    ['all of them together', { platelets: 45, albumin: 3.6, ast: 60, alt: 25 }, undefined, 'consult', false],
    // below consult: false
    ['AST B', { ast: 33, alt: 20 }, undefined, 'watch', false],
    ['γ-GTP B', { ggt: 60 }, undefined, 'watch', false],
    ['platelets B', { platelets: 13 }, undefined, 'watch', false],
  ] as [string, LabValues, CheckupContext | undefined, Urgency, boolean][])('%s: %j %j → %s, %s', (_name, values, context, level, hepatologist) => {
    const result = interpret(values, context);
    expect(result.urgency).toBe(level);
    expect(result.seeHepatologist).toBe(hepatologist);
  });
});

describe('§6 worked examples', () => {
  it.each([
    { values: { alt: 35, ast: 28 }, context: undefined, level: 'consult', hepatologist: true, present: ['hepatitis.testOnce'], absent: [] },
    {
      values: { ast: 60, alt: 25 },
      context: undefined,
      level: 'consult',
      hepatologist: false,
      present: ['astOnlyRise'],
      absent: ['alcoholHint', 'alcoholHintStrong'],
    },
    { values: { ast: 80, alt: 40, ggt: 60 }, context: undefined, level: 'examine', hepatologist: true, present: ['alcoholHintStrong'], absent: ['alcoholHint'] },
    { values: { albumin: 3.5 }, context: undefined, level: 'consult', hepatologist: false, present: [], absent: ['albumin.low'] },
    { values: { platelets: 45 }, context: undefined, level: 'consult', hepatologist: false, present: ['platelets.high'], absent: [] },
    {
      values: { age: 72, ast: 28, alt: 25, platelets: 14 },
      context: undefined,
      level: 'consult',
      hepatologist: true,
      present: ['fib4.high'],
      absent: ['fib4.unreliable', 'fib4.acute'],
    },
    {
      values: { age: 38, ast: 820, alt: 1250, platelets: 17 },
      context: undefined,
      level: 'emergency',
      hepatologist: true,
      present: ['fib4.acute'],
      absent: ['platelets.fibrosisCheck', 'fib4.unreliable'],
    },
    { values: { alt: 25 }, context: { hbsAg: 'positive' }, level: 'specialist', hepatologist: true, present: ['hepatitisB.positive'], absent: [] },
    {
      values: { alt: 35, platelets: 18 },
      context: { ultrasound: 'fattyLiver' },
      level: 'specialist',
      hepatologist: true,
      present: ['fattyLiver.fibrosisRisk'],
      absent: ['fattyLiver.present'],
    },
    { values: { alt: 38 }, context: { earlier: [{ alt: 42 }] }, level: 'examine', hepatologist: true, present: ['trend.altPersistent'], absent: [] },
  ] as { values: LabValues; context?: CheckupContext; level: Urgency; hepatologist: boolean; present: FindingId[]; absent: FindingId[] }[])(
    '$values $context → $level, seeHepatologist $hepatologist',
    ({ values, context, level, hepatologist, present, absent }) => {
      const result = interpret(values, context);
      expect(result.urgency).toBe(level);
      expect(result.seeHepatologist).toBe(hepatologist);
      const found = result.findings.map((f) => f.id);
      for (const id of present) expect(found).toContain(id);
      for (const id of absent) expect(found).not.toContain(id);
    },
  );

  it('example 6: FIB-4 ≈ 2.88 is high, yet consult at 72 with normal enzymes', () => {
    const result = interpret({ age: 72, ast: 28, alt: 25, platelets: 14 });
    // 72 × 28 = 2016;  14 × 10 × √25 = 700;  2016 / 700 = 2.88
    expect(result.fib4?.value).toBeCloseTo(2.88, 12);
    expect(result.fib4?.band).toBe('high');
    expect(result.fib4?.reliable).toBe(true);
    expect(result.findings.find((f) => f.id === 'fib4.high')?.urgency).toBe('consult');
  });

  it('example 3: the ratio is 2.0', () => {
    expect(interpret({ ast: 80, alt: 40, ggt: 60 }).deRitis).toBe(2);
  });
});

describe('order and level', () => {
  it('sorts findings most urgent first; the level is the highest finding', () => {
    const result = interpret({ alt: 120, ast: 150, ggt: 180, albumin: 3.8, platelets: 13, age: 50 }, { hbsAg: 'positive' });
    const levels = result.findings.map((f) => f.urgency);
    expect(levels).toEqual([...levels].sort((a, b) => compareUrgency(b, a)));
    expect(result.urgency).toBe(maxUrgency(...levels));
  });

  it('reaches every level', () => {
    const reached = new Set([{}, { ast: 33 }, { alt: 35 }, { alt: 60 }, { alt: 150 }, { alt: 350 }, { alt: 650 }].map((v: LabValues) => interpret(v).urgency));
    expect([...reached]).toEqual([...URGENCIES]);
  });

  it('gives every finding at least one source and does not share source arrays between results', () => {
    const all = interpret({ alt: 45, ast: 600, ggt: 250, albumin: 2.5, platelets: 4, age: 30 }, { ultrasound: 'fattyLiver', earlier: [{ alt: 40 }] });
    for (const f of all.findings) expect(f.sources.length).toBeGreaterThan(0);
    interpret({ alt: 45 }).findings[0]?.sources.push('jccls2022');
    expect(find({ alt: 45 }, 'altTier.mild')?.sources).not.toContain('jccls2022');
  });
});

describe('§4 errors', () => {
  const FIELDS = ['ast', 'alt', 'ggt', 'albumin', 'platelets', 'age'] as const;
  const BAD = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -0.001];

  it.each(FIELDS)('refuses a bad %s with a RangeError naming it', (field) => {
    for (const bad of BAD) {
      expect(() => interpret({ [field]: bad })).toThrow(RangeError);
      expect(() => interpret({ alt: 20, [field]: bad })).toThrow(new RegExp(`^${field}\\b`));
    }
  });

  it.each(FIELDS)('refuses a bad earlier %s, naming it as earlier[i].%s', (field) => {
    for (const bad of BAD) {
      expect(() => interpret({ alt: 20 }, { earlier: [{ [field]: bad }] })).toThrow(RangeError);
      expect(() => interpret({ alt: 20 }, { earlier: [{ [field]: bad }] })).toThrow(`earlier[0].${field}`);
      expect(() => interpret({ alt: 20 }, { earlier: [{ alt: 20 }, { [field]: bad }] })).toThrow(`earlier[1].${field}`);
    }
  });

  it('refuses a non-number as a RangeError too', () => {
    expect(() => interpret({ alt: '35' as unknown as number })).toThrow(RangeError);
  });

  it.each([
    { hbsAg: 'yes' },
    { hbsAg: 'Positive' },
    { hcvAb: true },
    { hcvAb: 'pos' },
    { ultrasound: 'fatty' },
    { ultrasound: 'cirrhosis' },
    { ultrasound: 1 },
    { earlier: 'none' },
    { earlier: { alt: 30 } },
    { earlier: [null] },
    { earlier: [42] },
  ])('refuses an invalid context value %j with a TypeError', (context) => {
    expect(() => interpret({ alt: 20 }, context as unknown as CheckupContext)).toThrow(TypeError);
  });

  it('treats null and undefined context fields as not given', () => {
    const plain = interpret({ alt: 35, platelets: 18 });
    const nulls = { hbsAg: null, hcvAb: null, ultrasound: null, earlier: null };
    const undefs = { hbsAg: undefined, hcvAb: undefined, ultrasound: undefined, earlier: undefined };
    expect(interpret({ alt: 35, platelets: 18 }, nulls)).toEqual(plain);
    expect(interpret({ alt: 35, platelets: 18 }, undefs)).toEqual(plain);
    expect(interpret({ alt: 35, platelets: 18 }, {})).toEqual(plain);
    expect(find({ alt: 35 }, 'hepatitis.testOnce', { hbsAg: null, hcvAb: 'negative' })?.params).toMatchObject({ missing: 'hbsAg' });
  });

  it('accepts zero everywhere', () => {
    expect(() => interpret({ ast: 0, alt: 0, ggt: 0, albumin: 0, platelets: 0, age: 0 }, { earlier: [{ ast: 0, alt: 0, platelets: 0, age: 0 }] })).not.toThrow();
  });
});
