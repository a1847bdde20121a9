import { memo, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldCheck } from '../../input/check-field';
import { FIELD_UNITS, type FieldId, type UnitId } from '../../input/fields';
import { FieldMessage, hasFieldMessage, MessageArea, ValueInput } from './field-message';
import type { EarlierFieldId } from '../../input/earlier';
import type { TableParts } from './use-table-parts';
import { Mixed } from '../../i18n/lang-runs';

/** One analyte's earlier values, for its row in the wide screens' table. */
export interface EarlierRow {
  texts: readonly string[];
  checks: readonly FieldCheck[];
}

const sameRow = (a: EarlierRow | undefined, b: EarlierRow | undefined) =>
  a === b || (!!a && !!b && a.texts.every((text, i) => text === b.texts[i]) && a.checks.every((check, i) => check === b.checks[i]));

interface LabFieldProps {
  field: FieldId;
  text: string;
  unit: UnitId;
  check: FieldCheck;
  /** `judge`: the new text is complete (a one-tap fix), judge it at once. */
  onTextChange: (field: FieldId, text: string, judge?: boolean) => void;
  onUnitChange: (field: FieldId, unit: UnitId) => void;
  /** Wide screens: the row's 前回 and 前々回 boxes beside today's (not for age, which is worked out). */
  earlier?: EarlierRow | undefined;
  table?: TableParts | undefined;
  onEarlierTextChange?: (column: number, field: EarlierFieldId, text: string, judge?: boolean) => void;
}

/** A field re-renders only when its own text, unit or judgement changes (today's or its row's). */
export const LabField = memo(
  LabFieldView,
  (a, b) =>
    a.text === b.text &&
    a.unit === b.unit &&
    a.field === b.field &&
    a.check === b.check &&
    a.table === b.table &&
    sameRow(a.earlier, b.earlier),
);

function LabFieldView({ field, text, unit, check, onTextChange, onUnitChange, earlier, table, onEarlierTextChange }: LabFieldProps) {
  const { t } = useTranslation();
  const inputId = `field-${field}`;
  const hintId = `${inputId}-hint`;
  const messageId = `${inputId}-message`;
  const units = FIELD_UNITS[field];
  // The fixed wording, looked up once per language and unit rather than on each keystroke.
  const words = useMemo(() => {
    const label = t(`fields.${field}`);
    return {
      label,
      optional: t('form.optional'),
      // Age is optional: its hint also says what it adds (FIB-4).
      hint:
        field === 'age'
          ? `${t('age.reportHint', { ns: 'explain' })} ${t('age.why', { ns: 'explain' })}`
          : t(`analytes.${field}.reportHint`, { ns: 'explain' }),
      unitOf: t('form.unitOf', { name: label }),
      units: Object.fromEntries(FIELD_UNITS[field].map((option) => [option, t(`units.${option}`)])) as Record<UnitId, string>,
    };
  }, [t, field]);
  const unitLabel = words.units[unit];
  const invalid = check.status === 'invalid';
  const inputRef = useRef<HTMLInputElement>(null);
  // After a one-tap fix: focus back on the field, and say what changed (GOV.UK error pattern).
  const [fixed, setFixed] = useState<string | undefined>(undefined);
  const afterFix = (said: string) => {
    inputRef.current?.focus();
    setFixed(said);
  };
  const message = hasFieldMessage(check) ? (
    <FieldMessage
      field={field}
      text={text}
      check={check}
      unitLabel={unitLabel}
      onTextChange={(fixedText) => {
        onTextChange(field, fixedText, true);
        afterFix(t('errors.fixedValue', { name: words.label, value: fixedText, unit: unitLabel }));
      }}
      onUnitChange={(likely) => {
        onUnitChange(field, likely);
        afterFix(t('errors.fixedUnit', { name: words.label, unit: words.units[likely] }));
      }}
    />
  ) : fixed ? (
    <p>{fixed}</p>
  ) : null;
  const describedBy = message ? `${hintId} ${messageId}` : hintId;

  return (
    <div className={`field${invalid ? ' field-invalid' : ''}`}>
      <label htmlFor={inputId}>
        {words.label}
        {field === 'age' && <span className="optional"> ({words.optional})</span>}
      </label>
      <p id={hintId} className="hint">
        <Mixed>{words.hint}</Mixed>
      </p>
      <div className="field-row">
        <ValueInput
          id={inputId}
          name={field}
          text={text}
          invalid={invalid}
          describedBy={describedBy}
          inputRef={inputRef}
          onChange={(value, whole) => {
            if (fixed !== undefined) setFixed(undefined);
            onTextChange(field, value, whole);
          }}
        />
        {table && earlier && onEarlierTextChange && field !== 'age' && <table.EarlierCells field={field} row={earlier} onTextChange={onEarlierTextChange} />}
        {/* Age is worked out for the earlier checkups (under the date row), not typed. */}
        {table && field === 'age' && (
          <>
            <span className="cell" aria-hidden="true" />
            <span className="cell" aria-hidden="true" />
          </>
        )}
        {units.length > 1 ? (
          <select
            name={`${field}-unit`}
            aria-label={words.unitOf}
            value={unit}
            onChange={(event) => onUnitChange(field, event.target.value as UnitId)}
          >
            {units.map((option) => (
              <option key={option} value={option}>
                {words.units[option]}
              </option>
            ))}
          </select>
        ) : (
          <span className="unit">{unitLabel}</span>
        )}
      </div>
      <MessageArea id={messageId} invalid={invalid} fixed={!hasFieldMessage(check)}>
        {message}
      </MessageArea>
      {table && earlier && onEarlierTextChange && field !== 'age' && (
        <table.EarlierCellMessages field={field} row={earlier} unitLabel={unitLabel} onTextChange={onEarlierTextChange} onUnitChange={onUnitChange} />
      )}
    </div>
  );
}
