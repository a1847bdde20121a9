// The whole form: every field checked in its unit; the valid ones handed to the rules.
import type { LabValues } from '../rules/types';
import { checkField, type FieldCheck } from './check-field';
import { FIELD_IDS, type FieldId, type UnitChoice } from './fields';
import { unitOf } from './form-units';

export type FormTexts = Record<FieldId, string>;

export interface FormCheck {
  checks: Record<FieldId, FieldCheck>;
  /** Only the valid fields, canonical units. */
  values: LabValues;
  /** Fields that hold text the app will not use, in form order. */
  invalid: FieldId[];
}

export function checkForm(texts: FormTexts, units: UnitChoice): FormCheck {
  const checks = {} as Record<FieldId, FieldCheck>;
  const values: LabValues = {};
  const invalid: FieldId[] = [];
  for (const field of FIELD_IDS) {
    const check = checkField(field, texts[field], unitOf(field, units));
    checks[field] = check;
    if (check.status === 'valid') values[field] = check.value;
    else if (check.status === 'invalid') invalid.push(field);
  }
  return { checks, values, invalid };
}
