// "Show on my phone", the shared link, Share and Read aloud (src/handoff, src/read-aloud).
//
// Part 1 runs now, in real Chromium, on a small test page (e2e/handoff-harness) that this spec
// builds with Vite and serves on the app's origin under /__handoff/, with the app's
// Content-Security-Policy as a header: a CSP violation, a console error or a request off the
// device fails the test (fixtures.ts). It covers the decode path, the QR code read back with
// jsQR, the dialog's focus, Escape and timeout, and that the QR encoder loads only on press.
//
// Part 2 is the same behaviour in the real app (takeSharedFragment in main.tsx, SharedNotice in
// App, ShowOnPhoneButton among the take-away actions of the session).
import AxeBuilder from '@axe-core/playwright';
import react from '@vitejs/plugin-react';
import jsQR from 'jsqr';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { CSP } from '../vite.config';
import { decodeFragment, encodeFragment, type SharedResult } from '../src/handoff/payload';
import { expect, field, open, showEarlier, test, type Lang } from './fixtures';
import type { BrowserContext, Page } from '@playwright/test';

const TYPED = (lang: Lang): SharedResult => ({
  lang,
  today: { ast: 150, alt: 120, ggt: 180, albumin: 4.3, platelets: 23.5, age: 52 },
  earlier: [{ ast: 60, alt: 80, age: 51 }],
  hbsAg: 'negative',
  ultrasound: 'fattyLiver',
});
const SHARED: SharedResult = { lang: 'en', today: { ast: 45, alt: 62, ggt: 88, albumin: 4.1, platelets: 18.2, age: 58 }, earlier: [{ alt: 55 }, { alt: 41 }], hcvAb: 'negative' };

const T = {
  en: {
    show: 'Show on my phone',
    dialog: 'Open your result on your phone',
    qr: 'QR code to open your result on your phone',
    close: 'Close',
    countdown: /This code disappears in \d+ s\./,
    notice: "These values came from a shared link. Anyone who sees this phone's browser history may see them.",
    clear: 'Clear',
    tampered: 'This link was changed after it was made, so no values were filled in.',
    truncated: 'This link is incomplete (it was cut off), so no values were filled in.',
  },
  ja: {
    show: 'スマートフォンで見る',
    dialog: '結果をスマートフォンで開く',
    qr: '結果をスマートフォンで開くためのQRコード',
    close: '閉じる',
    countdown: /このコードはあと\d+秒で消えます。/,
    notice: 'この値は共有リンクから読み込みました。このスマートフォンの閲覧履歴を見た人には、値が見える可能性があります。',
    clear: '消去',
    tampered: 'リンクが作成後に変更されているため、値は入力していません。',
    truncated: 'リンクが途中で切れているため、値は入力していません。',
  },
} as const;

// ── The test page ────────────────────────────────────────────────────────────────────────────

type Files = Map<string, { body: string | Uint8Array; type: string }>;
let harness: Promise<Files> | undefined;

/** Builds e2e/handoff-harness in memory, once per worker. */
function buildHarness(): Promise<Files> {
  harness ??= (async () => {
    const output = (await build({
      configFile: false,
      root: fileURLToPath(new URL('./handoff-harness', import.meta.url)),
      base: '/__handoff/',
      logLevel: 'silent',
      plugins: [react()],
      build: { write: false, target: 'es2022', emptyOutDir: false },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[];
    const files: Files = new Map();
    for (const out of Array.isArray(output) ? output : [output]) {
      for (const item of out.output) {
        const type = item.fileName.endsWith('.js') ? 'text/javascript' : item.fileName.endsWith('.css') ? 'text/css' : item.fileName.endsWith('.html') ? 'text/html' : 'application/octet-stream';
        files.set(item.fileName, { body: item.type === 'chunk' ? item.code : item.source, type });
      }
    }
    return files;
  })();
  return harness;
}

/** Serves the test page on the app's origin: /__handoff/en/ and /__handoff/ja/, with the app's CSP. */
async function serveHarness(context: BrowserContext) {
  const files = await buildHarness();
  await context.route(/\/__handoff\//, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/__handoff\//, '');
    const file = /^(en|ja)\/$/.test(path) ? files.get('index.html') : files.get(path);
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body: Buffer.from(file.body), headers: { 'content-type': file.type, 'content-security-policy': CSP } });
  });
}

async function openHarness(page: Page, lang: Lang, hash = '') {
  await page.goto(`/__handoff/${lang}/${hash}`);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** Reads a QR code (the dialog's unless told): the SVG drawn into a canvas in the page, decoded by jsQR here. */
async function readQr(page: Page, selector = '.handoff-qr'): Promise<string | undefined> {
  const { size, data } = await page.locator(selector).evaluate(async (svg) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const size = 400;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, size, size);
    return { size, data: Array.from(context.getImageData(0, 0, size, size).data) };
  });
  return jsQR(Uint8ClampedArray.from(data), size, size)?.data;
}

test.describe('test page: the handoff pieces in real Chromium under the app CSP', () => {
  test.use({ serviceWorkers: 'block' });
  test.beforeEach(async ({ context }) => serveHarness(context));

  for (const lang of ['en', 'ja'] as const) {
    test(`${lang}: Show on my phone → a QR code a phone can read, of this page with the values in the fragment`, async ({ page, context, baseURL }) => {
      const t = T[lang];
      await page.clock.install();
      const scripts: string[] = [];
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
      await openHarness(page, lang);
      const before = scripts.length;

      const button = page.getByRole('button', { name: t.show });
      const box = await button.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      await button.click();
      // The QR encoder is a chunk of its own, fetched on press (the request may start a moment later).
      await expect.poll(() => scripts.length).toBeGreaterThan(before);

      const dialog = page.getByRole('dialog', { name: t.dialog });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('img', { name: t.qr })).toBeVisible();
      await expect(dialog.getByText(t.countdown)).toBeVisible();
      await expect(dialog.getByRole('button', { name: t.close })).toBeFocused();
      expect(Number(await dialog.locator('.handoff-qr').getAttribute('data-qr-version'))).toBeLessThanOrEqual(10);
      expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);

      const link = await readQr(page);
      expect(link).toBe(`${baseURL}/__handoff/${lang}/${encodeFragment(TYPED(lang))}`);
      await expect(dialog.locator('.handoff-url')).toHaveText(link!);
      expect(new URL(link!).search).toBe('');

      // The phone: a fresh browser opens the link.
      const phone = await context.newPage();
      await openHarness(phone, lang, new URL(link!).hash);
      await expect(phone.getByTestId('values')).toHaveText(JSON.stringify(TYPED(lang)));
      await expect(phone.getByRole('status').filter({ hasText: t.notice })).toBeVisible();
      // about:blank and this page: replaceState added no entry.
      expect(await phone.evaluate(() => [location.hash, location.search, history.length])).toEqual(['', '', 2]);
      await phone.close();

      // Gone after 60 s, focus back on the button. (How many seconds are left depends on how long
      // the phone part took on this machine: run the clock past the whole minute instead.)
      await expect(dialog.locator('.handoff-countdown')).toContainText(/\d/);
      await page.clock.runFor(61_000);
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    });
  }

  test('Escape closes the dialog and gives focus back', async ({ page }) => {
    await openHarness(page, 'en');
    const button = page.getByRole('button', { name: T.en.show });
    await button.click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('a shared link fills the page once, leaves no fragment and no new history entry; Clear empties it', async ({ page }) => {
    await openHarness(page, 'en', encodeFragment(SHARED));
    await expect(page.getByTestId('values')).toHaveText(JSON.stringify(SHARED));
    expect(await page.evaluate(() => [location.hash, history.length])).toEqual(['', 2]); // about:blank and this page
    await page.getByRole('button', { name: T.en.clear }).click();
    await expect(page.getByTestId('values')).toHaveText('empty');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('values')).toHaveText('empty');
  });

  for (const lang of ['en', 'ja'] as const) {
    test(`${lang}: a changed or cut link fills nothing and says why`, async ({ page, context }) => {
      const good = encodeFragment(SHARED);
      const i = good.indexOf('-') + 1;
      const tampered = good.slice(0, i) + (good[i] === '1' ? '2' : '1') + good.slice(i + 1);
      await openHarness(page, lang, tampered);
      await expect(page.getByRole('alert')).toContainText(T[lang].tampered);
      await expect(page.getByTestId('values')).toHaveText('empty');
      expect(await page.evaluate(() => location.hash)).toBe('');

      // A new page: on the same one, a new fragment would only be a same-document navigation.
      const cut = await context.newPage();
      await openHarness(cut, lang, good.slice(0, -3));
      await expect(cut.getByRole('alert')).toContainText(T[lang].truncated);
      await expect(cut.getByTestId('values')).toHaveText('empty');
    });
  }
});

// ── The real app ─────────────────────────────────────────────────────────────────────────────

test.describe('the app', () => {
  test('first load fetches no QR encoder', async ({ page }) => {
    const bodies: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') bodies.push(await response.text());
    });
    await open(page, 'en');
    await page.waitForLoadState('networkidle');
    expect(bodies.length).toBeGreaterThan(0);
    // uqr's option names survive minification.
    expect(bodies.filter((body) => body.includes('boostEcc'))).toEqual([]);
  });

  test('a shared link fills the form, shows where the values came from, and Clear empties it', async ({ page }) => {
    await open(page, 'en', `/${encodeFragment(SHARED)}`);
    // Today's fields by their exact names: the earlier columns open filled too (55, 41).
    const alt = page.getByRole('textbox', { name: 'ALT (GPT)', exact: true });
    await expect(alt).toHaveValue('62');
    await expect(page.getByRole('textbox', { name: 'Platelets', exact: true })).toHaveValue('18.2');
    await expect(page.getByRole('textbox', { name: 'ALT (GPT), previous checkup' })).toHaveValue('55');
    await expect(page.getByRole('textbox', { name: 'ALT (GPT), checkup before that' })).toHaveValue('41');
    await expect(page.getByText(T.en.notice)).toBeVisible();
    expect(await page.evaluate(() => [location.hash, history.length])).toEqual(['', 2]); // about:blank and this page
    await page.getByRole('button', { name: T.en.clear }).click();
    await expect(alt).toHaveValue('');
  });

  test('a damaged link leaves the form empty and says why', async ({ page }) => {
    await open(page, 'en', `/${encodeFragment(SHARED).slice(0, -3)}`);
    await expect(page.getByRole('alert')).toContainText(T.en.truncated);
    await expect(field(page, 'en', 'alt')).toHaveValue('');
  });

  test('Show on my phone shows a QR code of the typed values, readable by a phone', async ({ page, baseURL }) => {
    await open(page, 'en');
    await field(page, 'en', 'alt').fill('120');
    await page.getByRole('button', { name: T.en.show }).click();
    const link = await readQr(page);
    expect(link).toMatch(new RegExp(`^${baseURL}/#r=1`));
  });

  test('the print sheet carries the QR code of the same link as the dialog, earlier dates included; the phone gets the dates', async ({ page, context }) => {
    await open(page, 'en');
    await field(page, 'en', 'alt').fill('120');
    await field(page, 'en', 'age').fill('58');
    await showEarlier(page, 'en');
    await page.getByRole('textbox', { name: 'ALT (GPT), previous checkup' }).fill('80');
    const date = page.getByRole('textbox', { name: /^Year and month of the previous checkup/ });
    await date.fill('2024-06');
    await date.press('Enter');
    await expect(page.getByText(/Age at that checkup: \d+ \(your age now minus \d+ years?, from the date\)/)).toBeVisible();

    await page.getByRole('button', { name: T.en.show }).click();
    const dialog = page.getByRole('dialog', { name: T.en.dialog });
    await expect(dialog.getByRole('img', { name: T.en.qr })).toBeVisible();
    const link = await readQr(page);
    const shared = decodeFragment(new URL(link!).hash);
    expect(shared.ok && shared.result.earlier[0]?.date).toEqual({ year: 2024, month: 6 });
    await dialog.getByRole('button', { name: T.en.close }).click();

    // The sheet loaded the encoder when it first appeared; its code is the dialog's link.
    const printed = page.locator('.print-summary .print-qr-code');
    await expect(printed).toBeAttached();
    await page.emulateMedia({ media: 'print' });
    await expect(printed).toBeVisible();
    await expect(page.locator('.print-summary')).toContainText('Scan to open this result on your phone.');
    expect(await readQr(page, '.print-summary .print-qr-code')).toBe(link);
    const box = (await printed.boundingBox())!;
    expect(box.width).toBeGreaterThan(100); // about 3 cm: 30 mm = 113 CSS px
    expect(box.width).toBeLessThan(130);
    await page.emulateMedia({ media: 'screen' });

    // The phone opens the printed link with the date of the earlier checkup.
    const phone = await context.newPage();
    await open(phone, 'en', `/${new URL(link!).hash}`);
    await expect(phone.getByRole('textbox', { name: /^Year and month of the previous checkup/ })).toHaveValue('2024-06');
    await expect(phone.getByRole('textbox', { name: 'ALT (GPT), previous checkup' })).toHaveValue('80');
    await phone.close();
  });

  test('the idle clear hides the QR code', async ({ page }) => {
    await page.clock.install();
    await open(page, 'en', '/?mode=reception&idle=10');
    await field(page, 'en', 'alt').fill('120');
    await page.getByRole('button', { name: T.en.show }).click();
    await expect(page.getByRole('dialog', { name: T.en.dialog })).toBeVisible();
    // runFor fires every timer on the way (the countdown ticks each second); fastForward would not.
    await page.clock.runFor(30_000);
    await expect(page.getByRole('dialog', { name: T.en.dialog })).toBeHidden();
    await expect(field(page, 'en', 'alt')).toHaveValue('');
  });
});

test.describe('the app, the QR encoder held back', () => {
  // Without the service worker, whose install would fetch the encoder before the page asks for it.
  test.use({ serviceWorkers: 'block' });

  test('a sheet printed before the encoder has loaded is one page without the code; the Print button waits for it', async ({ page }) => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let asked = false;
    await page.route(/\/assets\/qr-code-[^/]*\.js$/, async (route) => {
      asked = true;
      await released;
      await route.continue();
    });
    // What the sheet held when the page asked to print (the print dialog itself is not opened).
    await page.addInitScript(() => {
      window.print = () => {
        document.documentElement.dataset.printedQr = String(document.querySelector('.print-summary .print-qr-code') !== null);
      };
    });
    await open(page, 'en');
    await field(page, 'en', 'alt').fill('120');
    await expect.poll(() => asked).toBe(true); // the sheet appeared and asked for the encoder

    // The browser's own print now: the sheet is complete, without the code.
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-summary');
    await expect(sheet).toContainText('120 U/L');
    await expect(sheet.locator('.print-qr-code')).toHaveCount(0);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });

    // The app's Print button: print is called only once the code is in the sheet.
    await page.getByRole('button', { name: 'Print / save as PDF' }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-printed-qr');
    release();
    await expect(page.locator('html')).toHaveAttribute('data-printed-qr', 'true');
  });
});
