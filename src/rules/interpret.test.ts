import { describe, expect, it } from 'vitest';
import { interpret } from './interpret';
import { compareUrgency, maxUrgency } from './urgency';
import { URGENCIES, type Finding, type FindingId, type LabValues, type Urgency } from './types';

const ids = (values: LabValues): FindingId[] => interpret(values).findings.map((f) => f.id);
const find = (values: LabValues, id: FindingId): Finding | undefined => interpret(values).findings.find((f) => f.id === id);

describe('interpret: nothing given', () => {
  it('has nothing to say about nothing', () => {
    expect(interpret({})).toEqual({ grades: {}, alcoholHint: false, findings: [], urgency: 'ok', seeHepatologist: false });
  });
});

describe('grades and the ALT tier', () => {
  it('grades every given analyte, one finding each, with its level', () => {
    const result = interpret({ ast: 33, alt: 45, ggt: 120, albumin: 4.2, platelets: 41 });
    expect(result.grades).toEqual({ ast: 'B', alt: 'C', ggt: 'D', albumin: 'A', platelets: 'D' });
    const grades = result.findings.filter((f) => f.id.startsWith('grade.'));
    expect(grades.map((f) => [f.id, f.urgency]).sort()).toEqual([
      ['grade.albumin', 'ok'],
      ['grade.alt', 'consult'],
      ['grade.ast', 'watch'],
      ['grade.ggt', 'specialist'],
      // grade D, but a high count only asks for a physician (§3.9)
      ['grade.platelets', 'consult'],
    ]);
    expect(find({ ast: 33 }, 'grade.ast')).toEqual({ id: 'grade.ast', analyte: 'ast', urgency: 'watch', params: { value: 33 }, sources: ['jsnd'] });
  });

  it('platelets below 10 are grade D and raise specialist', () => {
    expect(find({ platelets: 9 }, 'grade.platelets')?.urgency).toBe('specialist');
  });

  it.each([
    [20, 'normal', 'ok'],
    [30, 'normal', 'ok'],
    [30.5, 'mild', 'consult'],
    [50, 'mild', 'consult'],
    [50.5, 'abnormal', 'specialist'],
    [100, 'abnormal', 'specialist'],
    [100.5, 'high', 'specialist'],
    [300.5, 'veryHigh', 'urgent'],
    [500.5, 'extreme', 'emergency'],
  ] as const)('ALT %s → tier %s, %s', (alt, tier, urgency) => {
    const result = interpret({ alt });
    expect(result.altTier).toBe(tier);
    const f = result.findings.find((x) => x.id === `altTier.${tier}`);
    expect(f).toMatchObject({ analyte: 'alt', urgency, params: { value: alt } });
    expect(f?.sources).toContain('clinic2026');
    expect(result.findings.filter((x) => x.id.startsWith('altTier.'))).toHaveLength(1);
  });

  it('cites nara2023 for the mild tier', () => {
    expect(find({ alt: 35 }, 'altTier.mild')?.sources).toEqual(expect.arrayContaining(['clinic2026', 'nara2023']));
  });

  it('gives no tier without ALT', () => {
    expect(interpret({ ast: 20 }).altTier).toBeUndefined();
  });
});

describe('AST in the acute ranges (§3.9)', () => {
  it.each([
    [300, []],
    [300.5, ['ast.veryHigh']],
    [500, ['ast.veryHigh']],
    [500.5, ['ast.extreme']],
  ] as const)('AST %s → %j', (ast, expected) => {
    expect(ids({ ast }).filter((id) => id.startsWith('ast.'))).toEqual(expected);
  });

  it('carries value and cut-off', () => {
    expect(find({ ast: 350 }, 'ast.veryHigh')).toMatchObject({ analyte: 'ast', urgency: 'urgent', params: { value: 350, cutoff: 300 } });
    expect(find({ ast: 650 }, 'ast.extreme')).toMatchObject({ analyte: 'ast', urgency: 'emergency', params: { value: 650, cutoff: 500 } });
  });
});

describe('AST > ALT pattern (§3.3, clinic2026, deRitis)', () => {
  it('means nothing while both are ≤ 30: no hint, no finding, the ratio is still reported', () => {
    const result = interpret({ ast: 28, alt: 12 });
    expect(result.alcoholHint).toBe(false);
    expect(result.deRitis).toBeCloseTo(28 / 12, 12);
    expect(result.findings.map((f) => f.id)).not.toEqual(expect.arrayContaining(['alcoholHint']));
    expect(ids({ ast: 30, alt: 10 })).not.toContain('alcoholHintStrong');
  });

  it('is a hint when AST > ALT and AST > 30', () => {
    const result = interpret({ ast: 45, alt: 30 });
    expect(result.alcoholHint).toBe(true);
    expect(result.deRitis).toBe(1.5);
    expect(result.findings.find((f) => f.id === 'alcoholHint')).toEqual({
      id: 'alcoholHint',
      urgency: 'consult', // AST 45 is grade C
      params: { ast: 45, alt: 30, ratio: 1.5 },
      sources: ['clinic2026', 'deRitis'],
    });
    expect(ids({ ast: 45, alt: 30 })).not.toContain('alcoholHintStrong');
  });

  it('needs AST above 30 even when ALT is far lower', () => {
    expect(interpret({ ast: 30, alt: 5 }).alcoholHint).toBe(false);
    expect(interpret({ ast: 30.5, alt: 5 }).alcoholHint).toBe(true);
  });

  it('is not a hint when AST = ALT or AST < ALT', () => {
    expect(interpret({ ast: 80, alt: 80 }).alcoholHint).toBe(false);
    expect(interpret({ ast: 80, alt: 80 }).deRitis).toBe(1);
    expect(interpret({ ast: 80, alt: 120 }).alcoholHint).toBe(false);
    expect(ids({ ast: 80, alt: 80 }).some((id) => id.startsWith('alcohol'))).toBe(false);
  });

  it('is stronger from a ratio of 2: only one of the two findings', () => {
    expect(ids({ ast: 59.9, alt: 30 })).toContain('alcoholHint');
    expect(ids({ ast: 60, alt: 30 })).toContain('alcoholHintStrong');
    expect(ids({ ast: 60, alt: 30 })).not.toContain('alcoholHint');
    expect(find({ ast: 60, alt: 30 }, 'alcoholHintStrong')?.params).toEqual({ ast: 60, alt: 30, ratio: 2 });
  });

  it('needs both enzymes', () => {
    expect(interpret({ ast: 80 }).alcoholHint).toBe(false);
    expect(interpret({ ast: 80 }).deRitis).toBeUndefined();
  });

  it('with ALT 0 has no ratio to print, yet the pattern is the strong one', () => {
    const result = interpret({ ast: 40, alt: 0 });
    expect(result.deRitis).toBeUndefined();
    expect(result.alcoholHint).toBe(true);
    expect(find({ ast: 40, alt: 0 }, 'alcoholHintStrong')?.params).toEqual({ ast: 40, alt: 0 });
  });

  it('explains, never raises the level by itself: it carries the AST grade level', () => {
    // AST 33 is grade B (watch), ALT 10 normal: the strong hint sits beside it at watch.
    const result = interpret({ ast: 33, alt: 10 });
    expect(result.urgency).toBe('watch');
    expect(result.findings.find((f) => f.id === 'alcoholHintStrong')?.urgency).toBe('watch');
  });
});

describe('AST-only rise (§3.4)', () => {
  it.each([
    [{ ast: 31, alt: 30 }, true],
    [{ ast: 30.5, alt: 0 }, true],
    [{ ast: 30, alt: 20 }, false],
    [{ ast: 40, alt: 30.5 }, false],
    [{ ast: 40 }, false],
  ] as const)('%j → %s', (values, expected) => {
    expect(ids(values).includes('astOnlyRise')).toBe(expected);
  });

  it('carries the AST grade level and both values', () => {
    expect(find({ ast: 38, alt: 20 }, 'astOnlyRise')).toEqual({
      id: 'astOnlyRise',
      analyte: 'ast',
      urgency: 'consult',
      params: { ast: 38, alt: 20 },
      sources: ['jsnd'],
    });
  });
});

describe('γ-GTP (§3.5)', () => {
  it.each([
    [50, []],
    [50.5, ['ggt.raised']],
    [200, ['ggt.raised']],
    [200.5, ['ggt.raised', 'ggt.bileDuct']],
  ] as const)('γ-GTP %s → %j', (ggt, expected) => {
    expect(ids({ ggt }).filter((id) => id.startsWith('ggt.'))).toEqual(expected);
  });

  it('carries the γ-GTP grade level', () => {
    expect(find({ ggt: 60 }, 'ggt.raised')).toMatchObject({ analyte: 'ggt', urgency: 'watch', params: { value: 60, cutoff: 50 } });
    expect(find({ ggt: 90 }, 'ggt.raised')?.urgency).toBe('consult');
    expect(find({ ggt: 250 }, 'ggt.bileDuct')).toMatchObject({ urgency: 'specialist', params: { value: 250, cutoff: 200 } });
    expect(find({ ggt: 250 }, 'ggt.bileDuct')?.sources).toContain('jma');
  });
});

describe('albumin (§3.6)', () => {
  it.each([
    [3.5, []],
    [3.49, ['albumin.low']],
    [2.8, ['albumin.low']],
    [2.79, ['albumin.severelyLow']],
    [1.5, ['albumin.severelyLow']],
  ] as const)('albumin %s → %j (the more severe note only)', (albumin, expected) => {
    expect(ids({ albumin }).filter((id) => id.startsWith('albumin.'))).toEqual(expected);
  });

  it('carries value, cut-off and the albumin grade level', () => {
    expect(find({ albumin: 3.2 }, 'albumin.low')).toEqual({
      id: 'albumin.low',
      analyte: 'albumin',
      urgency: 'specialist',
      params: { value: 3.2, cutoff: 3.5 },
      sources: ['jsnd', 'childPugh'],
    });
    expect(find({ albumin: 2.5 }, 'albumin.severelyLow')?.params).toEqual({ value: 2.5, cutoff: 2.8 });
  });
});

describe('platelets (§3.7)', () => {
  const plateletIds = (values: LabValues) => ids(values).filter((id) => id.startsWith('platelets.'));

  it.each([
    [{ platelets: 25 }, []],
    [{ platelets: 14.5 }, []],
    [{ platelets: 14.49 }, ['platelets.belowNormal']],
    [{ platelets: 10 }, ['platelets.belowNormal']],
    [{ platelets: 9.99 }, ['platelets.cirrhosisPossible']],
    [{ platelets: 5 }, ['platelets.cirrhosisPossible']],
    [{ platelets: 4.99 }, ['platelets.bleedingRisk']],
    [{ platelets: 39.99 }, []],
    [{ platelets: 40 }, ['platelets.high']],
    [{ platelets: 19.99, alt: 30.5 }, ['platelets.fibrosisCheck']],
    [{ platelets: 20, alt: 30.5 }, []],
    [{ platelets: 19.99, alt: 30 }, []],
    [{ platelets: 12, alt: 45 }, ['platelets.fibrosisCheck', 'platelets.belowNormal']],
    [{ platelets: 3, alt: 45 }, ['platelets.bleedingRisk', 'platelets.fibrosisCheck']],
  ] as const)('%j → %j', (values, expected) => {
    expect(plateletIds(values)).toEqual(expected);
  });

  it.each([
    [{ platelets: 13 }, 'platelets.belowNormal', 'watch'], // grade B
    [{ platelets: 11 }, 'platelets.belowNormal', 'consult'], // grade C
    [{ platelets: 8 }, 'platelets.cirrhosisPossible', 'specialist'], // grade D
    [{ platelets: 4 }, 'platelets.bleedingRisk', 'urgent'],
    [{ platelets: 45 }, 'platelets.high', 'consult'],
    [{ platelets: 18, alt: 35 }, 'platelets.fibrosisCheck', 'consult'],
  ] as const)('%j → %s at %s', (values, id, urgency) => {
    expect(find(values, id)?.urgency).toBe(urgency);
  });

  it('carries the numbers a sentence needs', () => {
    expect(find({ platelets: 18, alt: 35 }, 'platelets.fibrosisCheck')).toEqual({
      id: 'platelets.fibrosisCheck',
      analyte: 'platelets',
      urgency: 'consult',
      params: { value: 18, cutoff: 20, alt: 35, altAbove: 30 },
      sources: ['nara2023'],
    });
    expect(find({ platelets: 4 }, 'platelets.bleedingRisk')?.params).toEqual({ value: 4, cutoff: 5 });
    expect(find({ platelets: 8 }, 'platelets.cirrhosisPossible')?.params).toEqual({ value: 8, cutoff: 10 });
    expect(find({ platelets: 13 }, 'platelets.belowNormal')?.params).toEqual({ value: 13, cutoff: 14.5 });
    expect(find({ platelets: 45 }, 'platelets.high')?.params).toEqual({ value: 45, cutoff: 40 });
  });
});

describe('urgency (§3.9)', () => {
  it.each([
    [{}, 'ok'],
    [{ alt: 20, ast: 22, ggt: 30, albumin: 4.4, platelets: 25 }, 'ok'],
    [{ ast: 33 }, 'watch'],
    [{ alt: 35, platelets: 25 }, 'consult'], // ALT grade B, yet ALT > 30 asks for a physician
    [{ ggt: 60 }, 'watch'],
    [{ platelets: 13 }, 'watch'],
    [{ platelets: 35 }, 'watch'],
    [{ alt: 35 }, 'consult'],
    [{ albumin: 3.8 }, 'consult'],
    [{ ggt: 90 }, 'consult'],
    [{ platelets: 40 }, 'consult'],
    [{ platelets: 18, alt: 31 }, 'consult'],
    [{ age: 50, ast: 30, alt: 16, platelets: 15 }, 'consult'], // FIB-4 2.50 indeterminate
    [{ alt: 51 }, 'specialist'],
    [{ ast: 51 }, 'specialist'],
    [{ ggt: 101 }, 'specialist'],
    [{ albumin: 3.6 }, 'specialist'],
    [{ platelets: 9 }, 'specialist'],
    [{ alt: 120 }, 'specialist'],
    [{ age: 60, ast: 40, alt: 16, platelets: 15 }, 'specialist'], // FIB-4 4.00 high
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

  it('reaches every level', () => {
    const reached = new Set(
      [{}, { ast: 33 }, { alt: 35 }, { alt: 51 }, { alt: 350 }, { alt: 650 }].map((v: LabValues) => interpret(v).urgency),
    );
    expect([...reached].sort()).toEqual([...URGENCIES].sort());
  });

  it('sorts findings most urgent first, keeping rule order among equals', () => {
    const result = interpret({ alt: 120, ast: 150, ggt: 180, albumin: 3.8, platelets: 13, age: 50 });
    const levels = result.findings.map((f) => f.urgency);
    expect(levels).toEqual([...levels].sort((a, b) => compareUrgency(b, a)));
    // Among the specialist findings the grades come first, in analyte order, then the ALT tier.
    expect(result.findings.filter((f) => f.urgency === 'specialist').map((f) => f.id).slice(0, 3)).toEqual([
      'grade.ast',
      'grade.alt',
      'grade.ggt',
    ]);
    expect(result.urgency).toBe(maxUrgency(...levels));
  });

  it('ALT 120, AST 150, γ-GTP 180: hepatologist, alcohol pattern', () => {
    const result = interpret({ alt: 120, ast: 150, ggt: 180 });
    expect(result.altTier).toBe('high');
    expect(result.urgency).toBe('specialist');
    expect(result.alcoholHint).toBe(true);
    expect(result.deRitis).toBe(1.25);
    expect(result.seeHepatologist).toBe(true);
  });

  it('gives every finding at least one source', () => {
    const all = interpret({ alt: 45, ast: 600, ggt: 250, albumin: 2.5, platelets: 4, age: 30 });
    for (const f of all.findings) expect(f.sources.length).toBeGreaterThan(0);
  });

  it('does not share source arrays between results', () => {
    interpret({ alt: 45 }).findings[0]?.sources.push('jccls2022');
    expect(find({ alt: 45 }, 'altTier.mild')?.sources).not.toContain('jccls2022');
  });
});

describe('guards', () => {
  it.each(['ast', 'alt', 'ggt', 'albumin', 'platelets', 'age'] as const)('refuses a bad %s, naming it', (field) => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -0.001]) {
      expect(() => interpret({ [field]: bad })).toThrow(RangeError);
      expect(() => interpret({ alt: 20, [field]: bad })).toThrow(`${field} must be a finite non-negative number`);
    }
  });

  it('accepts zero everywhere', () => {
    expect(() => interpret({ ast: 0, alt: 0, ggt: 0, albumin: 0, platelets: 0, age: 0 })).not.toThrow();
  });
});
