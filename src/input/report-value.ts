// Text copied from a report as it prints a value: `23.5万`, `62H`, `６２＊`, `62 U/L`, `66歳`,
// `4.1g/dL`. A known unit or flag at the end is set aside before the number is read; a unit
// also says which unit the number is in. The number itself is never changed.
import { FIELD_UNITS, type FieldId, type UnitId } from './fields';

export interface ReportText {
  /** The text with a trailing unit and flags set aside (full-width ASCII folded), for parseNumber. */
  number: string;
  /** The unit the text names, when it names one of the field's units. */
  unit?: UnitId;
}

const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;
const fold = (text: string) => text.replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

// H (high), L (low), * and ※ as reports mark a value outside the reference range; only right after
// a digit or after a space, so the L of `g/L` is a unit, never a flag.
const FLAG = /(?:(?<=\d)\s*|\s+)[HL*※↑↓]$/;
const MICRO = '[µμu]';
/** Trailing units, per unit id (after full-width folding). */
const UNIT_SUFFIXES: readonly [UnitId, RegExp][] = [
  ['uPerL', /\s*(?:IU|U)\s*\/\s*L$/i],
  ['gPerDl', /\s*g\s*\/\s*dL$/i],
  ['gPerL', /\s*g\s*\/\s*L$/i],
  // `10⁴` and `10^4` only with the exponent marked, so that `1104` is never read as 1 × 10⁴.
  ['e4PerUl', new RegExp(`\\s*(?:万|(?:[×x]\\s*)?10(?:⁴|\\^4))\\s*(?:/\\s*${MICRO}L)?$`, 'i')],
  ['e3PerUl', new RegExp(`\\s*(?:千|K|(?:[×x]\\s*)?10(?:³|\\^3))\\s*/\\s*${MICRO}L$|\\s*(?:[×x]\\s*)?10(?:⁹|\\^9)\\s*/\\s*L$`, 'i')],
  ['perUl', new RegExp(`\\s*/\\s*${MICRO}L$`, 'i')],
  ['years', /\s*[歳才]$/],
];

export function readReportText(field: FieldId, text: string): ReportText {
  let rest = fold(text).trim();
  rest = rest.replace(FLAG, '').trimEnd();
  let unit: UnitId | undefined;
  for (const [id, suffix] of UNIT_SUFFIXES) {
    if (!FIELD_UNITS[field].includes(id) || !suffix.test(rest)) continue;
    const before = rest.replace(suffix, '');
    if (!/\d$/.test(before.replace(FLAG, '').trimEnd())) continue; // a unit follows a number
    unit = id;
    rest = before.replace(FLAG, '').trimEnd();
    break;
  }
  return unit ? { number: rest, unit } : { number: rest };
}

/** The unit a typed text names, for fields with a unit choice (the unit select follows it). */
export function unitInText(field: FieldId, text: string): UnitId | undefined {
  return FIELD_UNITS[field].length > 1 ? readReportText(field, text).unit : undefined;
}
