import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumber } from './parse-number';

/** ASCII → full-width forms (U+FF01–U+FF5E), as a Japanese IME types them. */
function toFullWidth(s: string): string {
  return s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** 1234567 → "1,234,567" without relying on the runtime's locale data. */
function groupThousands(n: number): string {
  const digits = String(Math.abs(n));
  return (n < 0 ? '-' : '') + digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

describe('parseNumber: accepted text', () => {
  it.each([
    ['23', 23],
    ['23.5', 23.5],
    [' 23.5 ', 23.5],
    ['\u300023.5\u3000', 23.5], // ideographic spaces
    ['\t42\n', 42],
    ['\u00a042\u00a0', 42], // no-break spaces
    ['１２３．５', 123.5], // full-width digits and stop
    ['４２', 42],
    ['＋４２', 42],
    ['－５', -5], // full-width hyphen-minus
    ['−5', -5], // U+2212 minus sign
    ['+5', 5],
    ['-5', -5],
    ['-0', 0],
    ['3,9', 3.9], // decimal comma
    ['３，９', 3.9], // full-width decimal comma
    ['3,90', 3.9],
    ['3,9000', 3.9], // four digits after the comma: not a thousands group
    ['0,500', 0.5], // a thousands group never starts with 0
    [',5', 0.5],
    ['235,000', 235000], // thousands separator, not a decimal comma
    ['3,900', 3900],
    ['1,234,567', 1234567],
    ['１，２３４，５６７', 1234567],
    ['1,234.5', 1234.5],
    ['-235,000', -235000],
    ['23.', 23], // still typing
    ['.5', 0.5],
    ['007', 7],
    ['２３。５', 23.5], // kana-mode IME: 。 for the . key
    ['３、９', 3.9], // kana-mode IME: 、 for the , key
  ])('%j → %d', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });
});

describe('parseNumber: refused text', () => {
  it.each(['', ' ', '\u3000', '\t\n '])('%j is empty', (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, code: 'empty' });
  });

  it.each([
    'abc',
    '1.2.3',
    '12 34',
    '1 000',
    '1e3',
    '１ｅ３',
    '23.5万',
    '35U/L',
    '5%',
    'Infinity',
    '-Infinity',
    'NaN',
    '0x1F',
    '0b11',
    '1_000',
    '.',
    ',',
    '-',
    '+',
    '--5',
    '+-5',
    '5-',
    '1,2,3',
    '1,23,456',
    '1,234,5',
    '1.234,5',
    '1,234.5.6',
    '²',
    '23²', // NFKC would read 232
    '①',
    '٣', // Arabic-Indic digit
  ])('%j is not a number', (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, code: 'notANumber' });
  });
});

const numberish = fc.string({
  unit: fc.constantFrom(...'0123456789.,+-e ０１２３４５６７８９．，－＋\u3000−。、x'.split('')),
  maxLength: 12,
});

describe('parseNumber: one number, too long to be real', () => {
  it.each([
    ['9'.repeat(400), 'tooHigh'], // overflows to Infinity: too high, not "not a number"
    ['１'.repeat(400), 'tooHigh'],
    ['1' + ',000'.repeat(120), 'tooHigh'],
    ['-' + '9'.repeat(400), 'tooLow'],
  ])('%j is %s', (text, code) => {
    expect(parseNumber(text)).toEqual({ ok: false, code });
  });
});

describe('parseNumber: properties', () => {
  it.each([
    ['fc.string()', fc.string()],
    ['full unicode (binary units)', fc.string({ unit: 'binary' })],
    ['grapheme', fc.string({ unit: 'grapheme' })],
    ['number-like characters', numberish],
  ])('never throws and gives a finite number or exactly one error code: %s', (_name, arb) => {
    fc.assert(
      fc.property(arb, (text) => {
        const result = parseNumber(text);
        if (result.ok) {
          expect(Object.keys(result).sort()).toEqual(['ok', 'value']);
          expect(Number.isFinite(result.value)).toBe(true);
          expect(Object.is(result.value, -0)).toBe(false);
        } else {
          expect(Object.keys(result).sort()).toEqual(['code', 'ok']);
          expect(['empty', 'notANumber', 'tooHigh', 'tooLow']).toContain(result.code);
        }
      }),
      { numRuns: 2000 },
    );
  });

  // Numbers whose String() is plain decimal (no exponent): what a person could type.
  const plainNumber = fc
    .oneof(
      fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 })).map(([m, k]) => m / 10 ** k),
      fc.double({ min: -1e20, max: 1e20, noNaN: true }),
      fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
    )
    .map((n) => (n === 0 ? 0 : n))
    .filter((n) => !/e/i.test(String(n)));
  const spaces = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\u3000', '\u00a0'), maxLength: 3 });

  it('String(n) parses back to n', () => {
    fc.assert(
      fc.property(plainNumber, (n) => {
        expect(parseNumber(String(n))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('n.toFixed(k) parses back to the number it prints', () => {
    fc.assert(
      fc.property(plainNumber, fc.integer({ min: 0, max: 8 }), (n, k) => {
        const text = n.toFixed(k);
        expect(parseNumber(text)).toEqual({ ok: true, value: Number(text) === 0 ? 0 : Number(text) });
      }),
    );
  });

  it('a decimal comma parses like a decimal point (unless it reads as a thousands group)', () => {
    fc.assert(
      fc.property(plainNumber, (n) => {
        const text = String(n).replace('.', ',');
        fc.pre(!/^-?[1-9]\d{0,2},\d{3}$/.test(text)); // "1,234" is 1234 by design
        expect(parseNumber(text)).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('full-width digits and punctuation parse like their ASCII forms', () => {
    fc.assert(
      fc.property(plainNumber, (n) => {
        expect(parseNumber(toFullWidth(String(n)))).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('surrounding spaces (also ideographic and no-break) are ignored', () => {
    fc.assert(
      fc.property(plainNumber, spaces, spaces, (n, before, after) => {
        expect(parseNumber(before + String(n) + after)).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('integers with thousands separators parse back, in ASCII and full width', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const value = n === 0 ? 0 : n;
        expect(parseNumber(groupThousands(n))).toEqual({ ok: true, value });
        expect(parseNumber(toFullWidth(groupThousands(n)))).toEqual({ ok: true, value });
      }),
    );
  });

  it('a thousands-grouped integer with a decimal part parses back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (i, d) => {
        const text = `${groupThousands(i)}.${String(d).padStart(2, '0')}`;
        expect(parseNumber(text)).toEqual({ ok: true, value: Number(`${i}.${String(d).padStart(2, '0')}`) });
      }),
    );
  });
});
