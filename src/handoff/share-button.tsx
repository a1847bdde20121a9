import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

const subscribe = () => () => {};
const canShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';
/** The prerendered page has no Share button; hydration then adds it where the browser can share. */
const onServer = () => false;

interface ShareButtonProps {
  /** The short summary to send, in the page's language (the caller writes it). */
  text: string;
  /** Optional title for the share sheet. */
  title?: string;
}

/**
 * "Share": hands `text` to the device's share sheet (navigator.share). Not rendered where the
 * browser cannot share. Nothing is sent anywhere unless the person picks a target.
 */
export function ShareButton({ text, title }: ShareButtonProps) {
  const { t } = useTranslation();
  const supported = useSyncExternalStore(subscribe, canShare, onServer);
  if (!supported) return null;
  const share = () => {
    navigator.share(title === undefined ? { text } : { title, text }).catch(() => {
      // AbortError: the person closed the sheet. Anything else: nothing useful to add.
    });
  };
  return (
    <button type="button" className="secondary share-button" onClick={share}>
      {t('handoff.share')}
    </button>
  );
}
