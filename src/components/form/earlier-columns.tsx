import { useTranslation } from 'react-i18next';
import type { FieldCheck } from '../../input/check-field';
import { EARLIER_FIELD_IDS, type EarlierCheck, type EarlierColumn, type EarlierFieldId, type EarlierTexts } from '../../input/earlier';
import type { FieldId, UnitChoice, UnitId } from '../../input/fields';
import { unitOf } from '../../input/form-units';
import { FieldMessage, hasFieldMessage, MessageArea, ValueInput } from './field-message';
import { Mixed } from '../../i18n/lang-runs';
import { ageNote, DateInput, earlierId } from './earlier-cells';

export interface EarlierColumnsProps {
  columns: readonly EarlierTexts[];
  checks: readonly EarlierCheck[];
  units: UnitChoice;
  todayAgeGiven: boolean;
  onTextChange: (column: number, field: EarlierFieldId, text: string, judge?: boolean) => void;
  onDateChange: (column: number, text: string) => void;
  onUnitChange: (field: FieldId, unit: UnitId) => void;
}

const COLUMNS = ['previous', 'beforePrevious'] as const satisfies readonly EarlierColumn[];

/** The 前回 and 前々回 columns themselves: loaded when the section is first opened. */
export function EarlierColumns(props: EarlierColumnsProps) {
  const { columns, checks } = props;
  return (
    <>
      {COLUMNS.map((column, index) => {
        const texts = columns[index];
        const check = checks[index];
        if (!texts || !check) return null;
        return <EarlierColumnFields key={column} column={column} index={index} texts={texts} check={check} {...props} />;
      })}
    </>
  );
}

interface ColumnProps extends EarlierColumnsProps {
  column: EarlierColumn;
  index: number;
  texts: EarlierTexts;
  check: EarlierCheck;
}

function EarlierColumnFields({ column, index, texts, check, units, todayAgeGiven, onTextChange, onDateChange, onUnitChange }: ColumnProps) {
  const { t } = useTranslation();
  // Fixed ids: the summary's "not included" list links to these boxes.
  const dateId = earlierId(index, 'date');
  const columnName = t(`earlier.columns.${column}`);
  const dateInvalid = check.date.status === 'invalid';
  return (
    <fieldset className="earlier-column">
      <legend>
        <Mixed>{t(`earlier.legends.${column}`)}</Mixed>
      </legend>
      <div className={`field${dateInvalid ? ' field-invalid' : ''}`}>
        <label htmlFor={dateId}>
          {t('earlier.date', { column: columnName })} <span className="optional">({t('form.optional')})</span>
        </label>
        <p className="hint" id={`${dateId}-hint`}>
          <Mixed>{t('earlier.dateHint')}</Mixed>
        </p>
        <div className="field-row">
          <DateInput id={dateId} text={texts.date} invalid={dateInvalid} hintId={`${dateId}-hint`} onChange={(text) => onDateChange(index, text)} />
        </div>
        <div id={`${dateId}-message`} className="message error" aria-live="polite">
          {dateInvalid && <p>{t('earlier.dateInvalid')}</p>}
        </div>
      </div>
      {EARLIER_FIELD_IDS.map((field) => (
        <EarlierField
          key={field}
          id={earlierId(index, field)}
          field={field}
          columnName={columnName}
          text={texts.values[field]}
          check={check.checks[field]}
          unit={unitOf(field, units)}
          onTextChange={(text, judge) => onTextChange(index, field, text, judge)}
          onUnitChange={(unit) => onUnitChange(field, unit)}
        />
      ))}
      <p className="age-note">{ageNote(t, check, todayAgeGiven)}</p>
    </fieldset>
  );
}

interface EarlierFieldProps {
  id: string;
  field: EarlierFieldId;
  columnName: string;
  text: string;
  check: FieldCheck;
  unit: UnitId;
  onTextChange: (text: string, judge: boolean) => void;
  onUnitChange: (unit: UnitId) => void;
}

function EarlierField({ id, field, columnName, text, check, unit, onTextChange, onUnitChange }: EarlierFieldProps) {
  const { t } = useTranslation();
  const invalid = check.status === 'invalid';
  const unitLabel = t(`units.${unit}`);
  const message = hasFieldMessage(check) ? (
    <FieldMessage field={field} text={text} check={check} unitLabel={unitLabel} onTextChange={(fixed) => onTextChange(fixed, true)} onUnitChange={onUnitChange} />
  ) : null;
  return (
    <div className={`field${invalid ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{t('earlier.fieldName', { name: t(`fields.${field}`), column: columnName })}</label>
      <div className="field-row">
        <ValueInput id={id} text={text} invalid={invalid} describedBy={message ? `${id}-message` : undefined} onChange={onTextChange} />
        <span className="unit">{unitLabel}</span>
      </div>
      <MessageArea id={`${id}-message`} invalid={invalid}>
        {message}
      </MessageArea>
    </div>
  );
}
