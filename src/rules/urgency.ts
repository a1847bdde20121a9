import { URGENCIES, type Urgency } from './types';

/** Negative when `a` is less urgent than `b`, 0 when equal, positive when more urgent. */
export function compareUrgency(a: Urgency, b: Urgency): number {
  return URGENCIES.indexOf(a) - URGENCIES.indexOf(b);
}

/** The most urgent of `levels`; 'ok' when there are none. */
export function maxUrgency(...levels: Urgency[]): Urgency {
  return levels.reduce<Urgency>((max, level) => (compareUrgency(level, max) > 0 ? level : max), 'ok');
}
