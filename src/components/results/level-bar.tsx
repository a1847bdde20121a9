import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Urgency } from '../../rules';
import { URGENCY_ICON } from './summary';
import { showSummary } from './level-announcer';

/**
 * While the summary is out of view and there is a result: a compact bar with the level and a
 * button to the summary, so the next step is always one tap away.
 */
export const LevelBar = memo(function LevelBar({ urgency }: { urgency: Urgency | undefined }) {
  const { t } = useTranslation();
  const [summaryInView, setSummaryInView] = useState(true);
  useEffect(() => {
    const summary = document.getElementById('summary');
    if (!summary || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setSummaryInView(entry?.isIntersecting ?? true), { threshold: 0 });
    observer.observe(summary);
    return () => observer.disconnect();
  }, []);
  if (!urgency || summaryInView) return null;
  return (
    <div className={`level-bar urgency-${urgency}`}>
      <span className="urgency-icon" aria-hidden="true">
        {URGENCY_ICON[urgency]}
      </span>
      <span className="level-bar-title">{t(`urgency.${urgency}.title`, { ns: 'explain' })}</span>
      <button type="button" className="secondary" onClick={showSummary}>
        {t('summary.see')}
      </button>
    </div>
  );
});
