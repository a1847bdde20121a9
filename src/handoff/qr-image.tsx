import type { QrShape } from './qr-code';

interface QrImageProps {
  qr: QrShape;
  /** What the code is for (role img). */
  label: string;
  className: string;
}

/**
 * A QR code as SVG: a white square and one path of dark modules, sized by CSS (the page's
 * Content-Security-Policy allows no inline style). The dialog and the print sheet both draw it.
 */
export function QrImage({ qr, label, className }: QrImageProps) {
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shapeRendering="crispEdges"
      data-qr-version={qr.version}
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
