import { useTranslation } from 'react-i18next';
import type { FieldId } from '../input/fields';
import type { DemoCase } from '../reception/demo-cases';
import type { Urgency } from '../rules';

interface SummaryProps {
  /** undefined while nothing valid is entered: the page then claims nothing about health. */
  urgency: Urgency | undefined;
  leftOut: readonly FieldId[];
  /** The example report on screen, if the values are one. */
  demo?: DemoCase['id'] | undefined;
}

/** A shape per level, so the level never depends on colour alone. */
const URGENCY_ICON: Record<Urgency, string> = {
  ok: '✓',
  watch: 'i',
  consult: '!',
  specialist: '!!',
  urgent: '!!!',
  emergency: '✚',
};

export function Summary({ urgency, leftOut, demo }: SummaryProps) {
  const { t } = useTranslation();
  const leftOutNames = leftOut.map((field) => t(`fields.${field}`)).join(', ');
  return (
    <section className={`summary${urgency ? ` urgency-${urgency}` : ' summary-empty'}`} aria-labelledby="summary-title">
      <h2 id="summary-title">{t('summary.title')}</h2>
      {demo && <p className="demo-banner">{t('demo.banner', { name: t(`demo.cases.${demo}`) })}</p>}
      <div aria-live="polite" aria-atomic="true">
        {urgency ? (
          <>
            <p className="urgency-title">
              <span className="urgency-icon" aria-hidden="true">
                {URGENCY_ICON[urgency]}
              </span>
              <span>{t(`urgency.${urgency}.title`, { ns: 'explain' })}</span>
            </p>
            <p className="next-step">
              <strong>{t('summary.nextStep')}: </strong>
              {t(`urgency.${urgency}.nextStep`, { ns: 'explain' })}
            </p>
            <p className="not-diagnosis">{t('summary.notDiagnosis')}</p>
          </>
        ) : (
          <p className="invite">{t('results.empty')}</p>
        )}
        {leftOut.length > 0 && <p className="left-out">{t('results.leftOut', { fields: leftOutNames })}</p>}
      </div>
    </section>
  );
}
