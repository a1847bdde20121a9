import { useTranslation } from 'react-i18next';

/** Shown before an idle reception page is cleared; any touch or key (including the button) cancels. */
export function IdleCountdown({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  return (
    <div className="idle-countdown" role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-text">
      <p id="idle-title" className="idle-title">
        {t('reception.idleTitle')}
      </p>
      <p id="idle-text">{t('reception.countdown', { seconds })}</p>
      <button type="button">{t('reception.continue')}</button>
    </div>
  );
}
