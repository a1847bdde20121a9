import { useCallback, useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedResult } from './payload';
import type { QrShape } from './qr-code';
import { QrImage } from './qr-image';
import { loadQrCode } from './qr-loader';
import './handoff.css';

export interface ShowOnPhoneHandle {
  /** Hides the code at once (Next patient, idle clear). Safe to call when nothing is shown. */
  hide(): void;
}

interface ShowOnPhoneButtonProps {
  /** The result to hand over, canonical units; read when the button is pressed. */
  result: SharedResult;
  /** How long the code stays on screen. */
  seconds?: number;
  ref?: Ref<ShowOnPhoneHandle>;
}

interface Shown {
  link: string;
  qr: QrShape;
  /** Date.now() when it hides. */
  until: number;
}

const DEFAULT_SECONDS = 60;

/**
 * "Show on my phone": a modal dialog with a QR code of a link to this page whose fragment holds
 * the result (nothing goes to a server), the link as text and a countdown; it hides itself after
 * `seconds`, on Close and on Escape. The QR encoder is loaded only when pressed.
 */
export function ShowOnPhoneButton({ result, seconds = DEFAULT_SECONDS, ref }: ShowOnPhoneButtonProps) {
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState<Shown | null>(null);
  const [status, setStatus] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [now, setNow] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const pressed = useRef(0);

  const hide = useCallback(() => {
    pressed.current++; // a code still loading is dropped too
    setStatus('idle');
    const dialog = dialogRef.current;
    if (dialog) {
      if (dialog.open) dialog.close();
      // Back to where the dialog was opened from (after an idle clear this is harmless).
      buttonRef.current?.focus();
    }
    setShown(null);
  }, []);
  useImperativeHandle(ref, () => ({ hide }), [hide]);

  const show = async () => {
    const press = ++pressed.current;
    setStatus('loading');
    try {
      const { shareCode } = await loadQrCode();
      if (press !== pressed.current) return;
      const code = shareCode(result, window.location.origin, window.location.pathname);
      const start = Date.now();
      setNow(start);
      setShown({ ...code, until: start + seconds * 1000 });
      setStatus('idle');
    } catch {
      if (press === pressed.current) setStatus('failed');
    }
  };

  // Open as a modal (focus moves in, Escape closes, the page behind is inert) and count down.
  useEffect(() => {
    if (!shown) return;
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    closeRef.current?.focus();
    const tick = setInterval(() => {
      const time = Date.now();
      if (time >= shown.until) hide();
      else setNow(time);
    }, 250);
    return () => clearInterval(tick);
  }, [shown, hide]);

  const left = shown ? Math.max(0, Math.ceil((shown.until - now) / 1000)) : 0;

  return (
    <>
      <button type="button" ref={buttonRef} className="secondary show-on-phone" aria-busy={status === 'loading'} onClick={() => void show()}>
        {t('handoff.showOnPhone')}
      </button>
      {status === 'loading' && (
        <span className="handoff-status" role="status">
          {t('handoff.loading')}
        </span>
      )}
      {status === 'failed' && (
        <span className="handoff-status" role="alert">
          {t('handoff.failed')}
        </span>
      )}
      {shown && (
        <dialog
          ref={dialogRef}
          className="handoff-dialog"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-instructions`}
          // Escape (or any other way the browser closes it) ends up here.
          onClose={hide}
        >
          <h2 id={`${id}-title`}>{t('handoff.title')}</h2>
          <p id={`${id}-instructions`}>{t('handoff.instructions')}</p>
          <QrImage qr={shown.qr} label={t('handoff.qrLabel')} className="handoff-qr" />
          <p className="handoff-link">
            {t('handoff.link')}: <span className="handoff-url">{shown.link}</span>
          </p>
          <p className="handoff-countdown">{t('handoff.countdown', { seconds: left })}</p>
          <button type="button" ref={closeRef} onClick={hide}>
            {t('handoff.close')}
          </button>
        </dialog>
      )}
    </>
  );
}
