import type { Analyte, Finding, FindingId } from '../../rules';

/** Findings that combine several values or come from the context (markers, ultrasound, earlier checkups). */
const COMBINED: ReadonlySet<FindingId> = new Set<FindingId>([
  'alcoholHint',
  'alcoholHintStrong',
  'astOnlyRise',
  'platelets.fibrosisCheck',
  'albumin.withFibrosisSigns',
]);
const COMBINED_PREFIXES = ['fib4.', 'hepatitis', 'fattyLiver.', 'ultrasound.', 'trend.'];

/** Every finding is drawn once: on its analyte's card, or in "Taken together". */
export function isCombined(finding: Finding): boolean {
  return finding.analyte === undefined || COMBINED.has(finding.id) || COMBINED_PREFIXES.some((p) => finding.id.startsWith(p));
}

/** Findings the card of `analyte` explains in its own words (grade and ALT tier are drawn separately). */
export function cardFindings(findings: readonly Finding[], analyte: Analyte): Finding[] {
  return findings.filter(
    (f) => f.analyte === analyte && !isCombined(f) && !f.id.startsWith('grade.') && !f.id.startsWith('altTier.'),
  );
}
