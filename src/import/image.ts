// Grey images as plain arrays: the same code runs in the browser and in the Node benchmark.

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/** RGBA → grey, box-downscaled so that the longer side is at most `maxSide`. */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, maxSide: number): Gray {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  const sum = new Float32Array(w * h);
  const count = new Float32Array(w * h);
  for (let y = 0; y < height; y++) {
    const ty = Math.min(h - 1, Math.floor(y * scale));
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const t = ty * w + Math.min(w - 1, Math.floor(x * scale));
      sum[t]! += 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
      count[t]! += 1;
    }
  }
  const data = new Uint8Array(w * h);
  for (let i = 0; i < data.length; i++) data[i] = count[i] ? Math.round(sum[i]! / count[i]!) : 255;
  return { width: w, height: h, data };
}

/** Binary PGM (P5): Tesseract's Leptonica reads it as is, and it costs nothing to write. */
export function encodePgm(image: Gray): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header);
  out.set(image.data, header.length);
  return out;
}

export function crop(image: Gray, x0: number, y0: number, x1: number, y1: number): Gray {
  const left = Math.max(0, Math.floor(x0));
  const top = Math.max(0, Math.floor(y0));
  const right = Math.min(image.width, Math.ceil(x1));
  const bottom = Math.min(image.height, Math.ceil(y1));
  const width = Math.max(1, right - left);
  const height = Math.max(1, bottom - top);
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height && top + y < image.height; y++) {
    data.set(image.data.subarray((top + y) * image.width + left, (top + y) * image.width + left + Math.min(width, image.width - left)), y * width);
  }
  return { width, height, data };
}

/** Bilinear resize. */
export function resize(image: Gray, width: number, height: number): Gray {
  const data = new Uint8Array(width * height);
  const sx = image.width / width;
  const sy = image.height / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(image.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(image.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(image.width - 1, x0 + 1);
      const wx = fx - x0;
      const a = image.data[y0 * image.width + x0]!;
      const b = image.data[y0 * image.width + x1]!;
      const c = image.data[y1 * image.width + x0]!;
      const d = image.data[y1 * image.width + x1]!;
      data[y * width + x] = Math.round((a * (1 - wx) + b * wx) * (1 - wy) + (c * (1 - wx) + d * wx) * wy);
    }
  }
  return { width, height, data };
}
