import { describe, expect, it } from 'vitest';
import { DEFAULT_UNITS } from './fields';
import { checkEarlier, EMPTY_EARLIER, parseYearMonth, type EarlierTexts } from './earlier';

const NOW = new Date(2026, 10, 30); // November 2026
const column = (values: Partial<EarlierTexts['values']>, date = ''): EarlierTexts => ({ values: { ...EMPTY_EARLIER.values, ...values }, date });

describe('parseYearMonth', () => {
  it.each([
    ['2025-08', 2025, 8],
    ['2025/8', 2025, 8],
    ['2025.12', 2025, 12],
    ['2025年8月', 2025, 8],
    ['２０２５年８月', 2025, 8],
    [' 2024 / 1 ', 2024, 1],
  ])('reads %j', (text, year, month) => {
    expect(parseYearMonth(text)).toEqual({ status: 'valid', year, month });
  });

  it.each(['2025-13', '2025-0', '25-08', 'August 2025', '2025', 'abc'])('refuses %j', (text) => {
    expect(parseYearMonth(text)).toEqual({ status: 'invalid' });
  });

  it('is empty for blank text', () => {
    expect(parseYearMonth('  ')).toEqual({ status: 'empty' });
  });
});

describe('checkEarlier', () => {
  it('reads each column in the row unit and keeps the columns aligned', () => {
    const result = checkEarlier(
      [column({ alt: '42', platelets: '235' }), column({}), ],
      { ...DEFAULT_UNITS, platelets: 'e3PerUl' },
      undefined,
      NOW,
    );
    expect(result).toHaveLength(2);
    expect(result[0]?.values).toEqual({ alt: 42, platelets: 23.5 });
    expect(result[1]?.values).toEqual({});
  });

  it('assumes yearly checkups without dates, and says so', () => {
    const [previous, before] = checkEarlier([column({ alt: '42' }), column({ alt: '40' })], DEFAULT_UNITS, 66, NOW);
    expect(previous?.age).toEqual({ years: 65, basis: 'yearly', yearsBefore: 1 });
    expect(previous?.values.age).toBe(65);
    expect(before?.age).toEqual({ years: 64, basis: 'yearly', yearsBefore: 2 });
  });

  it('works the age out from the dates, to the nearest year', () => {
    const [previous, before] = checkEarlier(
      [column({ alt: '42' }, '2025-10'), column({ alt: '40' }, '2023-06')],
      DEFAULT_UNITS,
      66,
      NOW,
    );
    expect(previous?.age).toEqual({ years: 65, basis: 'dates', yearsBefore: 1 });
    // 41 months → 3 years
    expect(before?.age).toEqual({ years: 63, basis: 'dates', yearsBefore: 3 });
  });

  it('gives no age to a column without values, nor without today’s age', () => {
    expect(checkEarlier([column({}, '2025-10')], DEFAULT_UNITS, 66, NOW)[0]?.age).toBeUndefined();
    expect(checkEarlier([column({ alt: '42' }, '2025-10')], DEFAULT_UNITS, undefined, NOW)[0]?.age).toBeUndefined();
  });

  it('refuses a date after this month and falls back to yearly', () => {
    const [previous] = checkEarlier([column({ alt: '42' }, '2027-01')], DEFAULT_UNITS, 66, NOW);
    expect(previous?.date).toEqual({ status: 'invalid' });
    expect(previous?.age?.basis).toBe('yearly');
  });

  it('lists what it will not use, keeping the text', () => {
    const [previous] = checkEarlier([column({ ast: 'abc', alt: '0' })], DEFAULT_UNITS, undefined, NOW);
    expect(previous?.invalid).toEqual(['ast', 'alt']);
    expect(previous?.values).toEqual({});
  });
});
