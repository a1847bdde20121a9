import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedResult } from './payload';
import { QrImage } from './qr-image';
import { loadQrCode, useQrCode } from './qr-loader';
import './handoff.css';

/**
 * The printed sheet's QR code: the same link as "Show on my phone" (shareCode), with a one-line
 * caption. Starts loading the encoder when first rendered (the sheet is rendered once there is a
 * result) and draws nothing until it is there: a sheet printed before that (the browser's own
 * print, at once) is complete without the code. The app's Print button waits for it.
 */
export function PrintQr({ result }: { result: SharedResult }) {
  const { t } = useTranslation();
  const encoder = useQrCode();
  useEffect(() => {
    // Offline before the encoder was cached: the sheet prints without the code.
    loadQrCode().catch(() => undefined);
  }, []);
  const code = useMemo(() => {
    if (!encoder) return undefined;
    try {
      return encoder.shareCode(result, window.location.origin, window.location.pathname);
    } catch {
      return undefined; // A value no link can carry (the form does not let one through).
    }
  }, [encoder, result]);
  if (!code) return null;
  return (
    <div className="print-qr">
      <p className="print-qr-caption">{t('handoff.printCaption')}</p>
      <QrImage qr={code.qr} label={t('handoff.qrLabel')} className="print-qr-code" />
    </div>
  );
}
