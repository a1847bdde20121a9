// The engine's lifetime in the browser: kept for the next photo, ended when idle, on pagehide, on
// cancel and when the session that asked leaves the page (every clear). Engine and reader mocked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const engines: { terminate: ReturnType<typeof vi.fn>; recognize: ReturnType<typeof vi.fn> }[] = [];
vi.mock('./tesseract-ocr', () => ({
  ONE_STROKE: { width: 1, height: 1, data: new Uint8Array(1) },
  createOcr: vi.fn(async () => {
    const engine = { terminate: vi.fn(async () => undefined), recognize: vi.fn(async () => []) };
    engines.push(engine);
    return engine;
  }),
}));
vi.mock('./reader', () => ({
  WORK_SIDE: 1600,
  readReport: vi.fn(async () => ({ rows: {}, columnCount: 1, order: 'newestFirst', dates: [], units: {} })),
}));

const { readPhoto, releaseReader, READER_IDLE_MS } = await import('./read-photo');

const file = new File([new Uint8Array(4)], 'report.jpg', { type: 'image/jpeg' });
const read = (owner?: Element, signal = new AbortController().signal) => readPhoto(file, { signal, onProgress: () => undefined, owner });
const alive = () => engines.filter((e) => e.terminate.mock.calls.length === 0).length;

beforeEach(() => {
  engines.length = 0;
  vi.useFakeTimers();
  vi.stubGlobal('createImageBitmap', async () => ({ width: 4, height: 4, close: () => undefined }));
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      width = 4;
      height = 4;
      getContext() {
        return { drawImage: () => undefined, getImageData: () => ({ data: new Uint8ClampedArray(64).fill(255) }) };
      }
    },
  );
});
afterEach(() => {
  releaseReader();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the photo reader keeps its engine', () => {
  it('for the next photo, then ends it after READER_IDLE_MS without a reading', async () => {
    await read();
    await read();
    expect(engines).toHaveLength(1);
    // The last photo is replaced in the engine by a tiny image of its own.
    expect(engines[0]!.recognize).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(READER_IDLE_MS - 1000);
    expect(alive()).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(alive()).toBe(0);
    await read();
    expect(engines).toHaveLength(2);
  });

  it('ends it when the session that asked leaves the page (a clear)', async () => {
    const owner = document.createElement('div');
    document.body.append(owner);
    await read(owner);
    expect(alive()).toBe(1);
    owner.remove();
    await vi.advanceTimersByTimeAsync(300);
    expect(alive()).toBe(0);
  });

  it('ends it on pagehide and when a reading is cancelled', async () => {
    await read();
    dispatchEvent(new Event('pagehide'));
    await vi.advanceTimersByTimeAsync(0);
    expect(alive()).toBe(0);

    const controller = new AbortController();
    const reading = read(undefined, controller.signal);
    controller.abort();
    await expect(reading).rejects.toThrow();
    await vi.advanceTimersByTimeAsync(0);
    expect(alive()).toBe(0);
  });
});
