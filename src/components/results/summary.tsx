import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldId } from '../../input/fields';
import type { EarlierFieldId } from '../../input/earlier';
import type { DemoCase } from '../../reception/demo-cases';
import { URGENCIES, type Urgency } from '../../rules/types';
import { Mixed } from '../../i18n/lang-runs';

interface SummaryProps {
  /** undefined while nothing valid is entered: the page then claims nothing about health. */
  urgency: Urgency | undefined;
  /** §3.1: a liver reason holds, so a liver specialist may be named. */
  seeHepatologist?: boolean;
  leftOut: readonly LeftOut[];
  /** The example report on screen, if the values are one. */
  demo?: DemoCase['id'] | undefined;
}

/** A value not included until corrected: today's field, or one of an earlier column (0 前回, 1 前々回). */
export type LeftOut = { field: FieldId } | { column: number; field: EarlierFieldId | 'date' };

/** The id of the box to correct (the form's fields use these ids). */
export function leftOutInputId(item: LeftOut): string {
  return 'column' in item ? `earlier-${item.column}-${item.field}` : `field-${item.field}`;
}

/** A shape per level, so the level never depends on colour alone. */
export const URGENCY_ICON: Record<Urgency, string> = {
  ok: '✓',
  watch: 'i',
  consult: '!',
  examine: '!!',
  specialist: '!!!',
  urgent: '▲',
  emergency: '✚',
};

/** Levels where the symptom line leads, before the title (§3.13). */
const SYMPTOMS_FIRST: ReadonlySet<Urgency> = new Set<Urgency>(['urgent', 'emergency']);
/** Levels whose next step sends the person to a doctor they may not have: say where to go without one. */
const NO_FAMILY_DOCTOR: ReadonlySet<Urgency> = new Set<Urgency>(['consult', 'examine', 'specialist', 'urgent']);
/** Levels where the family doctor comes first and may refer on to a liver specialist (§3.1). */
const VIA_FAMILY_DOCTOR: ReadonlySet<Urgency> = new Set<Urgency>(['consult', 'examine']);

/** Re-renders only when what it shows changes (a language change still does, through the hook). */
export const Summary = memo(
  SummaryView,
  (a, b) =>
    a.urgency === b.urgency &&
    a.seeHepatologist === b.seeHepatologist &&
    a.demo === b.demo &&
    a.leftOut.map(leftOutInputId).join() === b.leftOut.map(leftOutInputId).join(),
);

/**
 * The one place that says whom to see and when: the level's title and next step, the liver
 * specialist only when a liver reason holds, where to go without a family doctor, and on every
 * result the symptoms that mean "today" whatever the numbers.
 */
function SummaryView({ urgency, seeHepatologist = false, leftOut, demo }: SummaryProps) {
  const { t } = useTranslation();
  // The fixed wording, every level's included, looked up once per language, not on each keystroke.
  const text = useMemo(
    () => ({
      title: t('summary.title'),
      nextStep: t('summary.nextStep'),
      notDiagnosis: t('summary.notDiagnosis'),
      empty: t('results.empty'),
      symptoms: t('care.symptoms', { ns: 'explain' }),
      viaFamilyDoctor: t('care.viaFamilyDoctor', { ns: 'explain' }),
      noFamilyDoctor: t('care.noFamilyDoctor', { ns: 'explain' }),
      levels: Object.fromEntries(
        URGENCIES.map((level) => [
          level,
          { title: t(`urgency.${level}.title`, { ns: 'explain' }), nextStep: t(`urgency.${level}.nextStep`, { ns: 'explain' }) },
        ]),
      ) as Record<Urgency, { title: string; nextStep: string }>,
    }),
    [t],
  );
  // The specialist level names the liver specialist; without a liver reason (never expected) it
  // falls back to the detailed check through the family doctor, so the prompt never shows unfounded.
  const step = urgency === 'specialist' && !seeHepatologist ? text.levels.examine.nextStep : urgency && text.levels[urgency].nextStep;
  const symptoms = (
    <p className="symptoms">
      <span className="symptoms-icon" aria-hidden="true">
        ⚠
      </span>
      <span>{text.symptoms}</span>
    </p>
  );
  return (
    <section id="summary" className={`summary${urgency ? ` urgency-${urgency}` : ' summary-empty'}`} aria-labelledby="summary-title">
      <h2 id="summary-title" tabIndex={-1}>
        {text.title}
      </h2>
      {demo && <p className="demo-banner">{t('demo.banner', { name: t(`demo.cases.${demo}`) })}</p>}
      {/* Not a live region: LevelAnnouncer says the level once when it changes. */}
      <div>
        {urgency ? (
          <>
            {SYMPTOMS_FIRST.has(urgency) && symptoms}
            <p className="urgency-title">
              <span className="urgency-icon" aria-hidden="true">
                {URGENCY_ICON[urgency]}
              </span>
              <span>{text.levels[urgency].title}</span>
            </p>
            <p className="next-step">
              <strong>{text.nextStep}: </strong>
              {step}
            </p>
            {seeHepatologist && VIA_FAMILY_DOCTOR.has(urgency) && <p className="hepatologist">{text.viaFamilyDoctor}</p>}
            {NO_FAMILY_DOCTOR.has(urgency) && <p className="no-family-doctor">
                <Mixed>{text.noFamilyDoctor}</Mixed>
              </p>}
            {!SYMPTOMS_FIRST.has(urgency) && symptoms}
            <p className="not-diagnosis">{text.notDiagnosis}</p>
          </>
        ) : (
          <p className="invite">{text.empty}</p>
        )}
        {leftOut.length > 0 && (
          <div className="left-out">
            <p>{t('results.leftOutTitle')}</p>
            <ul>
              {leftOut.map((item) => {
                const inputId = leftOutInputId(item);
                const column = 'column' in item ? t(`earlier.columns.${item.column === 0 ? 'previous' : 'beforePrevious'}`) : undefined;
                const name =
                  column === undefined
                    ? t(`fields.${item.field as FieldId}`)
                    : item.field === 'date'
                      ? t('earlier.date', { column })
                      : t('earlier.fieldName', { name: t(`fields.${item.field}`), column });
                return (
                  <li key={inputId}>
                    {/* Each links to its field (GOV.UK error summary): one tap to the box to correct. */}
                    <a
                      href={`#${inputId}`}
                      onClick={(event) => {
                        const input = document.getElementById(inputId);
                        if (!input) return;
                        event.preventDefault();
                        input.scrollIntoView?.({ block: 'center' });
                        input.focus({ preventScroll: true });
                      }}
                    >
                      {name}
                    </a>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
