import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRef } from 'react';
import jsQR from 'jsqr';
import { decodeFragment, encodeFragment, type SharedResult } from './payload';
import { qrShape } from './qr-code';
import { forgetSharedFragment, resetSharedFragment, takeSharedFragment, useSharedFragment } from './shared-fragment';
import { SharedNotice } from './shared-notice';
import { ShowOnPhoneButton, type ShowOnPhoneHandle } from './show-on-phone-button';
import { ShareButton } from './share-button';
import { renderIn } from './test-i18n';

const RESULT: SharedResult = {
  lang: 'en',
  today: { ast: 150, alt: 120, ggt: 180, albumin: 4.3, platelets: 23.5, age: 52 },
  earlier: [{ alt: 80 }],
  hbsAg: 'negative',
};

/** Draws a QrShape's path into an RGBA image (4 px a module) and reads it with jsQR. */
function readQr({ size, path }: { size: number; path: string }): string | undefined {
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      for (let px = x * scale; px < (x + w) * scale; px++) pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return jsQR(pixels, width, width)?.data;
}


describe('qrShape', () => {
  it('draws a code that a decoder reads back as the link, version ≤ 10', () => {
    const link = `https://clinic.example/${encodeFragment(RESULT)}`;
    const shape = qrShape(link);
    expect(shape.version).toBeLessThanOrEqual(10);
    expect(readQr(shape)).toBe(link);
  });
});

describe('ShowOnPhoneButton', () => {
  it('shows a QR code of this page with the result in the fragment, the link and a countdown', async () => {
    const { user } = await renderIn('en', <ShowOnPhoneButton result={RESULT} />);
    await user.click(screen.getByRole('button', { name: 'Show on my phone' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open your result on your phone' });
    const qr = screen.getByRole('img', { name: 'QR code to open your result on your phone' });
    expect(dialog).toContainElement(qr);
    const link = `${window.location.origin}${window.location.pathname}${encodeFragment(RESULT)}`;
    expect(dialog).toHaveTextContent(link);
    expect(new URL(link).search).toBe('');
    expect(decodeFragment(new URL(link).hash)).toEqual({ ok: true, result: RESULT });
    expect(dialog).toHaveTextContent('This code disappears in 60 s.');
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('hides itself when the time is up and gives focus back to the button', async () => {
    const { user } = await renderIn('en', <ShowOnPhoneButton result={RESULT} seconds={1} />);
    const button = screen.getByRole('button', { name: 'Show on my phone' });
    await user.click(button);
    await screen.findByRole('dialog');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 3000 });
    expect(button).toHaveFocus();
  });

  it('Close, Escape (the dialog closing) and hide() all hide it', async () => {
    const ref = createRef<ShowOnPhoneHandle>();
    const { user } = await renderIn('en', <ShowOnPhoneButton result={RESULT} ref={ref} />);
    const button = screen.getByRole('button', { name: 'Show on my phone' });

    await user.click(button);
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    await user.click(button);
    const dialog = await screen.findByRole('dialog');
    act(() => dialog.dispatchEvent(new Event('close'))); // what the browser does on Escape
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(button);
    await screen.findByRole('dialog');
    act(() => ref.current?.hide());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    act(() => ref.current?.hide()); // nothing shown: no error
  });

  it('is all in Japanese on a Japanese page', async () => {
    const { user } = await renderIn('ja', <ShowOnPhoneButton result={{ ...RESULT, lang: 'ja' }} />);
    await user.click(screen.getByRole('button', { name: 'スマートフォンで見る' }));
    await screen.findByRole('dialog', { name: '結果をスマートフォンで開く' });
    expect(screen.getByRole('img', { name: '結果をスマートフォンで開くためのQRコード' })).toBeInTheDocument();
    expect(screen.getByText('このコードはあと60秒で消えます。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '閉じる' })).toBeInTheDocument();
  });
});

describe('takeSharedFragment / useSharedFragment', () => {
  afterEach(() => resetSharedFragment());

  const where = (hash: string) => ({
    location: { hash, pathname: '/app/', search: '' },
    history: { state: null, replaceState: vi.fn() },
  });

  it('decodes "#r=…" once and removes it at once, without a new history entry', async () => {
    const w = where(encodeFragment(RESULT));
    const first = takeSharedFragment(w);
    expect(w.history.replaceState).toHaveBeenCalledExactlyOnceWith(null, '', '/app/'); // before decoding
    expect(await first).toEqual({ ok: true, result: RESULT });
    expect(await takeSharedFragment(w)).toEqual({ ok: true, result: RESULT }); // StrictMode, a second caller
    expect(w.history.replaceState).toHaveBeenCalledTimes(1);
    forgetSharedFragment();
    expect(await takeSharedFragment(w)).toBeNull();
  });

  it('reports a bad link, and removes it too', async () => {
    const w = where(encodeFragment(RESULT).slice(0, -2));
    expect(await takeSharedFragment(w)).toEqual({ ok: false, reason: 'truncated' });
    expect(w.history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('leaves other hashes alone', async () => {
    const w = where('#details');
    expect(await takeSharedFragment(w)).toBeNull();
    expect(w.history.replaceState).not.toHaveBeenCalled();
  });

  it('answers null without a window (prerender) and remembers nothing', async () => {
    expect(await takeSharedFragment(null)).toBeNull();
    expect(await takeSharedFragment(where(encodeFragment(RESULT)))).toEqual({ ok: true, result: RESULT });
  });

  it('in the page: fills once, clears the address bar, and Clear forgets it', async () => {
    window.history.replaceState(null, '', `/${encodeFragment(RESULT)}`);
    const before = window.history.length;
    const shared = await takeSharedFragment();
    expect(window.location.hash).toBe('');
    expect(window.history.length).toBe(before);
    function Probe() {
      const [current, dismiss] = useSharedFragment(shared);
      return current ? <SharedNotice shared={current} onClear={dismiss} /> : <p>empty form</p>;
    }
    const { user } = await renderIn('en', <Probe />);
    expect(screen.getByRole('status')).toHaveTextContent("These values came from a shared link. Anyone who sees this phone's browser history may see them.");
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByText('empty form')).toBeInTheDocument();
    expect(await takeSharedFragment()).toBeNull();
  });
});

describe('SharedNotice', () => {
  it('explains a bad link in both languages, and its button dismisses it', async () => {
    const onClear = vi.fn();
    const en = await renderIn('en', <SharedNotice shared={{ ok: false, reason: 'tampered' }} onClear={onClear} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This link was changed after it was made, so no values were filled in.');
    await en.user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClear).toHaveBeenCalledOnce();
    en.unmount();
    for (const reason of ['malformed', 'truncated', 'futureVersion', 'tampered', 'outOfRange'] as const) {
      const ja = await renderIn('ja', <SharedNotice shared={{ ok: false, reason }} onClear={onClear} />);
      expect(screen.getByRole('alert')).toHaveTextContent('値は入力していません');
      ja.unmount();
    }
  });

  it('says where the values came from, with Clear, in Japanese', async () => {
    const onClear = vi.fn();
    const { user } = await renderIn('ja', <SharedNotice shared={{ ok: true, result: RESULT }} onClear={onClear} />);
    expect(screen.getByRole('status')).toHaveTextContent('この値は共有リンクから読み込みました。');
    await user.click(screen.getByRole('button', { name: '消去' }));
    expect(onClear).toHaveBeenCalledOnce();
  });
});

describe('ShareButton', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is not rendered where the browser cannot share', async () => {
    vi.stubGlobal('navigator', { ...navigator, share: undefined });
    const { container } = await renderIn('en', <ShareButton text="Summary" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('sends the text it is given to the share sheet', async () => {
    const share = vi.fn(() => Promise.reject(new DOMException('closed', 'AbortError')));
    vi.stubGlobal('navigator', { ...navigator, share });
    const { user } = await renderIn('ja', <ShareButton text="まとめ: 経過観察" title="肝機能" />);
    await user.click(screen.getByRole('button', { name: '共有' }));
    expect(share).toHaveBeenCalledWith({ title: '肝機能', text: 'まとめ: 経過観察' });
  });
});

describe('lazy wrappers', () => {
  it('render the same control once loaded, ref included', async () => {
    const { LazyShowOnPhoneButton } = await import('./lazy');
    const ref = createRef<ShowOnPhoneHandle>();
    const { user } = await renderIn('en', <LazyShowOnPhoneButton result={RESULT} ref={ref} />);
    await user.click(await screen.findByRole('button', { name: 'Show on my phone' }));
    await screen.findByRole('dialog');
    act(() => ref.current?.hide());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
