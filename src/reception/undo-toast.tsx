import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface UndoToastProps {
  seconds: number;
  onUndo: () => void;
  onExpired: () => void;
}

/** "Cleared for the next person — Undo", for a few seconds after Next patient, then gone with what it could bring back. */
export function UndoToast({ seconds, onUndo, onExpired }: UndoToastProps) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = window.setTimeout(onExpired, seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [seconds, onExpired]);
  return (
    <div className="undo-toast" role="status">
      <span>{t('reception.cleared')}</span>
      <button type="button" className="secondary" onClick={onUndo}>
        {t('reception.undo')}
      </button>
    </div>
  );
}
