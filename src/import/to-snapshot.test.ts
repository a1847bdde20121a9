import { describe, expect, it } from 'vitest';
import { EMPTY_CONTEXT } from '../input/context-choice';
import { parseReportText } from '../input/report-text';
import { draftOf, snapshotOf } from './to-snapshot';

describe('a confirmed reading → the form', () => {
  it('today in the fields, earlier columns with their dates, units as printed, choices kept', () => {
    const reading = parseReportText(`年齢 44歳
検査項目 今回 前回
受診日 2025/10/04 2024/09/22
AST 90 79
血小板 216 203 10^3/µL
アルブミン 44 43 g/L`);
    const choice = { ...EMPTY_CONTEXT, hbsAg: 'positive' as const };
    const snapshot = snapshotOf(draftOf(reading), choice);
    expect(snapshot.texts).toEqual({ ast: '90', alt: '', ggt: '', albumin: '44', platelets: '216', age: '44' });
    expect(snapshot.units).toEqual({ platelets: 'e3PerUl', albumin: 'gPerL' });
    expect(snapshot.earlierTexts[0]).toEqual({ values: { ast: '79', alt: '', ggt: '', albumin: '43', platelets: '203' }, date: '2024-09' });
    expect(snapshot.earlierTexts[1]?.values.ast).toBe('');
    expect(snapshot.earlierOpen).toBe(true);
    expect(snapshot.choice).toBe(choice);
  });

  it('no unit printed: the magnitude decides only when every value says the same', () => {
    expect(snapshotOf(draftOf(parseReportText('血小板 216')), EMPTY_CONTEXT).units.platelets).toBe('e3PerUl');
    expect(snapshotOf(draftOf(parseReportText('血小板 21.6')), EMPTY_CONTEXT).units.platelets).toBe('e4PerUl');
  });

  it('an unsure value stays empty in the form', () => {
    const snapshot = snapshotOf(draftOf(parseReportText('AST 6 H 10-30')), EMPTY_CONTEXT);
    expect(snapshot.texts.ast).toBe('');
    expect(snapshot.earlierOpen).toBe(false);
  });
});
