import { PLATELETS } from './thresholds';
import { URGENCIES, type AltTier, type Analyte, type Grade, type SourceId, type Urgency } from './types';

/** Negative when `a` is less urgent than `b`, 0 when equal, positive when more urgent. */
export function compareUrgency(a: Urgency, b: Urgency): number {
  return URGENCIES.indexOf(a) - URGENCIES.indexOf(b);
}

/** The most urgent of `levels`; 'ok' when there are none (§3.9: "ok otherwise"). */
export function maxUrgency(...levels: Urgency[]): Urgency {
  return levels.reduce<Urgency>((max, level) => (compareUrgency(level, max) > 0 ? level : max), 'ok');
}

/** §3.9 (jsnd grades): B → watch, C → consult, D → specialist. */
export const GRADE_URGENCY = { A: 'ok', B: 'watch', C: 'consult', D: 'specialist' } as const satisfies Record<Grade, Urgency>;

/**
 * The level a grade raises for one analyte. Platelets ≥ 40 are grade D, but a high count is
 * not a liver sign, so §3.9 asks only for a physician there.
 */
export function gradeUrgency(analyte: Analyte, value: number, grade: Grade): Urgency {
  if (analyte === 'platelets' && value >= PLATELETS.highFrom) return 'consult';
  return GRADE_URGENCY[grade];
}

/**
 * §3.1 + §3.9, per ALT tier: the level it raises and the sources it rests on.
 * mild: ALT > 30 → physician (nara2023; mhlw guidance from 31). abnormal: ALT > 50 is grade D
 * (jsnd; mhlw "see a doctor" from 51). high: ALT > 100. veryHigh: > 300. extreme: > 500.
 */
export const ALT_TIER_RULES = {
  normal: { urgency: 'ok', sources: ['clinic2026', 'jsnd'] },
  mild: { urgency: 'consult', sources: ['clinic2026', 'nara2023', 'mhlw'] },
  abnormal: { urgency: 'specialist', sources: ['clinic2026', 'jsnd', 'mhlw'] },
  high: { urgency: 'specialist', sources: ['clinic2026', 'mhlw'] },
  veryHigh: { urgency: 'urgent', sources: ['clinic2026', 'mhlw'] },
  extreme: { urgency: 'emergency', sources: ['clinic2026', 'mhlw'] },
} as const satisfies Record<AltTier, { urgency: Urgency; sources: readonly SourceId[] }>;
