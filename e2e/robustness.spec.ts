import { test as plain, type Page, type Route } from '@playwright/test';
import { expect, field, fill, LANGS, localeOf, NAMES, open, summary, test, type Lang } from './fixtures';

// Issue "Nothing lost, nothing broken" (and forgiving copy-paste). Behaviour, not layout: run once,
// on the phone project; the reflow test sets its own widths.
test.beforeEach(({ browserName: _ }, info) => test.skip(info.project.name !== 'phone', 'run once, on the phone project'));
plain.beforeEach(({ browserName: _ }, info) => plain.skip(info.project.name !== 'phone', 'run once, on the phone project'));

const EMPTY = { en: 'Type at least one value from your report', ja: '結果票の数値を1つ以上入力してください' } as const;
// A key i18next would show when its text is missing ("urgency.emergency.title").
const RAW_KEY = /\b(?:app|lang|form|fields|units|errors|results|summary|urgency|reception|demo|print|clinic|analytes|findings)\.[a-z][A-Za-z]+\b/;

/** Holds the app's main script back until `release()`: the prerendered page shows, React has not started. */
async function holdMainScript(page: Page) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // The entry and everything the first page needs: one chunk (vite.config.ts, "first-load").
  await page.route(/\/assets\/(?:index|first-load)-[^/]*\.js$/, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return release;
}

async function openBeforeStart(page: Page, path = '/') {
  const release = await holdMainScript(page);
  await page.goto(path, { waitUntil: 'commit' });
  // Drawn: the stylesheet has hidden the other language's copy (before that, nothing is painted).
  await page.waitForFunction(() => {
    const copies = [...document.querySelectorAll('.prerendered')];
    return copies.length === 2 && copies.some((copy) => getComputedStyle(copy).display === 'none');
  });
  await expect(page.locator('html')).not.toHaveAttribute('data-ready', 'true');
  return release;
}

for (const lang of LANGS) {
  test.describe(lang, () => {
    test.use({ locale: localeOf(lang) });

    test('1. values and units typed before the app starts are read and interpreted', async ({ page }) => {
      const release = await openBeforeStart(page);
      await field(page, lang, 'alt').fill('650');
      await page.getByRole('combobox', { name: lang === 'en' ? /Unit of Platelets/ : /血小板/ }).selectOption('e3PerUl');
      await field(page, lang, 'platelets').fill('172');
      await expect(page.locator('html')).not.toHaveAttribute('data-ready', 'true');
      release();
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(field(page, lang, 'alt')).toHaveValue('650');
      await expect(field(page, lang, 'platelets')).toHaveValue('172');
      await expect(summary(page, lang)).not.toContainText(EMPTY[lang]);
      await expect(page.getByRole('article').first()).toBeVisible();
      // 172 read in ×10³/µL as chosen: no unit message
      await expect(page.locator('.field-invalid')).toHaveCount(0);
    });

    test('1. reception mode keeps what was typed before the app started', async ({ page }) => {
      const release = await openBeforeStart(page, '/?mode=reception');
      await field(page, lang, 'alt').fill('650');
      release();
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await expect(page.getByRole('button', { name: lang === 'en' ? 'Next patient' : '次の方へ' })).toBeVisible();
      await expect(field(page, lang, 'alt')).toHaveValue('650');
      await expect(summary(page, lang)).not.toContainText(EMPTY[lang]);
      // Typing goes on in the same box.
      await expect(field(page, lang, 'alt')).toBeFocused();
      await page.keyboard.type('0');
      await expect(field(page, lang, 'alt')).toHaveValue('6500');
    });

    test('6. before start: every id unique, each field named once, labels work', async ({ page }) => {
      const release = await openBeforeStart(page);
      const duplicates = () =>
        page.evaluate(() => {
          const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
          return ids.filter((id, i) => ids.indexOf(id) !== i);
        });
      expect(await duplicates()).toEqual([]);
      for (const name of ['ast', 'alt', 'ggt', 'albumin', 'platelets', 'age'] as const) {
        await expect(page.getByRole('textbox', { name: NAMES[lang][name] })).toHaveCount(1);
        await expect(page.getByRole('textbox', { name: NAMES[lang][name] })).toBeVisible();
      }
      // A Japanese name is the Japanese label, once; not the English one.
      const altName = await field(page, lang, 'alt').evaluate((input: HTMLInputElement) => input.labels?.[0]?.textContent ?? '');
      expect(altName).toMatch(/ALT/);
      expect(await field(page, lang, 'alt').evaluate((input: HTMLInputElement) => input.labels?.length)).toBe(1);
      await page.locator('label', { hasText: new RegExp(`^${NAMES[lang].albumin.source}$`) }).click();
      await expect(field(page, lang, 'albumin')).toBeFocused();
      release();
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      expect(await duplicates()).toEqual([]);
      await expect(page.getByRole('textbox', { name: NAMES[lang].alt })).toHaveCount(1);
      await field(page, lang, 'alt').fill('62');
      await expect(summary(page, lang)).not.toContainText(EMPTY[lang]);
    });

    test('5. without JavaScript: a clear note in the language, no dead form', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, locale: localeOf(lang) });
      const page = await context.newPage();
      await page.goto('/');
      const note = page.locator('.nojs-note');
      await expect(note).toBeVisible();
      await expect(note.locator(`[lang="${lang}"]`)).toBeVisible();
      await expect(note).toContainText(lang === 'en' ? /JavaScript/ : /JavaScript を有効/);
      await expect(note).toContainText(/Safari|Chrome/);
      await expect(page.getByRole('textbox')).toHaveCount(0);
      await context.close();
    });

    test('5. a browser without the needed features shows the same note, in its language', async ({ page }) => {
      // As on iOS 12–14: no Array.prototype.at / Object.hasOwn (and no top-level await).
      await page.addInitScript(() => {
        delete (Array.prototype as { at?: unknown }).at;
        delete (Object as { hasOwn?: unknown }).hasOwn;
      });
      await page.goto('/');
      const note = page.locator('.nojs-note');
      await expect(note).toBeVisible();
      await expect(note.locator(`[lang="${lang}"]`)).toBeVisible();
      await expect(note.locator(`[lang="${lang === 'en' ? 'ja' : 'en'}"]`)).toBeHidden();
      await expect(page.getByRole('textbox')).toHaveCount(0);
    });

    test('7. a 400-digit number is too high, not "not a number"; pasted report text is accepted', async ({ page }) => {
      await open(page, lang);
      await field(page, lang, 'alt').fill('9'.repeat(400));
      await expect(page.getByText(lang === 'en' ? /higher than a real result can be/ : /高すぎます/)).toBeVisible();
      await expect(page.getByText(lang === 'en' ? /one number only/ : /数値を1つだけ/)).toHaveCount(0);
      // Task B: as reports print it.
      await field(page, lang, 'alt').fill('62H');
      await field(page, lang, 'platelets').fill('23.5万');
      await field(page, lang, 'albumin').fill('42 g/L');
      await field(page, lang, 'age').fill('66歳');
      await expect(page.locator('.field-invalid')).toHaveCount(0);
      await expect(field(page, lang, 'platelets')).toHaveValue('23.5万');
      await expect(field(page, lang, 'albumin')).toHaveValue('42 g/L');
      await expect(page.getByRole('combobox', { name: lang === 'en' ? /Unit of Albumin/ : /アルブミン/ })).toHaveValue('gPerL');
      await expect(page.getByRole('combobox', { name: lang === 'en' ? /Unit of Platelets/ : /血小板/ })).toHaveValue('e4PerUl');
      await expect(summary(page, lang)).not.toContainText(EMPTY[lang]);
    });
  });
}

test.describe('4. idle setting', () => {
  test.use({ locale: localeOf('en') });

  test('an idle time above the maximum is refused, said on screen, and never stored', async ({ page }) => {
    await open(page, 'en', '/?mode=reception&idle=3000000');
    await expect(page.getByRole('status').filter({ hasText: /maximum/ })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('idleSeconds'))).not.toBe('3000000');
    await fill(page, 'en', { alt: '62' });
    // With the overflowed timer the countdown started at once. (Counted now, not awaited: an
    // awaited count of 0 would also pass once the countdown had cleared the page.)
    await page.waitForTimeout(2500);
    expect(await page.locator('.idle-countdown').count()).toBe(0);
    expect(await field(page, 'en', 'alt').inputValue()).toBe('62');
    // The maximum itself is accepted and stored.
    await open(page, 'en', '/?mode=reception&idle=86400');
    expect(await page.evaluate(() => localStorage.getItem('idleSeconds'))).toBe('86400');
    await expect(page.getByRole('status').filter({ hasText: /maximum/ })).toHaveCount(0);
  });

  test('a refused value stored by an older version is not used either', async ({ page }) => {
    await open(page, 'en', '/?mode=reception');
    await page.evaluate(() => localStorage.setItem('idleSeconds', '3000000'));
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await fill(page, 'en', { alt: '62' });
    await page.waitForTimeout(2500);
    expect(await page.locator('.idle-countdown').count()).toBe(0);
    expect(await field(page, 'en', 'alt').inputValue()).toBe('62');
  });
});

// 2. Text files. Failed requests are logged by the browser as console errors on purpose here,
// so these tests use Playwright's plain `test`, without the console guard.
plain.describe('2. a language whose text cannot load', () => {
  plain.use({ locale: localeOf('en'), serviceWorkers: 'block' });

  plain('keeps the current language, says so in both languages, never shows a raw key', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await open(page, 'en');
    await fill(page, 'en', { ast: '900', alt: '1200' });
    await page.route('**/locales/ja/**', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: '日本語' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/could not be loaded/);
    await expect(alert).toContainText(/読み込めませんでした/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liver checkup explainer');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await expect(page.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'false');
    // Back online: the switch works.
    await page.unroute('**/locales/ja/**');
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    expect(errors).toEqual([]);
  });
});

plain.describe('2. text that cannot load at start', () => {
  plain.use({ locale: localeOf('en'), serviceWorkers: 'block' });

  plain('the page keeps its prerendered words; no raw key', async ({ page }) => {
    let asked = 0;
    await page.route('**/locales/en/**', (route) => {
      asked += 1;
      return route.abort('internetdisconnected');
    });
    await page.goto('/');
    await expect.poll(() => asked).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(1000);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liver checkup explainer');
    await expect(page.getByRole('textbox', { name: NAMES.en.alt })).toBeVisible();
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
  });
});

plain.describe('2. first visit, then offline', () => {
  plain.use({ locale: localeOf('en') });

  plain('once the worker is installed the first page controls itself: 日本語 works offline; text URLs are versioned', async ({ page, context }) => {
    const localeUrls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/locales/')) localeUrls.push(new URL(r.url()).pathname + new URL(r.url()).search);
    });
    await open(page, 'en');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    await context.setOffline(true);
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('肝機能検査値のみかた');
    expect(await page.locator('body').innerText()).not.toMatch(RAW_KEY);
    await context.setOffline(false);
    // Every text file is asked for under a name that changes with its content.
    expect(localeUrls.length).toBeGreaterThan(0);
    for (const url of localeUrls) expect(url).toMatch(/^\/locales\/(en|ja)\/\w+\.[0-9a-f]{8,}\.json$/);
  });
});

test.describe('3. reflow: never wider than the screen', () => {
  const VALUES = { ast: '150', alt: '120', ggt: '450', albumin: '3.1', platelets: '9.8', age: '68' };

  async function assertFits(page: Page, state: string) {
    // Against the screen's width, not window.innerWidth: a mobile browser widens its layout
    // viewport to fit a too-wide page (and zooms out), so innerWidth grows with the page.
    const innerWidth = page.viewportSize()?.width ?? 0;
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `${state}: page ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
  }

  async function everyState(page: Page, lang: Lang, label: string) {
    await assertFits(page, `${label} empty`);
    await fill(page, lang, VALUES);
    await expect(page.getByRole('article').first()).toBeVisible();
    await assertFits(page, `${label} results`);
    await page.mouse.wheel(0, 4000);
    await assertFits(page, `${label} results, scrolled`);
    await field(page, lang, 'platelets').fill('235000');
    await field(page, lang, 'alt').fill('12 34 x');
    await assertFits(page, `${label} messages`);
    await page.getByRole('button', { name: lang === 'en' ? 'Next patient' : '次の方へ' }).click();
    await assertFits(page, `${label} cleared`);
  }

  for (const lang of LANGS) {
    test.describe(lang, () => {
      test.use({ locale: localeOf(lang) });
      for (const width of [320, 360, 390, 414]) {
        test(`${width} px`, async ({ page }) => {
          await page.setViewportSize({ width, height: 740 });
          await open(page, lang, '/?mode=reception&idle=600');
          await everyState(page, lang, `${width} px`);
          await open(page, lang, '/?mode=personal');
          await assertFits(page, `${width} px personal`);
          await fill(page, lang, VALUES);
          await assertFits(page, `${width} px personal results`);
        });
      }
      test('tablet at 200 % text', async ({ page }) => {
        await page.setViewportSize({ width: 768, height: 1024 });
        await open(page, lang, '/?mode=reception&idle=600');
        await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
        await everyState(page, lang, '200 % text');
      });
    });
  }
});
