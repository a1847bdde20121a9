import type { FieldId, UnitChoice, UnitId } from './fields';

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
