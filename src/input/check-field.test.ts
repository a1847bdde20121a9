import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkField, type FieldCheck } from './check-field';
import { FIELD_IDS, FIELD_UNITS, fromCanonical, toCanonical, type FieldId, type UnitId } from './fields';
import { parseNumber } from './parse-number';

const valid = (value: number, typed: number, extreme?: 'high' | 'low'): FieldCheck =>
  extreme ? { status: 'valid', value, typed, extreme } : { status: 'valid', value, typed };
const tooLow = (min: number, max: number): FieldCheck => ({ status: 'invalid', error: 'tooLow', min, max });
const tooHigh = (min: number, max: number): FieldCheck => ({ status: 'invalid', error: 'tooHigh', min, max });
const suspect = (likelyUnit: UnitId, fixValue: number, fixText: string): FieldCheck => ({
  status: 'invalid',
  error: 'unitSuspect',
  likelyUnit,
  fixValue,
  fixText,
});

type Row = [FieldId, UnitId, string, FieldCheck];

describe('checkField: empty and not a number', () => {
  it.each<Row>([
    ['ast', 'uPerL', '', { status: 'empty' }],
    ['platelets', 'e4PerUl', '\u3000 ', { status: 'empty' }],
    ['ast', 'uPerL', 'abc', { status: 'invalid', error: 'notANumber' }],
    ['alt', 'uPerL', '35U/mL', { status: 'invalid', error: 'notANumber' }], // not a unit of the field
    ['albumin', 'gPerDl', '4.1 U/L', { status: 'invalid', error: 'notANumber' }],
    ['platelets', 'e4PerUl', '23.5億', { status: 'invalid', error: 'notANumber' }],
    ['alt', 'uPerL', 'H', { status: 'invalid', error: 'notANumber' }], // a flag alone is text, not empty
    ['age', 'years', '歳', { status: 'invalid', error: 'notANumber' }],
    ['age', 'years', '1e3', { status: 'invalid', error: 'notANumber' }],
  ])('%s %s %j', (field, unit, text, expected) => {
    expect(checkField(field, text, unit)).toEqual(expected);
  });
});

describe('checkField: a number too long to be real is too high (§2)', () => {
  it.each<Row>([
    ['alt', 'uPerL', '9'.repeat(400), tooHigh(1, 50000)],
    ['platelets', 'perUl', '9'.repeat(400), tooHigh(1000, 2000000)],
    ['age', 'years', '9'.repeat(400), tooHigh(18, 120)],
    ['ast', 'uPerL', '-' + '9'.repeat(400), tooLow(1, 50000)],
  ])('%s in %s: %j', (field, unit, text, expected) => {
    expect(checkField(field, text, unit)).toEqual(expected);
  });
});

describe('checkField: text as reports print it (units and flags)', () => {
  it.each<Row>([
    ['platelets', 'e4PerUl', '23.5万', valid(23.5, 23.5)],
    ['platelets', 'e3PerUl', '23.5万', valid(23.5, 23.5)], // 万 says ×10⁴/µL whatever the select says
    ['platelets', 'perUl', '23.5万/µL', valid(23.5, 23.5)],
    ['platelets', 'e3PerUl', '２３．５万／μＬ', valid(23.5, 23.5)],
    ['platelets', 'e4PerUl', '23.5 ×10⁴/µL', valid(23.5, 23.5)],
    ['platelets', 'e4PerUl', '235 ×10³/µL', valid(23.5, 235)],
    ['platelets', 'e4PerUl', '235 K/uL', valid(23.5, 235)],
    ['platelets', 'e4PerUl', '235 x10^9/L', valid(23.5, 235)],
    ['platelets', 'e4PerUl', '235000/µL', valid(23.5, 235000)],
    ['platelets', 'e4PerUl', '235,000 /uL', valid(23.5, 235000)],
    ['platelets', 'e4PerUl', '12.1L', valid(12.1, 12.1)],
    ['platelets', 'e4PerUl', '1104', tooHigh(0.1, 200)], // never read as 1 ×10⁴
    ['platelets', 'e4PerUl', '250万', tooHigh(0.1, 200)], // a written unit is not second-guessed
    ['alt', 'uPerL', '62H', valid(62, 62)],
    ['alt', 'uPerL', '62 H', valid(62, 62)],
    ['alt', 'uPerL', '６２＊', valid(62, 62)],
    ['alt', 'uPerL', '６２Ｈ', valid(62, 62)],
    ['alt', 'uPerL', '62*', valid(62, 62)],
    ['alt', 'uPerL', '62 U/L', valid(62, 62)],
    ['alt', 'uPerL', '35U/L', valid(35, 35)],
    ['ggt', 'uPerL', '62 IU/L H', valid(62, 62)],
    ['ggt', 'uPerL', '６２ＩＵ／Ｌ', valid(62, 62)],
    ['ast', 'uPerL', '8L', valid(8, 8)],
    ['age', 'years', '66歳', valid(66, 66)],
    ['age', 'years', '６６ 歳', valid(66, 66)],
    ['albumin', 'gPerDl', '4.1g/dL', valid(4.1, 4.1)],
    ['albumin', 'gPerL', '4.1 g/dL', valid(4.1, 4.1)],
    ['albumin', 'gPerDl', '42 g/L', valid(4.2, 42)], // read in g/L as written; the number is kept
    ['albumin', 'gPerDl', '３．８Ｌ', valid(3.8, 3.8)],
    ['albumin', 'gPerDl', '4.1g/L', tooLow(5, 70)], // 4.1 g/L as written: refused, never turned into 41
  ])('%s in %s: %j', (field, unit, text, expected) => {
    expect(checkField(field, text, unit)).toEqual(expected);
  });
});

describe('checkField: magnitude and unit checks (§2)', () => {
  it.each<Row>([
    // the examples of the brief
    ['platelets', 'e4PerUl', '235', suspect('e3PerUl', 23.5, '23.5')],
    ['platelets', 'e4PerUl', '235000', suspect('perUl', 23.5, '23.5')],
    ['platelets', 'e4PerUl', '235,000', suspect('perUl', 23.5, '23.5')],
    ['albumin', 'gPerDl', '42', suspect('gPerL', 4.2, '4.2')],
    ['platelets', 'perUl', '23.5', suspect('e4PerUl', 235000, '235000')], // the Japanese unit wins the tie with ×10³
    // 100–200 ×10⁴/µL is accepted by the limits, but not interpreted: it is almost surely ×10³/µL
    ['platelets', 'e4PerUl', '100', suspect('e3PerUl', 10, '10')],
    ['platelets', 'e4PerUl', '150', suspect('e3PerUl', 15, '15')],
    ['platelets', 'e4PerUl', '200', suspect('e3PerUl', 20, '20')],
    ['platelets', 'e4PerUl', '200.1', suspect('e3PerUl', 20.01, '20.01')],
    ['platelets', 'e4PerUl', '999.9', suspect('e3PerUl', 99.99, '99.99')],
    ['platelets', 'e4PerUl', '12345.67', suspect('perUl', 1.2346, '1.2346')], // at most 4 decimals
    ['platelets', 'e4PerUl', '１，０００，０００', tooHigh(0.1, 200)], // 100 would itself be suspect: no offer
    ['platelets', 'e3PerUl', '235000', suspect('perUl', 235, '235')],
    ['platelets', 'e3PerUl', '0.5', tooLow(1, 2000)],
    ['platelets', 'perUl', '500', suspect('e3PerUl', 500000, '500000')],
    ['platelets', 'perUl', '0.5', tooLow(1000, 2000000)],
    ['albumin', 'gPerDl', '10', suspect('gPerL', 1, '1')],
    ['albumin', 'gPerDl', '60', suspect('gPerL', 6, '6')],
    ['albumin', 'gPerDl', '61', tooHigh(0.5, 7)], // 6.1 g/dL is not typical either
    ['albumin', 'gPerDl', '４２', suspect('gPerL', 4.2, '4.2')],
    ['albumin', 'gPerL', '4.2', suspect('gPerDl', 42, '42')],
    ['albumin', 'gPerL', '4,2', suspect('gPerDl', 42, '42')],
    ['albumin', 'gPerL', '0.9', tooLow(5, 70)],
    // values a unit check must not touch
    ['platelets', 'e4PerUl', '23.5', valid(23.5, 23.5)],
    ['platelets', 'e4PerUl', '２３，５', valid(23.5, 23.5)],
    ['platelets', 'e3PerUl', '235', valid(23.5, 235)],
    ['platelets', 'perUl', '235,000', valid(23.5, 235000)],
    ['platelets', 'perUl', '２３５０００', valid(23.5, 235000)],
    ['platelets', 'e3PerUl', '23.5', valid(2.35, 23.5, 'low')], // the user chose ×10³: taken as typed, flagged extreme
    ['albumin', 'gPerL', '42', valid(4.2, 42)],
    ['albumin', 'gPerL', '41.3', valid(4.13, 41.3)],
    ['albumin', 'gPerDl', '３．９', valid(3.9, 3.9)],
    ['albumin', 'gPerDl', '3,9', valid(3.9, 3.9)],
  ])('%s in %s: %j', (field, unit, text, expected) => {
    expect(checkField(field, text, unit)).toEqual(expected);
  });
});

describe('checkField: plausibility limits, just inside / at / just outside (§2)', () => {
  it.each<Row>([
    ...(['ast', 'alt'] as const).flatMap((field): Row[] => [
      [field, 'uPerL', '0', tooLow(1, 50000)],
      [field, 'uPerL', '-5', tooLow(1, 50000)],
      [field, 'uPerL', '0.99', tooLow(1, 50000)],
      [field, 'uPerL', '1', valid(1, 1)],
      [field, 'uPerL', '1.01', valid(1.01, 1.01)],
      [field, 'uPerL', '1000', valid(1000, 1000)],
      [field, 'uPerL', '1000.1', valid(1000.1, 1000.1, 'high')],
      [field, 'uPerL', '49999', valid(49999, 49999, 'high')],
      [field, 'uPerL', '50000', valid(50000, 50000, 'high')],
      [field, 'uPerL', '50,000', valid(50000, 50000, 'high')],
      [field, 'uPerL', '50000.1', tooHigh(1, 50000)],
      [field, 'uPerL', '50001', tooHigh(1, 50000)],
    ]),
    ['ggt', 'uPerL', '0.99', tooLow(1, 20000)],
    ['ggt', 'uPerL', '1', valid(1, 1)],
    ['ggt', 'uPerL', '1000', valid(1000, 1000)],
    ['ggt', 'uPerL', '1001', valid(1001, 1001, 'high')],
    ['ggt', 'uPerL', '20000', valid(20000, 20000, 'high')],
    ['ggt', 'uPerL', '20000.01', tooHigh(1, 20000)],
    ['albumin', 'gPerDl', '0.49', tooLow(0.5, 7)],
    ['albumin', 'gPerDl', '0.5', valid(0.5, 0.5, 'low')],
    ['albumin', 'gPerDl', '0.51', valid(0.51, 0.51, 'low')],
    ['albumin', 'gPerDl', '1.99', valid(1.99, 1.99, 'low')],
    ['albumin', 'gPerDl', '2', valid(2, 2)],
    ['albumin', 'gPerDl', '6.99', valid(6.99, 6.99)],
    ['albumin', 'gPerDl', '7', valid(7, 7)],
    ['albumin', 'gPerDl', '7.01', tooHigh(0.5, 7)],
    ['albumin', 'gPerL', '5', valid(0.5, 5, 'low')],
    ['albumin', 'gPerL', '70', valid(7, 70)],
    ['albumin', 'gPerL', '70.1', tooHigh(5, 70)],
    ['platelets', 'e4PerUl', '0.09', tooLow(0.1, 200)],
    ['platelets', 'e4PerUl', '0.1', valid(0.1, 0.1, 'low')],
    ['platelets', 'e4PerUl', '0.11', valid(0.11, 0.11, 'low')],
    ['platelets', 'e4PerUl', '4.99', valid(4.99, 4.99, 'low')],
    ['platelets', 'e4PerUl', '5', valid(5, 5)],
    ['platelets', 'e4PerUl', '99.9', valid(99.9, 99.9)],
    ['platelets', 'e4PerUl', '1001', tooHigh(0.1, 200)],
    ['platelets', 'e3PerUl', '0.99', tooLow(1, 2000)],
    ['platelets', 'e3PerUl', '1', valid(0.1, 1, 'low')],
    ['platelets', 'e3PerUl', '1000', valid(100, 1000)],
    ['platelets', 'e3PerUl', '1001', valid(100.1, 1001, 'high')],
    ['platelets', 'e3PerUl', '1999', valid(199.9, 1999, 'high')],
    ['platelets', 'e3PerUl', '2000', valid(200, 2000, 'high')],
    ['platelets', 'e3PerUl', '2000.5', tooHigh(1, 2000)],
    ['platelets', 'perUl', '999', suspect('e3PerUl', 999000, '999000')], // 999 ×10³/µL is typical
    ['platelets', 'perUl', '1000', valid(0.1, 1000, 'low')],
    ['platelets', 'perUl', '1001', valid(0.1001, 1001, 'low')],
    ['platelets', 'perUl', '2000000', valid(200, 2000000, 'high')],
    ['platelets', 'perUl', '2,000,000', valid(200, 2000000, 'high')],
    ['platelets', 'perUl', '2000001', tooHigh(1000, 2000000)],
    ['age', 'years', '17.9', tooLow(18, 120)],
    ['age', 'years', '18', valid(18, 18)],
    ['age', 'years', '18.5', valid(18.5, 18.5)],
    ['age', 'years', '119', valid(119, 119)],
    ['age', 'years', '120', valid(120, 120)],
    ['age', 'years', '１２０', valid(120, 120)],
    ['age', 'years', '120.5', tooHigh(18, 120)],
    ['age', 'years', '121', tooHigh(18, 120)],
  ])('%s in %s: %j', (field, unit, text, expected) => {
    expect(checkField(field, text, unit)).toEqual(expected);
  });
});

const fieldAndUnit = fc.constantFrom(...FIELD_IDS.flatMap((field) => FIELD_UNITS[field].map((unit) => [field, unit] as const)));

// Numbers across many magnitudes, as text a person might type.
const typedNumber = fc.oneof(
  fc.double({ min: -3, max: 8, noNaN: true }).map((e) => Number((10 ** e).toPrecision(4))),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }).map((n) => Number(n.toFixed(2))),
  fc.integer({ min: -10, max: 3_000_000 }),
);
const typedText = fc.oneof(
  typedNumber.map((n) => String(n)),
  typedNumber.map((n) => String(n).replace('.', ',')),
  fc.string(),
  fc.string({ unit: 'binary' }),
);

describe('checkField: properties', () => {
  it('never throws and always returns one of the statuses', () => {
    fc.assert(
      fc.property(fieldAndUnit, typedText, ([field, unit], text) => {
        const check = checkField(field, text, unit);
        expect(['empty', 'valid', 'invalid']).toContain(check.status);
        if (check.status === 'invalid') expect(['notANumber', 'tooLow', 'tooHigh', 'unitSuspect']).toContain(check.error);
      }),
      { numRuns: 3000 },
    );
  });

  it('a valid value is canonical, finite, within the limits, and converts back to what was typed', () => {
    fc.assert(
      fc.property(fieldAndUnit, typedNumber, ([field, unit], n) => {
        const check = checkField(field, String(n), unit);
        if (check.status !== 'valid') return;
        expect(check.typed).toBe(n);
        expect(Number.isFinite(check.value)).toBe(true);
        expect(check.value).toBeCloseTo(toCanonical(field, unit, n), 9);
        const roundTrip = toCanonical(field, unit, fromCanonical(field, unit, check.value));
        expect(Math.abs(roundTrip - check.value)).toBeLessThanOrEqual(Math.abs(check.value) * 1e-12);
      }),
      { numRuns: 3000 },
    );
  });

  it('tooLow/tooHigh: the typed number lies outside the limits the message names', () => {
    fc.assert(
      fc.property(fieldAndUnit, typedNumber, ([field, unit], n) => {
        const check = checkField(field, String(n), unit);
        if (check.status !== 'invalid' || (check.error !== 'tooLow' && check.error !== 'tooHigh')) return;
        expect(check.min).toBeLessThan(check.max);
        if (check.error === 'tooLow') expect(n).toBeLessThan(check.min);
        else expect(n).toBeGreaterThan(check.max);
      }),
      { numRuns: 3000 },
    );
  });

  it('unitSuspect: both ways out (tap the fix, or switch to the likely unit) give a valid value', () => {
    fc.assert(
      fc.property(fieldAndUnit, typedNumber, ([field, unit], n) => {
        const text = String(n);
        const check = checkField(field, text, unit);
        if (check.status !== 'invalid' || check.error !== 'unitSuspect') return;
        expect(check.likelyUnit).not.toBe(unit);
        expect(FIELD_UNITS[field]).toContain(check.likelyUnit);
        expect(parseNumber(check.fixText)).toEqual({ ok: true, value: check.fixValue });
        expect(check.fixText).toMatch(/^\d+(\.\d{1,4})?$/);
        const fixed = checkField(field, check.fixText, unit);
        const switched = checkField(field, text, check.likelyUnit);
        expect(fixed.status).toBe('valid');
        expect(switched.status).toBe('valid');
        if (fixed.status === 'valid' && switched.status === 'valid') {
          expect(fixed.value).toBeCloseTo(switched.value, 3); // the same quantity
        }
      }),
      { numRuns: 5000 },
    );
  });
});
