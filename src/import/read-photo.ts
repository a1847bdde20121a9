// Browser: a photo file → a reading, on the device. Loaded only when a photo is chosen; the
// engine's files are the app's own (see the `ocr` plugin in vite.config.ts).
//
// The engine (a worker with the model loaded) is kept between readings while the page is in use:
// starting it and warming its WebAssembly up costs ~2–2.5 s of CPU, which a second photo of the
// same report should not pay again. It is terminated, which frees all its memory and everything it
// last saw, after READER_IDLE_MS without a reading, when the page is hidden for good (`pagehide`),
// when a reading is cancelled or fails, and on every clear (Next patient, the idle clear: the
// session's elements leave the page, see `owner`). After each reading it is given a tiny image of its own, so that the
// last photo is not kept in the engine's state in between.
import type { ReportReading } from '../input/report-text';
import { rgbFromRgba } from './decode-rgb';
import type { PhotoStage } from './photo-file';
import { readReport, WORK_SIDE } from './reader';
import { createOcr, ONE_STROKE, type Ocr } from './tesseract-ocr';

export interface ReadOptions {
  signal: AbortSignal;
  onProgress: (stage: PhotoStage, progress: number) => void;
  /**
   * The element of the patient's session that asked (the photo control's container): when it
   * leaves the page (a clear remounts the session), the engine is ended.
   */
  owner?: Element | null | undefined;
}

/** How long the engine is kept after a reading, for the next photo. */
export const READER_IDLE_MS = 90_000;

let kept: Promise<Ocr> | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let owner: Element | undefined;
let ownerWatch: ReturnType<typeof setInterval> | undefined;

/** Terminates the kept engine now (no-op when there is none). */
export function releaseReader(): void {
  clearTimeout(idleTimer);
  idleTimer = undefined;
  clearInterval(ownerWatch);
  ownerWatch = undefined;
  owner = undefined;
  const engine = kept;
  kept = undefined;
  void engine?.then((ocr) => ocr.terminate(), () => undefined);
}

addEventListener('pagehide', releaseReader);

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

export async function readPhoto(file: File, { signal, onProgress, owner: from }: ReadOptions): Promise<ReportReading> {
  clearTimeout(idleTimer);
  idleTimer = undefined;
  // A clear (Next patient, the idle clear) remounts the session: its old elements leave the page.
  // Watching for that costs the first load nothing (this module is loaded with the reader).
  if (from && from !== owner) {
    if (owner) releaseReader();
    owner = from;
    clearInterval(ownerWatch);
    ownerWatch = setInterval(() => {
      if (owner && !owner.isConnected) releaseReader();
    }, 250);
  }
  onProgress('load', kept ? 1 : 0);
  if (!kept) {
    const base = new URL(`${import.meta.env.BASE_URL}ocr/`, location.href).href;
    kept = createOcr({ workerPath: `${base}worker.min.js`, corePath: base, langPath: base.replace(/\/$/, '') }, (p) => onProgress('load', p));
  }
  const engine = kept;
  // A recognition cannot be stopped half-way: cancelling terminates the engine.
  signal.addEventListener('abort', releaseReader, { once: true });
  let ok = false;
  try {
    const image = await decode(file);
    const ocr = await engine;
    signal.throwIfAborted();
    onProgress('prepare', 0.1);
    const reading = await readReport(image, ocr, { signal, onProgress });
    // The engine forgets this photo before it waits for the next one.
    await ocr.recognize(ONE_STROKE, { mode: 'line' });
    ok = true;
    return reading;
  } finally {
    signal.removeEventListener('abort', releaseReader);
    if (kept === engine) {
      if (ok && !signal.aborted) idleTimer = setTimeout(releaseReader, READER_IDLE_MS);
      else releaseReader();
    }
  }
}
