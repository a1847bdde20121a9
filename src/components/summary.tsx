import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldId } from '../input/fields';
import type { DemoCase } from '../reception/demo-cases';
import { URGENCIES, type Urgency } from '../rules';

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

/** Re-renders only when what it shows changes (a language change still does, through the hook). */
export const Summary = memo(SummaryView, (a, b) => a.urgency === b.urgency && a.demo === b.demo && a.leftOut.join() === b.leftOut.join());

function SummaryView({ urgency, leftOut, demo }: SummaryProps) {
  const { t } = useTranslation();
  // The fixed wording, every level's included, looked up once per language, not on each keystroke.
  const text = useMemo(
    () => ({
      title: t('summary.title'),
      nextStep: t('summary.nextStep'),
      notDiagnosis: t('summary.notDiagnosis'),
      empty: t('results.empty'),
      levels: Object.fromEntries(
        URGENCIES.map((level) => [
          level,
          { title: t(`urgency.${level}.title`, { ns: 'explain' }), nextStep: t(`urgency.${level}.nextStep`, { ns: 'explain' }) },
        ]),
      ) as Record<Urgency, { title: string; nextStep: string }>,
    }),
    [t],
  );
  const leftOutNames = leftOut.map((field) => t(`fields.${field}`)).join(', ');
  return (
    <section className={`summary${urgency ? ` urgency-${urgency}` : ' summary-empty'}`} aria-labelledby="summary-title">
      <h2 id="summary-title">{text.title}</h2>
      {demo && <p className="demo-banner">{t('demo.banner', { name: t(`demo.cases.${demo}`) })}</p>}
      <div aria-live="polite" aria-atomic="true">
        {urgency ? (
          <>
            <p className="urgency-title">
              <span className="urgency-icon" aria-hidden="true">
                {URGENCY_ICON[urgency]}
              </span>
              <span>{text.levels[urgency].title}</span>
            </p>
            <p className="next-step">
              <strong>{text.nextStep}: </strong>
              {text.levels[urgency].nextStep}
            </p>
            <p className="not-diagnosis">{text.notDiagnosis}</p>
          </>
        ) : (
          <p className="invite">{text.empty}</p>
        )}
        {leftOut.length > 0 && <p className="left-out">{t('results.leftOut', { fields: leftOutNames })}</p>}
      </div>
    </section>
  );
}
