// Text typed into a lab field → one number (clinical-reference.md §2, "Input text").

/** `tooHigh` / `tooLow`: one number, but too long to be real (400 digits overflow to ±Infinity). */
export type ParsedNumber = { ok: true; value: number } | { ok: false; code: 'empty' | 'notANumber' | 'tooHigh' | 'tooLow' };

// Only the full-width ASCII block (U+FF01–U+FF5E: `１２３．５`, `，`, `－`, `＋`) is folded,
// not all of NFKC: NFKC would also turn `²`, `①` or `𝟓` into digits and accept "23²" as 232.
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
// Minus sign, hyphens and dashes that phones and IMEs put in place of `-`.
const MINUS_LIKE = /[\u2010-\u2013\u2212\ufe63]/g;
// A Japanese IME in kana mode types `。` and `、` for the `.` and `,` keys, also after digits.
const IDEOGRAPHIC_STOP = /[\u3002\uff61]/g;
const IDEOGRAPHIC_COMMA = /[\u3001\uff64]/g;

// `235,000`, `1,234,567`, `1,234.5`. The first group never starts with 0, so `0,500` is a
// decimal comma (0.5). A comma followed by exactly three digits is therefore a thousands
// separator (`3,900` is 3900); any other single comma is a decimal comma (`3,9`, `3,90`).
const THOUSANDS = /^[1-9]\d{0,2}(?:,\d{3})+(?:\.\d*)?$/;
// `23`, `23.5`, `23,5`, `23.` (still typing), `.5`.
const DECIMAL = /^(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

export function parseNumber(text: string): ParsedNumber {
  if (typeof text !== 'string') return { ok: false, code: 'notANumber' };
  const normalised = text
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(MINUS_LIKE, '-')
    .replace(IDEOGRAPHIC_STOP, '.')
    .replace(IDEOGRAPHIC_COMMA, ',')
    .trim(); // String#trim also removes the ideographic space U+3000 and no-break spaces
  if (normalised === '') return { ok: false, code: 'empty' };

  const first = normalised.charAt(0);
  const sign = first === '-' || first === '+' ? first : '';
  const body = normalised.slice(sign.length);
  let plain: string;
  if (THOUSANDS.test(body)) plain = body.replaceAll(',', '');
  else if (DECIMAL.test(body)) plain = body.replace(',', '.');
  else return { ok: false, code: 'notANumber' };

  // The patterns admit digits and one dot only, so Number() cannot see `Infinity`, `0x1F` or
  // `1e3`; a few hundred digits can still overflow to Infinity: that is one number, too high.
  const value = Number(sign + plain);
  if (!Number.isFinite(value)) return { ok: false, code: value > 0 ? 'tooHigh' : 'tooLow' };
  return { ok: true, value: value === 0 ? 0 : value }; // no -0
}
