import type { Analyte, Finding, FindingId, FindingParams, SourceId, Urgency } from './types';

/**
 * Builds a finding whose params are checked against `FindingParams` for its id, so the
 * numbers the translations expect cannot drift from what the rules produce. Sources are
 * copied: callers pass shared `as const` tables that must not be mutated through a result.
 */
export function finding<I extends FindingId>(
  id: I,
  urgency: Urgency,
  params: FindingParams[I],
  sources: readonly SourceId[],
  analyte?: Analyte,
): Finding {
  return { id, ...(analyte !== undefined ? { analyte } : {}), urgency, params, sources: [...sources] };
}
