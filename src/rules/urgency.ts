import { URGENCIES, type Grade, type Urgency } from './types';

/** Negative when a is less urgent than b, 0 when equal. */
export function compareUrgency(a: Urgency, b: Urgency): number {
  return URGENCIES.indexOf(a) - URGENCIES.indexOf(b);
}

export function maxUrgency(...levels: Urgency[]): Urgency {
  return levels.reduce<Urgency>((max, level) => (compareUrgency(level, max) > 0 ? level : max), 'ok');
}

/** §3.9: grade B → watch, C → consult, D → specialist (platelets ≥ 40 is handled by the caller). */
export const GRADE_URGENCY: Record<Grade, Urgency> = { A: 'ok', B: 'watch', C: 'consult', D: 'specialist' };
