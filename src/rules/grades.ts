import { assertValue, bandOf } from './bands';
import { GRADE_BANDS } from './thresholds';
import type { Analyte, Grade } from './types';

/** §3.2: the JSND judgement category of one value in canonical units. */
export function jsndGrade(analyte: Analyte, value: number): Grade {
  assertValue(analyte, value);
  return bandOf(GRADE_BANDS[analyte], value).id;
}
