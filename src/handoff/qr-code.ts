// Loaded only when "Show on my phone" is pressed (dynamic import), with the QR encoder and the
// payload encoder: none of it is in the first load.
import { encode } from 'uqr';
import { shareLink, type SharedResult } from './payload';

export interface QrShape {
  /** Modules per side, quiet zone included. */
  size: number;
  /** SVG path of the dark modules, one rectangle per horizontal run, in module units. */
  path: string;
  version: number;
}

/** The QR code of `text`, error correction M, a 4-module quiet zone (what phone cameras expect). */
export function qrShape(text: string): QrShape {
  const { data, size, version } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; ) {
      if (!row[x]) {
        x++;
        continue;
      }
      let w = 1;
      while (row[x + w]) w++;
      path += `M${x} ${y}h${w}v1h-${w}z`;
      x += w;
    }
  });
  return { size, path, version };
}

/** The link for `result` on this page (origin + path + fragment, no query) and its QR code. */
export function shareCode(result: SharedResult, origin: string, pathname: string): { link: string; qr: QrShape } {
  const link = shareLink(origin, pathname, result);
  return { link, qr: qrShape(link) };
}
