// A confirmed reading (as edited in the dialog) → the form's whole state.
import type { SessionSnapshot } from '../components/form/use-patient-form';
import type { ContextChoice } from '../input/context-choice';
import { EMPTY_EARLIER, type EarlierTexts } from '../input/earlier';
import { DEFAULT_UNITS, type AlbuminUnit, type PlateletUnit, type UnitChoice } from '../input/fields';
import { REPORT_FIELDS, type ReportField, type ReportReading } from '../input/report-text';
import { parseNumber } from '../input/parse-number';

/** What the dialog edits: one text per field and column (current-first), age, the two units. */
export interface ImportDraft {
  cells: Record<ReportField, string[]>;
  age: string;
  units: UnitChoice;
  dates: (string | undefined)[];
  columnCount: number;
}

/** The units as printed; when a report prints none, the magnitude of its values decides. */
function unitsOf(reading: ReportReading): UnitChoice {
  const values = (field: ReportField) =>
    (reading.rows[field]?.cells ?? []).map((c) => parseNumber(c.text)).flatMap((p) => (p.ok ? [p.value] : []));
  const platelets: PlateletUnit =
    reading.units.platelets ?? (values('platelets').length > 0 && values('platelets').every((v) => v >= 100 && v < 2000) ? 'e3PerUl' : DEFAULT_UNITS.platelets);
  const albumin: AlbuminUnit =
    reading.units.albumin ?? (values('albumin').length > 0 && values('albumin').every((v) => v >= 10 && v <= 70) ? 'gPerL' : DEFAULT_UNITS.albumin);
  return { platelets, albumin };
}

export function draftOf(reading: ReportReading): ImportDraft {
  const cells = {} as Record<ReportField, string[]>;
  for (const field of REPORT_FIELDS) {
    cells[field] = Array.from({ length: reading.columnCount }, (_, i) => reading.rows[field]?.cells[i]?.text ?? '');
  }
  return { cells, age: reading.age?.text ?? '', units: unitsOf(reading), dates: reading.dates, columnCount: reading.columnCount };
}

/** The form's state from a confirmed draft; the hepatitis and ultrasound choices are kept. */
export function snapshotOf(draft: ImportDraft, choice: ContextChoice): SessionSnapshot {
  const column = (i: number) => Object.fromEntries(REPORT_FIELDS.map((field) => [field, (draft.cells[field][i] ?? '').trim()]));
  const today = column(0) as Record<ReportField, string>;
  const earlierTexts: EarlierTexts[] = [1, 2].map((i) =>
    i < draft.columnCount ? { values: column(i) as EarlierTexts['values'], date: draft.dates[i] ?? '' } : EMPTY_EARLIER,
  );
  const earlierOpen = earlierTexts.some((c) => Object.values(c.values).some((v) => v !== ''));
  return {
    texts: { ...today, age: draft.age.trim() },
    units: draft.units.platelets === DEFAULT_UNITS.platelets && draft.units.albumin === DEFAULT_UNITS.albumin ? DEFAULT_UNITS : draft.units,
    earlierTexts,
    earlierOpen,
    choice,
  };
}
