import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldCheck } from '../../input/check-field';
import type { FieldId, UnitId } from '../../input/fields';
import { currentLang } from '../../i18n/create-i18n';
import { formatNumber } from '../../i18n/format';

interface FieldMessageProps {
  field: FieldId;
  text: string;
  check: FieldCheck;
  unitLabel: string;
  onTextChange: (text: string) => void;
  onUnitChange: (unit: UnitId) => void;
}

/** What is wrong with a field and how to fix it, with the one-tap fixes for a suspected unit. */
export function FieldMessage({ field, text, check, unitLabel, onTextChange, onUnitChange }: FieldMessageProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
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
              <button type="button" onClick={() => onTextChange(check.fixText)}>
                {t('errors.fix', { fix, unit: unitLabel })}
              </button>
              <button type="button" className="secondary" onClick={() => onUnitChange(check.likelyUnit)}>
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

/** Whether FieldMessage has anything to say. */
export function hasFieldMessage(check: FieldCheck): boolean {
  return check.status === 'invalid' || (check.status === 'valid' && check.extreme !== undefined);
}

interface ValueInputProps {
  id: string;
  name?: string;
  text: string;
  invalid: boolean;
  describedBy: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  onChange: (text: string) => void;
}

/** A value's box, today's or an earlier column's: the text as typed, never changed by the app. */
export function ValueInput({ id, name, text, invalid, describedBy, inputRef, onChange }: ValueInputProps) {
  return (
    <input
      id={id}
      name={name}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      value={text}
      aria-invalid={invalid ? 'true' : undefined}
      aria-describedby={describedBy}
      ref={inputRef}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** The live area under a box: its message with an icon (✕ refused, ! to check, ✓ fixed), never colour alone. */
export function MessageArea({ id, invalid, fixed = false, children }: { id: string; invalid: boolean; fixed?: boolean; children: ReactNode }) {
  return (
    <div id={id} className={invalid ? 'message error' : 'message warning'} aria-live="polite">
      {children && (
        <>
          <span className="message-icon" aria-hidden="true">
            {invalid ? '✕' : fixed ? '✓' : '!'}
          </span>
          <div>{children}</div>
        </>
      )}
    </div>
  );
}
