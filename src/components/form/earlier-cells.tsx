import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { EARLIER_COLUMNS, type EarlierCheck, type EarlierFieldId, type EarlierTexts } from '../../input/earlier';
import type { UnitId } from '../../input/fields';
import { FieldMessage, hasFieldMessage, MessageArea, ValueInput } from './field-message';
import { Mixed } from '../../i18n/lang-runs';
import type { EarlierRow } from './lab-field';

// The earlier checkups (前回, 前々回) as columns beside today's values, as reports print them:
// tablets and desktop. Phones show the same boxes in a section below (earlier-columns.tsx).

/** An earlier box's id: fixed, because the summary's "not included" list links to it. */
export const earlierId = (index: number, field: EarlierFieldId | 'date') => `earlier-${index}-${field}`;

interface CellsProps {
  field: EarlierFieldId;
  row: EarlierRow;
  /** `judge`: complete as it is (pasted, or a one-tap fix): judge it at once. */
  onTextChange: (column: number, field: EarlierFieldId, text: string, judge?: boolean) => void;
}

/** An analyte's 前回 and 前々回 boxes, each with its full name ("ALT (GPT), previous checkup"). */
export function EarlierCells({ field, row, onTextChange }: CellsProps) {
  const { t } = useTranslation();
  return (
    <>
      {EARLIER_COLUMNS.map((column, index) => {
        const id = earlierId(index, field);
        const check = row.checks[index];
        if (!check) return null;
        return (
          <div className="cell" key={column}>
            <label className="visually-hidden" htmlFor={id}>
              {t('earlier.fieldName', { name: t(`fields.${field}`), column: t(`earlier.columns.${column}`) })}
            </label>
            <ValueInput
              id={id}
              text={row.texts[index] ?? ''}
              invalid={check.status === 'invalid'}
              describedBy={hasFieldMessage(check) ? `${id}-message` : undefined}
              onChange={(text, whole) => onTextChange(index, field, text, whole)}
            />
          </div>
        );
      })}
    </>
  );
}

interface MessagesProps extends CellsProps {
  unitLabel: string;
  onUnitChange: (field: EarlierFieldId, unit: UnitId) => void;
}

/** What is wrong with an earlier box, under the row, named by its column (前回: …). */
export function EarlierCellMessages({ field, row, unitLabel, onTextChange, onUnitChange }: MessagesProps) {
  const { t } = useTranslation();
  return (
    <>
      {EARLIER_COLUMNS.map((column, index) => {
        const check = row.checks[index];
        if (!check) return null;
        const id = `${earlierId(index, field)}-message`;
        return (
          <MessageArea key={column} id={id} invalid={check.status === 'invalid'}>
            {hasFieldMessage(check) && (
              <>
                <p className="cell-column">{t(`printExtra.columns.${column}`)}</p>
                <FieldMessage
                  field={field}
                  text={row.texts[index] ?? ''}
                  check={check}
                  unitLabel={unitLabel}
                  onTextChange={(text) => onTextChange(index, field, text, true)}
                  onUnitChange={(unit) => onUnitChange(field, unit)}
                />
              </>
            )}
          </MessageArea>
        );
      })}
    </>
  );
}

interface DateRowProps {
  columns: readonly EarlierTexts[];
  checks: readonly EarlierCheck[];
  onDateChange: (column: number, text: string) => void;
}

/** The row after today's age: the year and month of each earlier checkup (optional, for the ages). */
export const DateRow = memo(function DateRow({ columns, checks, onDateChange }: DateRowProps) {
  const { t } = useTranslation();
  return (
    <div className="field date-row">
      <p className="row-label" aria-hidden="true">
        {t('earlier.dateRow')} <span className="optional">({t('form.optional')})</span>
      </p>
      <p className="hint" id="earlier-date-hint">
        <Mixed>{t('earlier.dateHint')}</Mixed>
      </p>
      <div className="field-row">
        <span className="cell today-date" aria-hidden="true">
          —
        </span>
        {EARLIER_COLUMNS.map((column, index) => {
          const id = earlierId(index, 'date');
          const dateInvalid = checks[index]?.date.status === 'invalid';
          return (
            <div className={`cell${dateInvalid ? ' cell-invalid' : ''}`} key={column}>
              <label className="visually-hidden" htmlFor={id}>
                {t('earlier.date', { column: t(`earlier.columns.${column}`) })}
              </label>
              <DateInput id={id} text={columns[index]?.date ?? ''} invalid={dateInvalid} hintId="earlier-date-hint" onChange={(text) => onDateChange(index, text)} />
            </div>
          );
        })}
        <span />
      </div>
      {EARLIER_COLUMNS.map((column, index) => (
        <MessageArea key={column} id={`${earlierId(index, 'date')}-message`} invalid>
          {checks[index]?.date.status === 'invalid' && (
            <>
              <p className="cell-column">{t(`printExtra.columns.${column}`)}</p>
              <p>{t('earlier.dateInvalid')}</p>
            </>
          )}
        </MessageArea>
      ))}
    </div>
  );
});

/** An earlier checkup's year and month ("2025-08", "2025年8月"), in the table or the phone's section. */
export function DateInput({ id, text, invalid, hintId, onChange }: { id: string; text: string; invalid: boolean; hintId: string; onChange: (text: string) => void }) {
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      value={text}
      aria-invalid={invalid ? 'true' : undefined}
      aria-describedby={invalid ? `${hintId} ${id}-message` : hintId}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** How the age at an earlier checkup was worked out, or what would let the app work it out. */
export function ageNote(t: TFunction, check: EarlierCheck, todayAgeGiven: boolean): string {
  if (check.age) {
    const { years, yearsBefore, basis } = check.age;
    return t(basis === 'dates' ? 'earlier.ageFromDates' : 'earlier.ageYearly', { age: years, years: yearsBefore, count: yearsBefore });
  }
  return todayAgeGiven ? '' : t('earlier.ageNeedsToday');
}

/** Under today's age in the table: the age at each earlier checkup, named by its column. */
export const AgeNotes = memo(function AgeNotes({ checks, todayAgeGiven }: { checks: readonly EarlierCheck[]; todayAgeGiven: boolean }) {
  const { t } = useTranslation();
  const notes = EARLIER_COLUMNS.map((column, index) => {
    const check = checks[index];
    return { column, note: check && Object.keys(check.values).length > 0 ? ageNote(t, check, todayAgeGiven) : '' };
  }).filter(({ note }) => note !== '');
  if (notes.length === 0) return null;
  return (
    <ul className="age-notes">
      {notes.map(({ column, note }) => (
        <li key={column} className="age-note">
          <span className="cell-column">{t(`printExtra.columns.${column}`)}</span> {note}
        </li>
      ))}
    </ul>
  );
});
