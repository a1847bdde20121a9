import { useTranslation } from 'react-i18next';
import type { DecodeResult } from './payload';
import './handoff.css';

interface SharedNoticeProps {
  /** What useSharedFragment() returned (not null). */
  shared: DecodeResult;
  /** Clear: empty the form and forget the shared result (dismisses the message of a bad link too). */
  onClear: () => void;
}

/**
 * Above the form of a page opened from a shared link: where the values came from and who may
 * see them, with Clear. For a link that could not be read, why, and the form stays empty.
 */
export function SharedNotice({ shared, onClear }: SharedNoticeProps) {
  const { t } = useTranslation();
  if (shared.ok) {
    return (
      <div className="shared-notice" role="status">
        <p>{t('handoff.notice')}</p>
        <button type="button" className="secondary" onClick={onClear}>
          {t('handoff.clear')}
        </button>
      </div>
    );
  }
  return (
    <div className="shared-notice shared-notice-bad" role="alert">
      <p>{t(`handoff.bad.${shared.reason}`)}</p>
      <button type="button" className="secondary" onClick={onClear}>
        {t('handoff.close')}
      </button>
    </div>
  );
}
