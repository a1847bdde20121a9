import { describe, expect, it } from 'vitest';
import { checkForm, type FormTexts } from './check-form';
import { DEFAULT_UNITS } from './fields';

const blank: FormTexts = { ast: '', alt: '', ggt: '', albumin: '', platelets: '', age: '' };

describe('checkForm', () => {
  it('gives nothing for an empty form', () => {
    const result = checkForm(blank, DEFAULT_UNITS);
    expect(result.values).toEqual({});
    expect(result.invalid).toEqual([]);
    expect(Object.values(result.checks).every((c) => c.status === 'empty')).toBe(true);
  });

  it('passes on the valid fields in canonical units, age under `age`', () => {
    const texts: FormTexts = { ast: '３５', alt: '42', ggt: '1,200', albumin: '4,1', platelets: '23.5', age: ' 58 ' };
    expect(checkForm(texts, DEFAULT_UNITS)).toEqual({
      checks: {
        ast: { status: 'valid', value: 35, typed: 35 },
        alt: { status: 'valid', value: 42, typed: 42 },
        ggt: { status: 'valid', value: 1200, typed: 1200, extreme: 'high' },
        albumin: { status: 'valid', value: 4.1, typed: 4.1 },
        platelets: { status: 'valid', value: 23.5, typed: 23.5 },
        age: { status: 'valid', value: 58, typed: 58 },
      },
      values: { ast: 35, alt: 42, ggt: 1200, albumin: 4.1, platelets: 23.5, age: 58 },
      invalid: [],
    });
  });

  it('reads platelets and albumin in the chosen units', () => {
    const texts: FormTexts = { ...blank, albumin: '42', platelets: '235' };
    expect(checkForm(texts, { platelets: 'e3PerUl', albumin: 'gPerL' }).values).toEqual({ albumin: 4.2, platelets: 23.5 });
    expect(checkForm({ ...blank, platelets: '235,000' }, { platelets: 'perUl', albumin: 'gPerDl' }).values).toEqual({
      platelets: 23.5,
    });
  });

  it('leaves invalid fields out of the values and lists them in form order', () => {
    const texts: FormTexts = { ast: 'abc', alt: '35', ggt: '', albumin: '42', platelets: '235', age: '16' };
    const result = checkForm(texts, DEFAULT_UNITS);
    expect(result.values).toEqual({ alt: 35 });
    expect(result.invalid).toEqual(['ast', 'albumin', 'platelets', 'age']);
    expect(result.checks.ast).toEqual({ status: 'invalid', error: 'notANumber' });
    expect(result.checks.ggt).toEqual({ status: 'empty' });
    expect(result.checks.albumin).toMatchObject({ error: 'unitSuspect', likelyUnit: 'gPerL', fixText: '4.2' });
    expect(result.checks.platelets).toMatchObject({ error: 'unitSuspect', likelyUnit: 'e3PerUl', fixText: '23.5' });
    expect(result.checks.age).toEqual({ status: 'invalid', error: 'tooLow', min: 18, max: 120 });
  });
});
