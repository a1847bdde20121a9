import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowOnPhoneHandle, SharedResult } from '../../handoff';
import { LazyReadAloudButton, LazyShareButton, LazyShowOnPhoneButton } from '../../handoff/lazy';
import type { ContextChoice } from '../../input/context-choice';
import { FIELD_IDS, FIELD_UNITS, PLAUSIBILITY, REPORT_DECIMALS } from '../../input/fields';
import { currentLang } from '../../i18n/create-i18n';
import { formatNumber } from '../../i18n/format';
import type { Interpretation, LabValues } from '../../rules';
import { findingText } from '../results/finding-text';

interface TakeAwayActionsProps {
  values: LabValues;
  /** Earlier checkups as the rules got them, most recent first (empty columns included). */
  earlier: readonly LabValues[];
  choice: ContextChoice;
  interpretation: Interpretation;
}

/**
 * What a person can take away: print, open on their own phone (QR), share, hear it read aloud.
 * The heavier controls load only when the result area first appears.
 */
export const TakeAwayActions = memo(function TakeAwayActions({ values, earlier, choice, interpretation }: TakeAwayActionsProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  // Next patient and the idle clear remount the session, which takes the QR code away with it.
  const showRef = useRef<ShowOnPhoneHandle>(null);
  const result = useMemo<SharedResult>(
    () => ({
      lang,
      today: values,
      // Columns with no value are left out; each keeps its own age where that age is one the app accepts.
      earlier: earlier
        .filter((column) => Object.keys(column).some((key) => key !== 'age'))
        .slice(0, 2)
        .map(({ age, ...rest }) => (age !== undefined && age >= PLAUSIBILITY.age.min && age <= PLAUSIBILITY.age.max ? { ...rest, age } : rest)),
      ...(choice.hbsAg !== 'unknown' ? { hbsAg: choice.hbsAg } : {}),
      ...(choice.hcvAb !== 'unknown' ? { hcvAb: choice.hcvAb } : {}),
      ...(choice.ultrasound !== 'unknown' ? { ultrasound: choice.ultrasound } : {}),
    }),
    [lang, values, earlier, choice],
  );
  // What is read aloud, in order: the summary, the next step, the symptom line, then each finding.
  const spoken = useMemo(() => {
    const { urgency } = interpretation;
    return [
      t(`urgency.${urgency}.title`, { ns: 'explain' }),
      `${t('summary.nextStep')}: ${t(`urgency.${urgency}.nextStep`, { ns: 'explain' })}`,
      t('care.symptoms', { ns: 'explain' }),
      ...interpretation.findings.filter((f) => !f.id.startsWith('grade.')).map((f) => findingText(i18n.getFixedT(lang, 'explain'), f)),
    ];
  }, [interpretation, t, i18n, lang]);
  // A short text to share: level, next step, values.
  const shareText = useMemo(() => {
    const shown = FIELD_IDS.flatMap((field) => {
      const value = values[field];
      return value === undefined ? [] : [`${t(`fields.${field}`)} ${formatNumber(value, lang, 2, REPORT_DECIMALS[field])} ${t(`units.${FIELD_UNITS[field][0]}`)}`];
    });
    return [spoken[0], spoken[1], shown.join(', '), t('summary.notDiagnosis')].join('\n');
  }, [spoken, values, t, lang]);

  return (
    <div className="take-away-actions">
      <button type="button" className="secondary print-button" onClick={() => window.print()}>
        {t('print.button')}
      </button>
      <LazyShowOnPhoneButton ref={showRef} result={result} />
      <LazyShareButton text={shareText} title={t('app.title')} />
      <LazyReadAloudButton lang={lang} texts={spoken} />
    </div>
  );
});
