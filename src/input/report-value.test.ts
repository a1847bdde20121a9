import { describe, expect, it } from 'vitest';
import { DEFAULT_UNITS } from './fields';
import { unitsAfterTyping } from './form-units';
import { readReportText, unitInText } from './report-value';

describe('readReportText', () => {
  it.each([
    ['platelets', '23.5万', '23.5', 'e4PerUl'],
    ['platelets', '23.5 万/µL', '23.5', 'e4PerUl'],
    ['platelets', '235000/µL', '235000', 'perUl'],
    ['platelets', '235 K/µL', '235', 'e3PerUl'],
    ['alt', '62 U/L', '62', 'uPerL'],
    ['alt', '62IU/L', '62', 'uPerL'],
    ['albumin', '4.1g/dL', '4.1', 'gPerDl'],
    ['albumin', '42 g/L', '42', 'gPerL'],
    ['albumin', '４２ｇ／Ｌ', '42', 'gPerL'],
    ['age', '66歳', '66', 'years'],
  ] as const)('%s %j → %j in %s', (field, text, number, unit) => {
    expect(readReportText(field, text)).toEqual({ number, unit });
  });

  it.each([
    ['alt', '62H', '62'],
    ['alt', '６２＊', '62'],
    ['alt', '62 L', '62'],
    ['alt', 'abc', 'abc'],
    ['alt', '62 g/L', '62 g/L'], // not a unit of the field: left for parseNumber to refuse
    ['albumin', 'g/L', 'g/L'], // a unit needs a number before it
    ['platelets', '1104', '1104'],
  ] as const)('%s %j → %j, no unit', (field, text, number) => {
    expect(readReportText(field, text)).toEqual({ number });
  });
});

describe('unitInText / unitsAfterTyping: a written unit selects the unit', () => {
  it('switches albumin to g/L for "42 g/L" and platelets to ×10⁴/µL for "23.5万"', () => {
    expect(unitsAfterTyping(DEFAULT_UNITS, 'albumin', '42 g/L')).toEqual({ ...DEFAULT_UNITS, albumin: 'gPerL' });
    expect(unitsAfterTyping({ ...DEFAULT_UNITS, platelets: 'perUl' }, 'platelets', '23.5万')).toEqual(DEFAULT_UNITS);
  });
  it('keeps the same object when nothing changes', () => {
    expect(unitsAfterTyping(DEFAULT_UNITS, 'albumin', '4.1')).toBe(DEFAULT_UNITS);
    expect(unitsAfterTyping(DEFAULT_UNITS, 'albumin', '4.1 g/dL')).toBe(DEFAULT_UNITS);
    expect(unitsAfterTyping(DEFAULT_UNITS, 'alt', '62 U/L')).toBe(DEFAULT_UNITS);
    expect(unitInText('alt', '62 U/L')).toBeUndefined(); // one unit only: nothing to select
  });
});
