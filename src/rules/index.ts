// The clinical core's public surface (clinical-reference.md version 2). Numbers in, codes and numbers out.
export type {
  Analyte,
  LabValues,
  AltTier,
  Grade,
  Urgency,
  SourceId,
  Fib4,
  Fib4Band,
  Finding,
  FindingId,
  FindingParams,
  Interpretation,
  CheckupContext,
  MarkerResult,
  UltrasoundResult,
  Trend,
  TrendDirection,
  EarlierResult,
} from './types';
export { ANALYTES, URGENCIES, MARKER_RESULTS, ULTRASOUND_RESULTS, FIB4_BANDS } from './types';
export { altTier } from './alt-tier';
export { jsndGrade } from './grades';
export { fib4, fib4LowCutoff, truncateFib4 } from './fib4';
export { interpret } from './interpret';
export { compareUrgency, maxUrgency } from './urgency';
export { ALT_TIER_BANDS, GRADE_BANDS, FIB4, TREND, type Band } from './thresholds';
export { inBand } from './bands';
