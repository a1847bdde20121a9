// Browser: a photo file → a reading, on the device. Loaded only when a photo is chosen; the
// engine's files are the app's own (see the `ocr` plugin in vite.config.ts).
import type { ReportReading } from '../input/report-text';
import { rgbFromRgba } from './decode-rgb';
import type { PhotoStage } from './photo-file';
import { readReport, WORK_SIDE } from './reader';
import { createOcr } from './tesseract-ocr';

export interface ReadOptions {
  signal: AbortSignal;
  onProgress: (stage: PhotoStage, progress: number) => void;
}

/** Decodes and downscales at once (the browser's decoder), then frees the bitmap. */
async function decode(file: File) {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, WORK_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D canvas');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const { data } = context.getImageData(0, 0, width, height);
  canvas.width = canvas.height = 1;
  return rgbFromRgba(data, width, height, WORK_SIDE);
}

export async function readPhoto(file: File, { signal, onProgress }: ReadOptions): Promise<ReportReading> {
  const base = new URL(`${import.meta.env.BASE_URL}ocr/`, location.href).href;
  onProgress('load', 0);
  const ocrReady = createOcr({ workerPath: `${base}worker.min.js`, corePath: base, langPath: base.replace(/\/$/, '') }, (p) =>
    onProgress('load', p),
  );
  const onAbort = () => void ocrReady.then((ocr) => ocr.terminate(), () => undefined);
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const image = await decode(file);
    const ocr = await ocrReady;
    signal.throwIfAborted();
    onProgress('prepare', 0.1);
    return await readReport(image, ocr, { signal, onProgress });
  } finally {
    signal.removeEventListener('abort', onAbort);
    void ocrReady.then((ocr) => ocr.terminate(), () => undefined);
  }
}
