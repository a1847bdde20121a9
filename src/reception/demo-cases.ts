import type { FormTexts } from '../input/check-form';
import { DEFAULT_UNITS, type UnitChoice } from '../input/fields';

/**
 * Example reports for staff demonstrations. Made up, clearly labelled as examples on screen,
 * each chosen to show one pattern of clinical-reference §3.
 */
export interface DemoCase {
  id: 'healthy' | 'fattyLiver' | 'alcohol' | 'exercise' | 'fibrosis' | 'acute';
  texts: FormTexts;
  units: UnitChoice;
}

export const DEMO_CASES: readonly DemoCase[] = [
  { id: 'healthy', texts: { ast: '21', alt: '17', ggt: '24', albumin: '4.4', platelets: '25.1', age: '46' }, units: DEFAULT_UNITS },
  // ALT above AST, γ-GTP moderately raised: the usual fatty-liver picture.
  { id: 'fattyLiver', texts: { ast: '38', alt: '62', ggt: '88', albumin: '4.5', platelets: '22.4', age: '49' }, units: DEFAULT_UNITS },
  // AST more than twice ALT with a high γ-GTP: the alcohol pattern (De Ritis).
  { id: 'alcohol', texts: { ast: '96', alt: '44', ggt: '310', albumin: '4.0', platelets: '17.5', age: '58' }, units: DEFAULT_UNITS },
  // AST alone raised in a young person after training: muscle, not liver, is the likely source.
  { id: 'exercise', texts: { ast: '44', alt: '24', ggt: '22', albumin: '4.6', platelets: '26.0', age: '29' }, units: DEFAULT_UNITS },
  // Low platelets and albumin with age: FIB-4 high.
  { id: 'fibrosis', texts: { ast: '52', alt: '41', ggt: '65', albumin: '3.6', platelets: '11.2', age: '68' }, units: DEFAULT_UNITS },
  // Both enzymes far above 500 U/L: acute hepatitis range.
  { id: 'acute', texts: { ast: '820', alt: '1250', ggt: '240', albumin: '4.0', platelets: '19.0', age: '38' }, units: DEFAULT_UNITS },
];
