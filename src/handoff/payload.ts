// The result handed from the reception tablet to the patient's phone, as a URL fragment.
// Pure: no React, no DOM. The fragment never reaches a server (browsers do not send it).
//
// Format (all characters are URL-fragment safe and survive QR byte mode):
//
//   r=<version><lang><hbsAg><hcvAb><ultrasound><n>-<today>[-<earlier 1>[-<earlier 2>]]-<check>
//
//   version     1: no checkup dates; 2: each earlier checkup ends with its year and month.
//               A result with no date is written as version 1, exactly as before dates existed,
//               so an app version from before dates (a phone's cached copy) still opens it.

//   lang        e | j
//   hbsAg/hcvAb x (not given) | n (negative) | p (positive)
//   ultrasound  x (not given) | n (normal) | f (fattyLiver) | c (chronicLiverDamage)
//   n           number of earlier checkups, 0–2 (most recent first)
//   checkup     ast.alt.ggt.albumin.platelets.age: each empty (not given) or a base-36 integer,
//               the value times SCALE (no leading zeros)
//   earlier     version 1: a checkup; version 2: a checkup, ".", then its date: empty (not given)
//               or months since January 1900 in base 36 (2025-08 → 1507 → "15v")
//   check       CRC-32 of everything before "-<check>" (from "r=" on), mod 36⁵, 5 base-36 digits
//
// Example, ALT 22 alone in English: "#r=1exxx0-.64....-cd1aj". No name, no date of birth, no
// date of today's checkup (only the year and month of earlier ones, which the age at each needs).

import type { LabValues, MarkerResult, UltrasoundResult } from '../rules/types';
import { EARLIER_YEARS, PLAUSIBILITY } from '../input/fields';

/** The newest version this code reads and writes (it writes 1 when there is no date to carry). */
export const PAYLOAD_VERSION = 2;
/** The version that added the earlier checkups' year and month. */
const DATES_VERSION = 2;
export const MAX_EARLIER = 2;

/** The year and month of a checkup (month 1–12). */
export interface YearMonth {
  year: number;
  month: number;
}

/** An earlier checkup: its values and, when it was typed, its year and month. */
export type SharedCheckup = LabValues & { date?: YearMonth };

export interface SharedResult {
  lang: 'en' | 'ja';
  /** Canonical units: AST/ALT/γ-GTP U/L, albumin g/dL, platelets ×10⁴/µL, age years. */
  today: LabValues;
  /** At most 2, most recent first. */
  earlier: SharedCheckup[];
  hbsAg?: MarkerResult;
  hcvAb?: MarkerResult;
  ultrasound?: UltrasoundResult;
}

export type DecodeFailure = 'malformed' | 'truncated' | 'futureVersion' | 'tampered' | 'outOfRange';
export type DecodeResult = { ok: true; result: SharedResult } | { ok: false; reason: DecodeFailure };

type Key = keyof LabValues;
/** Position of each value in a checkup. */
const KEYS = ['ast', 'alt', 'ggt', 'albumin', 'platelets', 'age'] as const satisfies readonly Key[];

/**
 * Resolution of the link: value × SCALE is rounded to an integer. Finer than any report prints
 * (U/L and age to 0.1, albumin to 0.01 g/dL, platelets to 0.01 ×10⁴/µL = 100/µL), so values
 * from a report round-trip exactly.
 */
export const SCALE = { ast: 10, alt: 10, ggt: 10, albumin: 100, platelets: 100, age: 10 } as const satisfies Record<Key, number>;

const MARKER = { x: undefined, n: 'negative', p: 'positive' } as const;
const ULTRASOUND = { x: undefined, n: 'normal', f: 'fattyLiver', c: 'chronicLiverDamage' } as const;
const LANG = { e: 'en', j: 'ja' } as const;
const CHECK_LENGTH = 5;
const CHECK_MOD = 36 ** CHECK_LENGTH;
/** Longest base-36 integer a plausible value needs (50 000 U/L × 10 = "aoy8"). */
const MAX_DIGITS = 6;
/** A date is months since January of EARLIER_YEARS.min; the last is December of EARLIER_YEARS.max. */
const LAST_MONTH_INDEX = (EARLIER_YEARS.max - EARLIER_YEARS.min) * 12 + 11;

function codeOf<T>(table: Record<string, T>, value: T): string {
  for (const [code, v] of Object.entries(table)) if (v === value) return code;
  throw new RangeError(`Cannot encode ${String(value)}`);
}

/** CRC-32 (IEEE), bitwise: a few lines instead of a table; the input is at most a few hundred characters. */
function crc32(text: string): number {
  let crc = ~0;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i);
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function check(body: string): string {
  return (crc32(body) % CHECK_MOD).toString(36).padStart(CHECK_LENGTH, '0');
}

function inRange(key: Key, value: number): boolean {
  const { min, max } = PLAUSIBILITY[key];
  return value >= min && value <= max;
}

function encodeCheckup(values: LabValues): string {
  return KEYS.map((key) => {
    const value = values[key];
    if (value === undefined) return '';
    const scaled = Math.round(value * SCALE[key]);
    if (!Number.isFinite(value) || !inRange(key, value) || !inRange(key, scaled / SCALE[key])) {
      throw new RangeError(`${key} ${value} is outside the plausibility limits`);
    }
    return scaled.toString(36);
  }).join('.');
}

function encodeDate(date: YearMonth | undefined): string {
  if (date === undefined) return '';
  const { year, month } = date;
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12 || year < EARLIER_YEARS.min || year > EARLIER_YEARS.max) {
    throw new RangeError(`${year}-${month} is not a checkup year and month`);
  }
  return ((year - EARLIER_YEARS.min) * 12 + month - 1).toString(36);
}

/**
 * The fragment for a result, with its leading "#". Values are rounded to SCALE. Throws a
 * RangeError for a value outside the plausibility limits, a date outside the years a checkup
 * date may have, more than 2 earlier checkups or an unknown enum: a link that would not decode
 * is never made.
 */
export function encodeFragment(r: SharedResult): string {
  if (r.earlier.length > MAX_EARLIER) throw new RangeError(`At most ${MAX_EARLIER} earlier checkups`);
  const withDates = r.earlier.some((c) => c.date !== undefined);
  const earlier = r.earlier.map((c) => (withDates ? `${encodeCheckup(c)}.${encodeDate(c.date)}` : encodeCheckup(c)));
  const header =
    codeOf<string>(LANG, r.lang) +
    codeOf<string | undefined>(MARKER, r.hbsAg) +
    codeOf<string | undefined>(MARKER, r.hcvAb) +
    codeOf<string | undefined>(ULTRASOUND, r.ultrasound) +
    String(r.earlier.length);
  const body = `r=${withDates ? DATES_VERSION : 1}${[header, encodeCheckup(r.today), ...earlier].join('-')}`;
  return `#${body}-${check(body)}`;
}

/** The link to show as a QR code: same origin and path, the fragment, never a query string. */
export function shareLink(origin: string, pathname: string, r: SharedResult): string {
  return `${origin}${pathname}${encodeFragment(r)}`;
}

/** Whether a location.hash is meant for decodeFragment (the app's other hashes are left alone). */
export function isSharedFragment(hash: string): boolean {
  return /^#?r=/.test(hash);
}

const fail = (reason: DecodeFailure): DecodeResult => ({ ok: false, reason });

/** One checkup's values (and date, when `withDate`), or why not. Only called after the checksum matched. */
function decodeCheckup(text: string, withDate: boolean): SharedCheckup | DecodeFailure {
  const tokens = text.split('.');
  if (tokens.length !== KEYS.length + (withDate ? 1 : 0)) return 'malformed';
  const values: SharedCheckup = {};
  for (const [i, key] of KEYS.entries()) {
    const token = tokens[i] ?? '';
    if (token === '') continue;
    if (!/^[1-9a-z][0-9a-z]*$/.test(token)) return 'malformed';
    if (token.length > MAX_DIGITS) return 'outOfRange';
    const value = parseInt(token, 36) / SCALE[key];
    if (!inRange(key, value)) return 'outOfRange';
    values[key] = value;
  }
  const date = withDate ? (tokens[KEYS.length] ?? '') : '';
  if (date !== '') {
    // A date the encoder cannot have written is a damaged link, like any other malformed part.
    if (!/^(?:0|[1-9a-z][0-9a-z]{0,2})$/.test(date)) return 'malformed';
    const index = parseInt(date, 36);
    if (index > LAST_MONTH_INDEX) return 'malformed';
    values.date = { year: EARLIER_YEARS.min + Math.floor(index / 12), month: (index % 12) + 1 };
  }
  return values;
}

function lookup<T extends Record<string, unknown>>(table: T, code: string | undefined): T[keyof T] | null {
  return code !== undefined && Object.hasOwn(table, code) ? (table[code] as T[keyof T]) : null;
}

/**
 * Reads a fragment made by encodeFragment ("#r=…" or "r=…"). Never throws; returns the whole
 * result or a reason, never part of one.
 */
export function decodeFragment(hash: string): DecodeResult {
  try {
    if (typeof hash !== 'string') return fail('malformed');
    const body = hash.startsWith('#') ? hash.slice(1) : hash;
    const head = /^r=(\d)/.exec(body);
    if (!head) return fail(body === '' || 'r='.startsWith(body) ? 'truncated' : 'malformed');
    const version = Number(head[1]);
    if (version > PAYLOAD_VERSION) return fail('futureVersion');
    if (version < 1) return fail('malformed');
    const rest = body.slice(head[0].length);
    if (!/^[0-9a-z.-]*$/.test(rest)) return fail('malformed');

    const parts = rest.split('-');
    const header = parts[0] ?? '';
    if (header.length < 5) return fail('truncated');
    if (header.length > 5) return fail('malformed');
    const count = Number(header[4]);
    if (!(count >= 0 && count <= MAX_EARLIER)) return fail('malformed');
    const expected = 1 + 1 + count + 1; // header, today, earlier…, check
    if (parts.length < expected) return fail('truncated');
    if (parts.length > expected) return fail('malformed');
    const given = parts[expected - 1] ?? '';
    if (given.length < CHECK_LENGTH) return fail('truncated');
    if (given.length > CHECK_LENGTH) return fail('malformed');
    if (given !== check(body.slice(0, body.length - CHECK_LENGTH - 1))) return fail('tampered');

    const lang = lookup(LANG, header[0]);
    const hbsAg = lookup(MARKER, header[1]);
    const hcvAb = lookup(MARKER, header[2]);
    const ultrasound = lookup(ULTRASOUND, header[3]);
    if (lang === null || hbsAg === null || hcvAb === null || ultrasound === null) return fail('malformed');

    const checkups: SharedCheckup[] = [];
    for (const [i, text] of parts.slice(1, expected - 1).entries()) {
      // Today's checkup never has a date; the earlier ones do from version 2.
      const decoded = decodeCheckup(text, i > 0 && version >= DATES_VERSION);
      if (typeof decoded === 'string') return fail(decoded);
      checkups.push(decoded);
    }
    const [today, ...earlier] = checkups;
    if (!today) return fail('malformed');
    const result: SharedResult = { lang, today, earlier };
    if (hbsAg) result.hbsAg = hbsAg;
    if (hcvAb) result.hcvAb = hcvAb;
    if (ultrasound) result.ultrasound = ultrasound;
    return { ok: true, result };
  } catch {
    return fail('malformed');
  }
}
