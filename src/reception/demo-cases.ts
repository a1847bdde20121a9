import type { FormTexts } from '../input/check-form';
import { EMPTY_CONTEXT, type ContextChoice } from '../input/context-choice';
import { EMPTY_EARLIER, type EarlierTexts } from '../input/earlier';
import { DEFAULT_UNITS, type UnitChoice } from '../input/fields';

/**
 * Example reports for staff demonstrations. Made up, clearly labelled as examples on screen,
 * each chosen to show one pattern of clinical-reference §3.
 */
export interface DemoCase {
  id: 'healthy' | 'fattyLiver' | 'alcohol' | 'exercise' | 'fibrosis' | 'acute' | 'altTwice' | 'hepatitisB' | 'fattyLiverScan';
  texts: FormTexts;
  units: UnitChoice;
  /** The 前回 and 前々回 columns, when the example has them. */
  earlier?: readonly EarlierTexts[];
  /** Hepatitis markers and ultrasound, when the example has them. */
  choice?: ContextChoice;
}

const column = (values: Partial<EarlierTexts['values']>, date = ''): EarlierTexts => ({ values: { ...EMPTY_EARLIER.values, ...values }, date });

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
  // ALT above 30 at this and the previous checkup: a rise that lasts (§3.12 trend.altPersistent).
  {
    id: 'altTwice',
    texts: { ast: '29', alt: '38', ggt: '45', albumin: '4.3', platelets: '24.0', age: '52' },
    units: DEFAULT_UNITS,
    earlier: [column({ ast: '31', alt: '42', ggt: '48', albumin: '4.4', platelets: '24.8' }), column({ ast: '24', alt: '27', ggt: '40', albumin: '4.4', platelets: '25.5' })],
  },
  // HBs antigen positive with normal enzymes: hepatitis B whatever the ALT (§3.10).
  {
    id: 'hepatitisB',
    texts: { ast: '24', alt: '22', ggt: '30', albumin: '4.4', platelets: '21.0', age: '47' },
    units: DEFAULT_UNITS,
    choice: { ...EMPTY_CONTEXT, hbsAg: 'positive', hcvAb: 'negative' },
  },
  // Fatty liver on ultrasound, platelets 18 and ALT 35: the Nara 2023 referral (§3.11).
  {
    id: 'fattyLiverScan',
    texts: { ast: '30', alt: '35', ggt: '52', albumin: '4.5', platelets: '18.0', age: '55' },
    units: DEFAULT_UNITS,
    choice: { ...EMPTY_CONTEXT, ultrasound: 'fattyLiver' },
  },
];
