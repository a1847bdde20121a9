import type { SharedCheckup, SharedResult } from '../../handoff/payload';
import { EMPTY_EARLIER, EARLIER_FIELD_IDS, type EarlierTexts } from '../../input/earlier';
import { FIELD_IDS } from '../../input/fields';
import { EMPTY_SESSION, type SessionSnapshot } from './use-patient-form';

/** Canonical numbers as the form shows them: plain digits, a dot for decimals (23.5). */
const asText = (value: number | undefined) => (value === undefined ? '' : String(value));

/**
 * A shared result (canonical units) as the form holds it: default units, values as text, the
 * earlier columns most recent first with their year and month as "2025-08" (their ages are worked
 * out again from today's and the dates), the choices.
 */
export function fromShared(result: SharedResult): SessionSnapshot {
  const texts = { ...EMPTY_SESSION.texts };
  for (const field of FIELD_IDS) texts[field] = asText(result.today[field]);
  const column = (values: SharedCheckup | undefined): EarlierTexts => {
    const filled = { ...EMPTY_EARLIER.values };
    for (const field of EARLIER_FIELD_IDS) filled[field] = asText(values?.[field]);
    const date = values?.date;
    return { values: filled, date: date ? `${date.year}-${String(date.month).padStart(2, '0')}` : '' };
  };
  return {
    ...EMPTY_SESSION,
    texts,
    earlierTexts: [column(result.earlier[0]), column(result.earlier[1])],
    earlierOpen: result.earlier.length > 0,
    choice: { hbsAg: result.hbsAg ?? 'unknown', hcvAb: result.hcvAb ?? 'unknown', ultrasound: result.ultrasound ?? 'unknown' },
  };
}
