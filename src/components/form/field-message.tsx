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
