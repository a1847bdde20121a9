import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShowOnPhoneHandle } from '../../handoff';
import { LazyReadAloudButton, LazyShareButton, LazyShowOnPhoneButton } from '../../handoff/lazy';
import type { YearMonth } from '../../handoff/payload';
import { loadQrCode } from '../../handoff/qr-loader';
import type { ContextChoice } from '../../input/context-choice';
import { FIELD_IDS, FIELD_UNITS, REPORT_DECIMALS } from '../../input/fields';
import { currentLang } from '../../i18n/create-i18n';
import { formatNumber } from '../../i18n/format';
import type { Interpretation, LabValues } from '../../rules';
import { findingText } from '../results/finding-text';
import { useSharedResult } from './use-shared-result';

interface TakeAwayActionsProps {
  values: LabValues;
  /** Earlier checkups as the rules got them, most recent first (empty columns included). */
  earlier: readonly LabValues[];
  /** The earlier checkups' year and month where typed, aligned with `earlier`. */
  earlierDates: readonly (YearMonth | undefined)[];
  choice: ContextChoice;
  interpretation: Interpretation;
}

/**
 * What a person can take away: print, open on their own phone (QR), share, hear it read aloud.
 * The heavier controls load only when the result area first appears.
 */
export const TakeAwayActions = memo(function TakeAwayActions({ values, earlier, earlierDates, choice, interpretation }: TakeAwayActionsProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  // Next patient and the idle clear remount the session, which takes the QR code away with it.
  const showRef = useRef<ShowOnPhoneHandle>(null);
  const result = useSharedResult(values, earlier, earlierDates, choice);
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
  // The print sheet's QR code needs the encoder: wait for it (at once when the sheet has loaded it
  // already), then a frame, by which React has drawn the code into the sheet (its store update is
  // rendered in a microtask), then print. Without the encoder (offline) the sheet prints as it is.
  // (flushSync would do without the frame, but importing react-dom here costs the first load 0.7 KB.)
  const print = () => {
    void loadQrCode()
      .catch(() => undefined)
      .then(() => requestAnimationFrame(() => window.print()));
  };

  return (
    <div className="take-away-actions">
      <button type="button" className="secondary print-button" onClick={print}>
        {t('print.button')}
      </button>
      <LazyShowOnPhoneButton ref={showRef} result={result} />
      <LazyShareButton text={shareText} title={t('app.title')} />
      <LazyReadAloudButton lang={lang} texts={spoken} />
    </div>
  );
});
