import type { Analyte, Finding, FindingId } from '../rules';

/** Findings that combine several values; they get their own section rather than one analyte's card. */
const COMBINED: ReadonlySet<FindingId> = new Set<FindingId>([
  'alcoholHint',
  'alcoholHintStrong',
  'astOnlyRise',
  'platelets.fibrosisCheck',
]);

export function isCombined(finding: Finding): boolean {
  return COMBINED.has(finding.id) || finding.id.startsWith('fib4.');
}

/** Findings the card of `analyte` explains in its own words (grade and ALT tier are drawn separately). */
export function cardFindings(findings: readonly Finding[], analyte: Analyte): Finding[] {
  return findings.filter(
    (f) => f.analyte === analyte && !isCombined(f) && !f.id.startsWith('grade.') && !f.id.startsWith('altTier.'),
  );
}
