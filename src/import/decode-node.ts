// Node only (the benchmark): a JPEG file → the grey image and the paper mask input.
import jpeg from 'jpeg-js';
import type { Rgb } from './prepare';
import { rgbFromRgba } from './decode-rgb';

export function decodeJpeg(bytes: Uint8Array, maxSide: number): Rgb {
  const { width, height, data } = jpeg.decode(bytes, { useTArray: true, maxMemoryUsageInMB: 256 });
  return rgbFromRgba(data, width, height, maxSide);
}

