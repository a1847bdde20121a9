import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldCheck } from '../input/check-field';
import { FIELD_UNITS, type FieldId, type UnitId } from '../input/fields';
import { currentLang } from '../i18n/create-i18n';
import { formatNumber } from '../i18n/format';

interface LabFieldProps {
  field: FieldId;
  text: string;
  unit: UnitId;
  check: FieldCheck;
  onTextChange: (field: FieldId, text: string) => void;
  onUnitChange: (field: FieldId, unit: UnitId) => void;
}

/** A field re-renders only when its own text or unit changes (its check is derived from them). */
export const LabField = memo(LabFieldView, (a, b) => a.text === b.text && a.unit === b.unit && a.field === b.field);

function LabFieldView({ field, text, unit, check, onTextChange, onUnitChange }: LabFieldProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
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
  const message = fieldMessage();
  const describedBy = message ? `${hintId} ${messageId}` : hintId;

  function fieldMessage() {
    if (check.status === 'invalid') {
      switch (check.error) {
        case 'notANumber':
          return <p>{t('errors.notANumber', { example: t(`form.examples.${field}`) })}</p>;
        case 'tooLow':
        case 'tooHigh':
          return (
            <p>
              {t(`errors.${check.error}`, {
                min: formatNumber(check.min, lang, 4),
                max: formatNumber(check.max, lang, 4),
                unit: unitLabel,
              })}
            </p>
          );
        case 'unitSuspect': {
          const fix = formatNumber(check.fixValue, lang, 4);
          const likelyUnit = t(`units.${check.likelyUnit}`);
          return (
            <>
              <p>{t('errors.unitSuspect', { likelyUnit, unit: unitLabel, fix })}</p>
              <div className="fix-actions">
                <button type="button" onClick={() => onTextChange(field, check.fixText)}>
                  {t('errors.fix', { fix, unit: unitLabel })}
                </button>
                <button type="button" className="secondary" onClick={() => onUnitChange(field, check.likelyUnit)}>
                  {t('errors.keepUnit', { typed: text.trim(), likelyUnit })}
                </button>
              </div>
            </>
          );
        }
      }
    }
    if (check.status === 'valid' && check.extreme) {
      return <p>{t(check.extreme === 'high' ? 'errors.extremeHigh' : 'errors.extremeLow')}</p>;
    }
    return null;
  }

  return (
    <div className={`field${invalid ? ' field-invalid' : ''}`}>
      <label htmlFor={inputId}>
        {words.label}
        {field === 'age' && <span className="optional"> ({words.optional})</span>}
      </label>
      <p id={hintId} className="hint">
        {words.hint}
      </p>
      <div className="field-row">
        <input
          id={inputId}
          name={field}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onTextChange(field, event.target.value)}
        />
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
      <div id={messageId} className={invalid ? 'message error' : 'message warning'} aria-live="polite">
        {message && (
          <>
            <span className="message-icon" aria-hidden="true">
              {invalid ? '✕' : '!'}
            </span>
            <div>{message}</div>
          </>
        )}
      </div>
    </div>
  );
}
