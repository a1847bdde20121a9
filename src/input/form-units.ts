import type { AlbuminUnit, FieldId, PlateletUnit, UnitChoice, UnitId } from './fields';
import { unitInText } from './report-value';

/** The unit a field is read in: platelets and albumin as chosen, the rest have one unit each. */
export function unitOf(field: FieldId, units: UnitChoice): UnitId {
  switch (field) {
    case 'platelets':
      return units.platelets;
    case 'albumin':
      return units.albumin;
    case 'age':
      return 'years';
    default:
      return 'uPerL';
  }
}

/**
 * The unit choice after `text` was typed into `field`: a unit written in the text (`42 g/L`,
 * `23.5万`) selects that unit. The same object when nothing changes.
 */
export function unitsAfterTyping(units: UnitChoice, field: FieldId, text: string): UnitChoice {
  const unit = unitInText(field, text);
  if (unit === undefined || unit === unitOf(field, units)) return units;
  if (field === 'platelets') return { ...units, platelets: unit as PlateletUnit };
  if (field === 'albumin') return { ...units, albumin: unit as AlbuminUnit };
  return units;
}
