// RGBA pixels → the reader's input: grey, and the smallest channel (paper is bright in all three).
import type { Rgb } from './prepare';

export function rgbFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, maxSide: number): Rgb {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const w = Math.round(width * scale);
  const h = Math.round(height * scale);
  const gray = new Uint8Array(w * h);
  const minChannel = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const sy = Math.min(height - 1, Math.floor(y / scale));
    for (let x = 0; x < w; x++) {
      const i = (sy * width + Math.min(width - 1, Math.floor(x / scale))) * 4;
      const r = rgba[i]!;
      const g = rgba[i + 1]!;
      const b = rgba[i + 2]!;
      gray[y * w + x] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
      minChannel[y * w + x] = Math.min(r, g, b);
    }
  }
  return { width: w, height: h, gray, minChannel };
}
