import type { FormTexts } from '../../input/check-form';
import { DEFAULT_UNITS, FIELD_IDS, FIELD_UNITS, type AlbuminUnit, type PlateletUnit, type UnitChoice } from '../../input/fields';

export interface EarlyInput {
  texts: FormTexts;
  units: UnitChoice;
  /** The field being typed in, where the page is drawn anew (reception mode): typing goes on there. */
  focused?: string;
}

/**
 * What a person typed or chose in the prerendered form before the app started (on a slow
 * connection the page shows seconds before React runs): read from the DOM, so that it is
 * interpreted as if typed after the start. Undefined when the form is untouched.
 */
export function readEarlyInput(root: ParentNode | null | undefined): EarlyInput | undefined {
  if (!root) return undefined;
  const texts = {} as FormTexts;
  for (const field of FIELD_IDS) texts[field] = root.querySelector<HTMLInputElement>(`input[name="${field}"]`)?.value ?? '';
  const chosen = (field: 'platelets' | 'albumin') => {
    const value = root.querySelector<HTMLSelectElement>(`select[name="${field}-unit"]`)?.value;
    return FIELD_UNITS[field].find((unit) => unit === value);
  };
  const platelets = (chosen('platelets') as PlateletUnit | undefined) ?? DEFAULT_UNITS.platelets;
  const albumin = (chosen('albumin') as AlbuminUnit | undefined) ?? DEFAULT_UNITS.albumin;
  const units = platelets === DEFAULT_UNITS.platelets && albumin === DEFAULT_UNITS.albumin ? DEFAULT_UNITS : { platelets, albumin };
  if (units === DEFAULT_UNITS && FIELD_IDS.every((field) => texts[field] === '')) return undefined;
  const active = document.activeElement;
  return active instanceof HTMLInputElement && root.contains(active) ? { texts, units, focused: active.name } : { texts, units };
}
