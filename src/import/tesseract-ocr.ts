// Tesseract.js (WebAssembly, in its own worker) behind a small interface, for the browser and
// the Node benchmark alike. The engine, its worker and the Japanese model are given as paths:
// in the browser they are files of the app's own origin, never a CDN.
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import { encodePgm, type Gray } from './image';

export interface OcrWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
}
export interface OcrLine {
  text: string;
  confidence: number;
  bbox: OcrWord['bbox'];
  words: OcrWord[];
}

export interface Ocr {
  /** `mode`: a page or block of text, one line, or one word; `chars`: only these characters. */
  recognize(image: Gray, options: { mode: 'block' | 'line' | 'word'; chars?: string }): Promise<OcrLine[]>;
  terminate(): Promise<void>;
}

export interface OcrPaths {
  workerPath?: string;
  corePath?: string;
  langPath: string;
}

/**
 * A tiny image with one stroke (read as "1"): given to the engine to replace the last photo in its
 * state, or to wake it. A blank image would make the engine print statistics to the console.
 */
export const ONE_STROKE: Gray = (() => {
  const data = new Uint8Array(32 * 32).fill(255);
  for (let y = 8; y < 24; y++) data.fill(0, y * 32 + 14, y * 32 + 18);
  return { width: 32, height: 32, data };
})();

const PSM_OF = { block: PSM.SINGLE_BLOCK, line: PSM.SINGLE_LINE, word: PSM.SINGLE_WORD } as const;

interface TBlock {
  paragraphs: { lines: { text: string; confidence: number; bbox: OcrWord['bbox']; words: OcrWord[] }[] }[];
}

/** The engine must be running within this long, or it never will (blocked WebAssembly, a lost file). */
const LOAD_TIMEOUT_MS = 120_000;

export async function createOcr(paths: OcrPaths, onLoad?: (progress: number) => void): Promise<Ocr> {
  let fail: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const timer = setTimeout(() => fail(new Error('The reader did not start')), LOAD_TIMEOUT_MS);
  const starting = createWorker('jpn', OEM.LSTM_ONLY, {
    ...(paths.workerPath ? { workerPath: paths.workerPath, workerBlobURL: false } : {}),
    ...(paths.corePath ? { corePath: paths.corePath } : {}),
    langPath: paths.langPath,
    gzip: true,
    // The model is kept by the service worker's cache (browser) or read from disk (Node): nothing
    // is written to IndexedDB.
    cacheMethod: 'none',
    logger: (m: { status: string; progress: number }) => {
      if (onLoad && m.status.startsWith('load')) onLoad(m.progress);
    },
    errorHandler: (error: unknown) => fail(error),
  }, {
    // No word lists: a report's values and short labels are not dictionary words, and the lists
    // cost the recogniser a quarter of its time on a page and ~20 MB (init-only parameters).
    load_system_dawg: '0',
    load_freq_dawg: '0',
    load_number_dawg: '0',
    load_punc_dawg: '0',
    load_unambig_dawg: '0',
    load_bigram_dawg: '0',
  });
  let worker: Worker;
  try {
    worker = await Promise.race([starting, failed]);
  } catch (error) {
    void starting.then((w) => w.terminate(), () => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  let params = '';
  return {
    async recognize(image, { mode, chars }) {
      const key = `${mode}|${chars ?? ''}`;
      if (key !== params) {
        await worker.setParameters({
          tessedit_pageseg_mode: PSM_OF[mode],
          tessedit_char_whitelist: chars ?? '',
          preserve_interword_spaces: '1',
          // Do not try every doubtful line again as white-on-black: reports print none, and it costs time.
          tessedit_do_invert: '0',
        });
        params = key;
      }
      const { data } = await worker.recognize(encodePgm(image) as unknown as Buffer, {}, { blocks: true, text: false });
      const blocks = (data.blocks ?? []) as unknown as TBlock[];
      return blocks.flatMap((b) =>
        b.paragraphs.flatMap((p) =>
          p.lines.map((l) => ({
            text: l.text.trim(),
            confidence: l.confidence,
            bbox: l.bbox,
            words: l.words.map((w) => ({ text: w.text, confidence: w.confidence, bbox: w.bbox })),
          })),
        ),
      );
    },
    terminate: () => worker.terminate().then(() => undefined),
  };
}
