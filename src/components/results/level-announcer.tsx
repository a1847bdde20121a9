import { useTranslation } from 'react-i18next';
import type { Urgency } from '../../rules/types';

/** Brings the summary into view and puts the keyboard and screen-reader focus on it. */
export function showSummary(): void {
  const heading = document.getElementById('summary-title');
  heading?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  heading?.focus({ preventScroll: true });
}

/**
 * Says the level once, when it changes (values are judged when complete, so at most once per
 * field left), instead of the whole summary on every change.
 */
export function LevelAnnouncer({ urgency }: { urgency: Urgency | undefined }) {
  const { t } = useTranslation();
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {urgency ? t(`urgency.${urgency}.title`, { ns: 'explain' }) : ''}
    </p>
  );
}
