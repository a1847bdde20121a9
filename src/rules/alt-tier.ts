import { assertValue, bandOf } from './bands';
import { ALT_TIER_BANDS } from './thresholds';
import type { AltTier } from './types';

/** §3.1: the ALT severity tier (clinic2026). */
export function altTier(alt: number): AltTier {
  assertValue('alt', alt);
  return bandOf(ALT_TIER_BANDS, alt).id;
}
