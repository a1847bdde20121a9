import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldCheck } from '../../input/check-field';
import type { FieldId, UnitId } from '../../input/fields';
import { currentLang } from '../../i18n/create-i18n';
import { formatNumber } from '../../i18n/format';
import { insertedText } from './use-patient-form';

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
  inputRef?: RefObject<HTMLInputElement | null>;
  /** `whole`: a value pasted or filled in at once (two or more characters in one go), not typed key by key. */
  onChange: (text: string, whole: boolean) => void;
}

/** How long after the last key the box tells the form its text (judging waits for a pause anyway). */
const REPORT_AFTER_MS = 100;

/**
 * A value's box, today's or an earlier column's: the text as typed, never changed by the app.
 *
 * The box holds its own text while a value is typed, so a key paints at once without redrawing the
 * form: the form hears of the new text a moment after the last key, and at once when the box is
 * left, Enter is pressed (before the form judges it) or a value is pasted. Text set from outside
 * (an example, a one-tap fix, a confirmed reading) is written into the box.
 */
export function ValueInput({ id, name, text, invalid, describedBy, inputRef, onChange }: ValueInputProps) {
  const ownRef = useRef<HTMLInputElement>(null);
  const ref = inputRef ?? ownRef;
  // The first text only: later text is written into the box (below), never through the value
  // attribute, which would leave the caret where it was.
  const [initialText] = useState(text);
  // What the box shows, what the form was last told, and whether a paste is among the changes since.
  const shown = useRef(text);
  const sent = useRef(text);
  const whole = useRef(false);
  const pending = useRef<number | undefined>(undefined);
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  const cancel = useCallback(() => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
  }, []);
  const flush = useCallback(() => {
    cancel();
    if (shown.current === sent.current) return;
    sent.current = shown.current;
    const wasWhole = whole.current;
    whole.current = false;
    onChangeRef.current(shown.current, wasWhole);
  }, [cancel]);
  useEffect(() => cancel, [cancel]);

  // Text from outside: the form's text is neither what the box shows nor the box's own last report.
  useLayoutEffect(() => {
    if (text === sent.current || text === shown.current) {
      sent.current = text;
      return;
    }
    cancel();
    shown.current = sent.current = text;
    whole.current = false;
    if (ref.current) ref.current.value = text;
  }, [text, ref, cancel]);

  return (
    <input
      id={id}
      name={name}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      defaultValue={initialText}
      aria-invalid={invalid ? 'true' : undefined}
      aria-describedby={describedBy}
      ref={ref}
      onChange={(event) => {
        const next = event.target.value;
        if (insertedText(shown.current, next).length >= 2) whole.current = true;
        shown.current = next;
        if (whole.current) return flush();
        // A moment after the last key: the key itself only paints its character.
        window.clearTimeout(pending.current);
        pending.current = window.setTimeout(flush, REPORT_AFTER_MS);
      }}
      onBlur={flush}
      onKeyDown={(event) => {
        if (event.key === 'Enter') flush();
      }}
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
