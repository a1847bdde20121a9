// The clinical core's public surface (clinical-reference.md §3). Numbers in, codes and numbers out.
export type { Analyte, LabValues, AltTier, Grade, Urgency, SourceId, Fib4, Finding, Interpretation, FindingId } from './types';
export type { FindingParams } from './types';
export { ANALYTES, URGENCIES } from './types';
export { altTier } from './alt-tier';
export { jsndGrade } from './grades';
export { fib4, fib4LowCutoff } from './fib4';
export { interpret } from './interpret';
export { compareUrgency, maxUrgency } from './urgency';
export { ALT_TIER_BANDS, GRADE_BANDS, type Band } from './thresholds';
export { inBand } from './bands';
