// Photo → a flat, upright page: find the paper, undo its perspective, flatten the light.
import type { Gray } from './image';

export interface Rgb {
  width: number;
  height: number;
  /** Per pixel: the grey value and the smallest channel (paper is bright in all three). */
  gray: Uint8Array;
  minChannel: Uint8Array;
}

type Point = { x: number; y: number };

/** Otsu threshold of a histogram. */
export function otsu(values: Uint8Array): number {
  const hist = new Float64Array(256);
  for (const v of values) hist[v]!++;
  const total = values.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** Box-downscale by an integer factor. */
function shrink(data: Uint8Array, width: number, height: number, factor: number): Gray {
  const w = Math.floor(width / factor);
  const h = Math.floor(height / factor);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let dy = 0; dy < factor; dy++)
        for (let dx = 0; dx < factor; dx++) s += data[(y * factor + dy) * width + x * factor + dx]!;
      out[y * w + x] = Math.round(s / (factor * factor));
    }
  return { width: w, height: h, data: out };
}

/**
 * The paper's four corners (top-left, top-right, bottom-right, bottom-left) in full-size
 * coordinates: the largest bright region of a small copy, and its extreme points.
 */
export function findPaper(image: Rgb): Point[] | undefined {
  const factor = Math.max(1, Math.floor(Math.max(image.width, image.height) / 240));
  const small = shrink(image.minChannel, image.width, image.height, factor);
  const t = otsu(small.data);
  const { width: w, height: h } = small;
  const mask = new Uint8Array(w * h);
  for (let i = 0; i < mask.length; i++) mask[i] = small.data[i]! > t ? 1 : 0;
  // Largest 4-connected component.
  const label = new Int32Array(w * h).fill(-1);
  let bestLabel = -1;
  let bestSize = 0;
  const stack: number[] = [];
  for (let i = 0, n = 0; i < mask.length; i++) {
    if (!mask[i] || label[i] !== -1) continue;
    let size = 0;
    stack.push(i);
    label[i] = n;
    while (stack.length) {
      const p = stack.pop()!;
      size++;
      const x = p % w;
      const y = (p - x) / w;
      for (const q of [x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1]) {
        if (q >= 0 && mask[q] && label[q] === -1) {
          label[q] = n;
          stack.push(q);
        }
      }
    }
    if (size > bestSize) {
      bestSize = size;
      bestLabel = n;
    }
    n++;
  }
  if (bestSize < w * h * 0.2) return undefined;
  // Extreme points along the diagonals.
  const score = [
    (x: number, y: number) => -x - y,
    (x: number, y: number) => x - y,
    (x: number, y: number) => x + y,
    (x: number, y: number) => -x + y,
  ];
  const corners = score.map(() => ({ x: 0, y: 0, s: -Infinity }));
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (label[y * w + x] !== bestLabel) continue;
      score.forEach((f, k) => {
        const s = f(x, y);
        if (s > corners[k]!.s) corners[k] = { x, y, s };
      });
    }
  return corners.map(({ x, y }) => ({ x: (x + 0.5) * factor, y: (y + 0.5) * factor }));
}

/** Solves the 3×3 homography (h33 = 1) that maps `from[i]` to `to[i]`. */
function homography(from: Point[], to: Point[]): number[] {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = from[i]!;
    const { x: u, y: v } = to[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  // Gaussian elimination with partial pivoting.
  for (let c = 0; c < 8; c++) {
    let pivot = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    [b[c], b[pivot]] = [b[pivot]!, b[c]!];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k < 8; k++) a[r]![k]! -= f * a[c]![k]!;
      b[r]! -= f * b[c]!;
    }
  }
  return [...b.map((v, i) => v / a[i]![i]!), 1];
}

/** The paper, straightened to a rectangle of the paper's own size (mean of opposite sides). */
export function warpPaper(gray: Gray, corners: Point[]): Gray {
  const [tl, tr, br, bl] = corners as [Point, Point, Point, Point];
  const dist = (p: Point, q: Point) => Math.hypot(p.x - q.x, p.y - q.y);
  const width = Math.round((dist(tl, tr) + dist(bl, br)) / 2);
  const height = Math.round((dist(tl, bl) + dist(tr, br)) / 2);
  // Maps output pixels back into the photo.
  const m = homography(
    [
      { x: 0, y: 0 },
      { x: width, y: 0 },
      { x: width, y: height },
      { x: 0, y: height },
    ],
    corners,
  );
  const out = new Uint8Array(width * height);
  const { width: W, height: H, data } = gray;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const d = m[6]! * x + m[7]! * y + 1;
      const sx = (m[0]! * x + m[1]! * y + m[2]!) / d;
      const sy = (m[3]! * x + m[4]! * y + m[5]!) / d;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= W - 1 || y0 >= H - 1) {
        out[y * width + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * W + x0;
      out[y * width + x] = Math.round(
        (data[i]! * (1 - fx) + data[i + 1]! * fx) * (1 - fy) + (data[i + W]! * (1 - fx) + data[i + W + 1]! * fx) * fy,
      );
    }
  }
  return { width, height, data: out };
}

/**
 * Flattens the light: each pixel divided by the local paper brightness (a blurred local maximum),
 * so shadows and hot spots become white paper and the ink keeps its contrast.
 */
export function flattenLight(gray: Gray): Gray {
  const cell = 24;
  const gw = Math.ceil(gray.width / cell);
  const gh = Math.ceil(gray.height / cell);
  const bg = new Float32Array(gw * gh);
  // Per cell: a high percentile (paper, not ink).
  const hist = new Uint32Array(256);
  for (let cy = 0; cy < gh; cy++)
    for (let cx = 0; cx < gw; cx++) {
      hist.fill(0);
      let n = 0;
      for (let y = cy * cell; y < Math.min(gray.height, (cy + 1) * cell); y++)
        for (let x = cx * cell; x < Math.min(gray.width, (cx + 1) * cell); x++) {
          hist[gray.data[y * gray.width + x]!]!++;
          n++;
        }
      let acc = 0;
      let v = 255;
      for (; v > 0; v--) {
        acc += hist[v]!;
        if (acc >= n * 0.1) break;
      }
      bg[cy * gw + cx] = v;
    }
  // Smooth the grid (max of neighbours then mean): ink-heavy cells borrow from their neighbours.
  const smooth = new Float32Array(gw * gh);
  for (let cy = 0; cy < gh; cy++)
    for (let cx = 0; cx < gw; cx++) {
      let s = 0;
      let n = 0;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) {
          const x = cx + dx;
          const y = cy + dy;
          if (x < 0 || y < 0 || x >= gw || y >= gh) continue;
          s += bg[y * gw + x]!;
          n++;
        }
      smooth[cy * gw + cx] = Math.max(bg[cy * gw + cx]!, s / n);
    }
  const out = new Uint8Array(gray.data.length);
  for (let y = 0; y < gray.height; y++) {
    const gy = Math.min(gh - 1.001, Math.max(0, y / cell - 0.5));
    const y0 = Math.floor(gy);
    const fy = gy - y0;
    for (let x = 0; x < gray.width; x++) {
      const gx = Math.min(gw - 1.001, Math.max(0, x / cell - 0.5));
      const x0 = Math.floor(gx);
      const fx = gx - x0;
      const i = y0 * gw + x0;
      const b =
        (smooth[i]! * (1 - fx) + smooth[Math.min(i + 1, smooth.length - 1)]! * fx) * (1 - fy) +
        (smooth[Math.min(i + gw, smooth.length - 1)]! * (1 - fx) + smooth[Math.min(i + gw + 1, smooth.length - 1)]! * fx) * fy;
      const v = (gray.data[y * gray.width + x]! / Math.max(40, b)) * 255;
      // A gentle contrast stretch: paper to white, ink darker.
      out[y * gray.width + x] = Math.max(0, Math.min(255, Math.round((v - 60) * (255 / 185))));
    }
  }
  return { width: gray.width, height: gray.height, data: out };
}
