import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldCheck } from '../../input/check-field';
import type { FormTexts } from '../../input/check-form';
import { EARLIER_COLUMNS, type EarlierCheck, type EarlierFieldId, type EarlierTexts } from '../../input/earlier';
import { FIELD_IDS, type FieldId, type UnitChoice, type UnitId } from '../../input/fields';
import { unitOf } from '../../input/form-units';
import { Mixed } from '../../i18n/lang-runs';
import { LabField, type EarlierRow } from './lab-field';
import type { TableParts } from './use-table-parts';

/** Wide screens: the earlier checkups as columns of the same table (today · 前回 · 前々回). */
export interface EarlierTable {
  parts: TableParts;
  columns: readonly EarlierTexts[];
  checks: readonly EarlierCheck[];
  todayAgeGiven: boolean;
  onTextChange: (column: number, field: EarlierFieldId, text: string, judge?: boolean) => void;
  onDateChange: (column: number, text: string) => void;
}

interface LabFormProps {
  texts: FormTexts;
  units: UnitChoice;
  checks: Record<FieldId, FieldCheck>;
  onTextChange: (field: FieldId, text: string, judge?: boolean) => void;
  onUnitChange: (field: FieldId, unit: UnitId) => void;
  table?: EarlierTable | undefined;
}

export function LabForm({ texts, units, checks, onTextChange, onUnitChange, table }: LabFormProps) {
  const { t } = useTranslation();
  // The same elements until the language changes: React skips them on each keystroke.
  const heading = useMemo(
    () => (
      <>
        <h2 id="form-title">{t('form.title')}</h2>
        <p className="intro">{t('form.intro')}</p>
      </>
    ),
    [t],
  );
  const parts = table?.parts;
  // The table's intro and column headings: shown by the style sheet from 600 px, before the app
  // starts too, so the rows below never move when the earlier boxes arrive. The headings are
  // hidden from screen readers: every box names its own column.
  const tableTop = useMemo(
    () => (
      <>
        <p className="hint table-intro">
          <Mixed>{t('earlier.tableIntro')}</Mixed>
        </p>
        <div className="table-head" aria-hidden="true">
          <span>{t('printExtra.columns.today')}</span>
          {EARLIER_COLUMNS.map((column) => (
            <span key={column}>{t(`printExtra.columns.${column}`)}</span>
          ))}
          <span />
        </div>
      </>
    ),
    [t],
  );
  return (
    <form className={table ? 'lab-form table' : 'lab-form'} aria-labelledby="form-title" noValidate onSubmit={(event) => event.preventDefault()}>
      {heading}
      {tableTop}
      {FIELD_IDS.map((field) => (
        <Fragment key={field}>
          <LabField
            field={field}
            text={texts[field]}
            unit={unitOf(field, units)}
            check={checks[field]}
            onTextChange={onTextChange}
            onUnitChange={onUnitChange}
            table={parts}
            earlier={table && field !== 'age' ? earlierRow(field, table) : undefined}
            onEarlierTextChange={table?.onTextChange}
          />
          {/* After today's age: when each earlier checkup was, and the age worked out for it. */}
          {table && field === 'age' && (
            <>
              <table.parts.DateRow columns={table.columns} checks={table.checks} onDateChange={table.onDateChange} />
              <table.parts.AgeNotes checks={table.checks} todayAgeGiven={table.todayAgeGiven} />
            </>
          )}
        </Fragment>
      ))}
    </form>
  );
}

function earlierRow(field: EarlierFieldId, { columns, checks }: EarlierTable): EarlierRow {
  return { texts: columns.map((c) => c.values[field]), checks: checks.map((c) => c.checks[field]) };
}
