import { test as base, expect, type Page } from '@playwright/test';

export type Lang = 'en' | 'ja';

/**
 * Every test checks, without asking: no console error, no page error, and no request leaving
 * 127.0.0.1. Console warnings are allowed (an invalid clinic.json is reported as one).
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(url)) problems.push(`request left the device: ${url}`);
      });
      await use();
      expect(problems).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export const NAMES = {
  // Today's boxes only: on tablets the earlier columns' boxes ("ALT (GPT), previous checkup") stand beside them.
  en: { ast: /^AST \(GOT\)$/, alt: /^ALT \(GPT\)$/, ggt: /^γ-GTP \(γ-GT\)$/, albumin: /^Albumin$/, platelets: /^Platelets$/, age: /^Age/, summary: 'Summary' },
  ja: { ast: /^AST\(GOT\)$/, alt: /^ALT\(GPT\)$/, ggt: /^γ-GTP\(γ-GT\)$/, albumin: /^アルブミン$/, platelets: /^血小板数$/, age: /^年齢/, summary: 'まとめ' },
} as const;

export type Field = 'ast' | 'alt' | 'ggt' | 'albumin' | 'platelets' | 'age';

/** The browser locale that makes a first visit open in `lang` (use with test.use). */
export const localeOf = (lang: Lang) => (lang === 'ja' ? 'ja-JP' : 'en-US');

/** Opens the app and waits until React has taken over the prerendered page. */
export async function open(page: Page, lang: Lang, path = '/') {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

export const field = (page: Page, lang: Lang, name: Field) => page.getByRole('textbox', { name: NAMES[lang][name] });
export const summary = (page: Page, lang: Lang) => page.getByRole('region', { name: NAMES[lang].summary });

export async function fill(page: Page, lang: Lang, values: Partial<Record<Field, string>>) {
  for (const [name, value] of Object.entries(values) as [Field, string][]) await field(page, lang, name).fill(value);
}

export const LANGS: Lang[] = ['en', 'ja'];

/** Tablets and desktop show 前回 and 前々回 as columns beside today's; phones open them first. */
export async function showEarlier(page: Page, lang: Lang) {
  if ((page.viewportSize()?.width ?? 0) >= 600) return;
  await page.getByRole('button', { name: lang === 'en' ? 'Add earlier results' : '前回・前々回の結果を追加' }).click();
}
