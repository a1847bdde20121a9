// The context lines as the form holds them (clinical-reference §2): "unknown" until the person
// chooses, and "unknown" is never passed on as negative.
import type { CheckupContext, LabValues, MarkerResult, UltrasoundResult } from '../rules/types';

export interface ContextChoice {
  hbsAg: MarkerResult | 'unknown';
  hcvAb: MarkerResult | 'unknown';
  ultrasound: UltrasoundResult | 'unknown';
}

export const EMPTY_CONTEXT: ContextChoice = { hbsAg: 'unknown', hcvAb: 'unknown', ultrasound: 'unknown' };

/** What the rules get: only what was chosen, and the earlier checkups' valid values. */
export function toContext(choice: ContextChoice, earlier: readonly LabValues[]): CheckupContext {
  return {
    ...(choice.hbsAg !== 'unknown' ? { hbsAg: choice.hbsAg } : {}),
    ...(choice.hcvAb !== 'unknown' ? { hcvAb: choice.hcvAb } : {}),
    ...(choice.ultrasound !== 'unknown' ? { ultrasound: choice.ultrasound } : {}),
    earlier,
  };
}

/** Whether anything besides "unknown" was chosen. */
export function hasChoice(choice: ContextChoice): boolean {
  return choice.hbsAg !== 'unknown' || choice.hcvAb !== 'unknown' || choice.ultrasound !== 'unknown';
}
