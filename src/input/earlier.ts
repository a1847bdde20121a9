// Earlier checkups (前回・前々回): the five values per column, read like today's, and the age at
// each checkup worked out from today's age (clinical-reference.md §2, "Context inputs").
import type { LabValues } from '../rules/types';
import { checkField, type FieldCheck } from './check-field';
import { EARLIER_YEARS, type FieldId, type UnitChoice } from './fields';
import { unitOf } from './form-units';

/** The values an earlier column has: everything but age, which is worked out. */
export type EarlierFieldId = Exclude<FieldId, 'age'>;
export const EARLIER_FIELD_IDS: readonly EarlierFieldId[] = ['ast', 'alt', 'ggt', 'albumin', 'platelets'];

/** The report's columns after today's, most recent first. */
export const EARLIER_COLUMNS = ['previous', 'beforePrevious'] as const;
export type EarlierColumn = (typeof EARLIER_COLUMNS)[number];

export interface EarlierTexts {
  values: Record<EarlierFieldId, string>;
  /** Year and month of the checkup, as typed ("2025-08", "2025/8", "2025年8月"); may be empty. */
  date: string;
}

export const EMPTY_EARLIER: EarlierTexts = { values: { ast: '', alt: '', ggt: '', albumin: '', platelets: '' }, date: '' };

export type EarlierDate = { status: 'empty' } | { status: 'valid'; year: number; month: number } | { status: 'invalid' };

/** How an earlier checkup's age was found: from the dates, or assuming yearly checkups (§2). */
export type AgeBasis = 'dates' | 'yearly';

export interface EarlierCheck {
  checks: Record<EarlierFieldId, FieldCheck>;
  date: EarlierDate;
  /** Only the valid values, canonical units, with the worked-out age when today's age is known. */
  values: LabValues;
  /** Fields holding text the app will not use. */
  invalid: EarlierFieldId[];
  age?: { years: number; basis: AgeBasis; yearsBefore: number };
}

const DIGITS = /[０-９]/g;

/** "2025-08", "2025/8", "2025.8", "2025年8月" (full-width digits too) → year and month. */
export function parseYearMonth(text: string): EarlierDate {
  const trimmed = text.replace(DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).trim();
  if (trimmed === '') return { status: 'empty' };
  const match = /^(\d{4})\s*(?:[-/.／．]|年)\s*(\d{1,2})\s*月?$/.exec(trimmed);
  if (!match) return { status: 'invalid' };
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < EARLIER_YEARS.min || year > EARLIER_YEARS.max) return { status: 'invalid' };
  return { status: 'valid', year, month };
}

/**
 * Every earlier column checked in the row's unit (one unit choice per analyte serves all columns).
 * The age at each checkup is today's age minus the whole years between the checkup dates (today's
 * checkup counts as `now`'s month); a column without a valid date assumes yearly checkups (−1, −2).
 * A column with no valid value is still returned (aligned with the columns), with empty values.
 */
export function checkEarlier(
  columns: readonly EarlierTexts[],
  units: UnitChoice,
  todayAge: number | undefined,
  now: Date,
): EarlierCheck[] {
  return columns.map((column, index) => {
    const checks = {} as Record<EarlierFieldId, FieldCheck>;
    const values: LabValues = {};
    const invalid: EarlierFieldId[] = [];
    for (const field of EARLIER_FIELD_IDS) {
      const check = checkField(field, column.values[field], unitOf(field, units));
      checks[field] = check;
      if (check.status === 'valid') values[field] = check.value;
      else if (check.status === 'invalid') invalid.push(field);
    }
    const typedDate = parseYearMonth(column.date);
    // A checkup after this month is a typo: say so rather than work out an age from it.
    const date: EarlierDate = typedDate.status === 'valid' && monthsBetween(typedDate, now) < 0 ? { status: 'invalid' } : typedDate;
    const hasValue = Object.keys(values).length > 0;
    let age: EarlierCheck['age'];
    if (todayAge !== undefined && hasValue) {
      const yearsBefore = date.status === 'valid' ? yearsBetween(date, now) : index + 1;
      const years = todayAge - yearsBefore;
      // An age below 0 cannot be; FIB-4 is then simply not worked out for that column.
      if (years >= 0) {
        age = { years, basis: date.status === 'valid' ? 'dates' : 'yearly', yearsBefore };
        values.age = years;
      }
    }
    return { checks, date, values, invalid, ...(age ? { age } : {}) };
  });
}

/** Whole years from a year-month to now's, rounded to the nearest year (a checkup 11 months ago is a year ago). */
function yearsBetween(date: { year: number; month: number }, now: Date): number {
  return Math.round(monthsBetween(date, now) / 12);
}

function monthsBetween({ year, month }: { year: number; month: number }, now: Date): number {
  return (now.getFullYear() - year) * 12 + (now.getMonth() + 1 - month);
}
