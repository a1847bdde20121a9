// The result handed from the reception tablet to the patient's phone, as a URL fragment.
// Pure: no React, no DOM. The fragment never reaches a server (browsers do not send it).
//
// Format, version 1 (all characters are URL-fragment safe and survive QR byte mode):
//
//   r=1<lang><hbsAg><hcvAb><ultrasound><n>-<today>[-<earlier 1>[-<earlier 2>]]-<check>
//
//   lang        e | j
//   hbsAg/hcvAb x (not given) | n (negative) | p (positive)
//   ultrasound  x (not given) | n (normal) | f (fattyLiver) | c (chronicLiverDamage)
//   n           number of earlier checkups, 0–2 (most recent first)
//   checkup     ast.alt.ggt.albumin.platelets.age: each empty (not given) or a base-36 integer,
//               the value times SCALE (no leading zeros)
//   check       CRC-32 of everything before "-<check>" (from "r=" on), mod 36⁵, 5 base-36 digits
//
// Example, ALT 22 alone in English: "#r=1exxx0-.64....-cd1aj". No name, no date of birth, no date.

import type { LabValues, MarkerResult, UltrasoundResult } from '../rules/types';
import { PLAUSIBILITY } from '../input/fields';

export const PAYLOAD_VERSION = 1;
export const MAX_EARLIER = 2;

export interface SharedResult {
  lang: 'en' | 'ja';
  /** Canonical units: AST/ALT/γ-GTP U/L, albumin g/dL, platelets ×10⁴/µL, age years. */
  today: LabValues;
  /** At most 2, most recent first. */
  earlier: LabValues[];
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

/**
 * The fragment for a result, with its leading "#". Values are rounded to SCALE. Throws a
 * RangeError for a value outside the plausibility limits, more than 2 earlier checkups or an
 * unknown enum: a link that would not decode is never made.
 */
export function encodeFragment(r: SharedResult): string {
  if (r.earlier.length > MAX_EARLIER) throw new RangeError(`At most ${MAX_EARLIER} earlier checkups`);
  const header =
    codeOf<string>(LANG, r.lang) +
    codeOf<string | undefined>(MARKER, r.hbsAg) +
    codeOf<string | undefined>(MARKER, r.hcvAb) +
    codeOf<string | undefined>(ULTRASOUND, r.ultrasound) +
    String(r.earlier.length);
  const body = `r=${PAYLOAD_VERSION}${[header, encodeCheckup(r.today), ...r.earlier.map(encodeCheckup)].join('-')}`;
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

/** One checkup's values, or why not. Only called after the checksum matched. */
function decodeCheckup(text: string): LabValues | DecodeFailure {
  const tokens = text.split('.');
  if (tokens.length !== KEYS.length) return 'malformed';
  const values: LabValues = {};
  for (const [i, key] of KEYS.entries()) {
    const token = tokens[i] ?? '';
    if (token === '') continue;
    if (!/^[1-9a-z][0-9a-z]*$/.test(token)) return 'malformed';
    if (token.length > MAX_DIGITS) return 'outOfRange';
    const value = parseInt(token, 36) / SCALE[key];
    if (!inRange(key, value)) return 'outOfRange';
    values[key] = value;
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
    if (version < PAYLOAD_VERSION) return fail('malformed');
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

    const checkups: LabValues[] = [];
    for (const text of parts.slice(1, expected - 1)) {
      const decoded = decodeCheckup(text);
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
