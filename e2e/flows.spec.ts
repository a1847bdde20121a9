import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, field, fill, LANGS, localeOf, open, showEarlier, summary, test, type Lang } from './fixtures';

const T = {
  en: {
    noAction: 'No abnormality found.',
    hepatologist: /hepatologist/,
    alcohol: /AST \(150\) is higher than ALT \(120\)/,
    today: /Seek medical care today\./,
    unitMessage: /looks like a value in ×10³\/µL/,
    fix: /Use 23\.5 ×10⁴\/µL/,
    notANumber: /one number only/,
    combined: 'Taken together',
    other: '日本語',
    previous: 'ALT (GPT), previous checkup',
    before: 'ALT (GPT), checkup before that',
    previousAst: 'AST (GOT), previous checkup',
    context: { hbs: "HBs antigen", hcv: "HCV antibody", us: "Abdominal ultrasound (liver)", neg: "Negative", pos: "Positive", unknown: "Not tested / don't know", normal: "No findings", fatty: "Fatty liver", chronic: "Signs of chronic liver damage", usUnknown: "Not done / don't know" },
    chart: /^ALT \(GPT\) over your checkups: (?=.*41)(?=.*55)(?=.*62)/,
  },
  ja: {
    noAction: '異常なし',
    hepatologist: /肝臓専門医/,
    alcohol: /AST（150）と ALT（120）がともに高く、AST のほうが高く/,
    today: /今日中に医療機関を受診してください。/,
    unitMessage: /×10³\/µL（= ×10⁹\/L） の値のようです/,
    fix: /23\.5 万\/µL（×10⁴\/µL） にする/,
    notANumber: /数値を1つだけ/,
    combined: '組み合わせてわかること',
    other: 'English',
    previous: 'ALT(GPT) 前回',
    before: 'ALT(GPT) 前々回',
    previousAst: 'AST(GOT) 前回',
    context: { hbs: "HBs抗原", hcv: "HCV抗体", us: "腹部超音波（肝臓）", neg: "陰性", pos: "陽性", unknown: "未検査・不明", normal: "所見なし", fatty: "脂肪肝", chronic: "慢性肝障害（疑い）", usUnknown: "未実施・不明" },
    chart: /^ALT\(GPT\)の推移：(?=.*41)(?=.*55)(?=.*62)/,
  },
} as const;

const shot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });

for (const lang of LANGS) {
  test.describe(`${lang}`, () => {
    test.use({ locale: localeOf(lang) });
    const t = T[lang];

    test('healthy values: no action, no hepatologist', async ({ page }, info) => {
      await open(page, lang);
      await fill(page, lang, { ast: '20', alt: '18', ggt: '25', albumin: '4.4', platelets: '24', age: '45' });
      await expect(summary(page, lang).getByText(t.noAction, { exact: true })).toBeVisible();
      await expect(summary(page, lang)).not.toContainText(t.hepatologist);
      await shot(page, info, `healthy-${lang}`);
    });

    test('ALT 120, AST 150, γ-GTP 180: hepatologist and the alcohol pattern', async ({ page }, info) => {
      await open(page, lang);
      await fill(page, lang, { alt: '120', ast: '150', ggt: '180' });
      await expect(summary(page, lang)).toContainText(t.hepatologist);
      await expect(page.getByRole('region', { name: t.combined }).getByText(t.alcohol)).toBeVisible();
      await shot(page, info, `alcohol-${lang}`);
    });

    test('ALT 650: care today, in view without scrolling on a landscape tablet, one tap away elsewhere', async ({ page }, info) => {
      await open(page, lang);
      await fill(page, lang, { alt: '650' });
      const step = summary(page, lang).getByText(t.today);
      await expect(step).toBeVisible();
      if (info.project.name === 'tablet-landscape') {
        await expect(step).toBeInViewport();
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
      } else {
        // The summary follows the form: the level bar says the level and leads there in one tap.
        const bar = page.locator('.level-bar');
        await expect(bar).toBeInViewport();
        await bar.getByRole('button').click();
        await expect(step).toBeInViewport();
        await expect(page.locator('#summary-title')).toBeFocused();
      }
      await shot(page, info, `today-${lang}`);
    });

    test('a value is judged when complete: the first digits never flash a level, the form never moves', async ({ page }) => {
      await open(page, lang);
      const box = summary(page, lang);
      // Every class the summary takes, from the first key on.
      await page.evaluate(() => {
        const el = document.querySelector('.summary')!;
        (window as unknown as { seen: string[] }).seen = [];
        new MutationObserver(() => (window as unknown as { seen: string[] }).seen.push(el.className)).observe(el, { attributes: true });
      });
      // Where the ALT box is on the screen: what a person would see jump.
      const top = () => page.evaluate(() => Math.round(document.querySelector('#field-alt')!.getBoundingClientRect().top));
      // Platelets 23.5 typed key by key, with a thinking pause: "2" alone would be far too low.
      const platelets = field(page, lang, 'platelets');
      await platelets.click();
      await platelets.pressSequentially('2', { delay: 50 });
      await page.waitForTimeout(300);
      await platelets.pressSequentially('3.5', { delay: 50 });
      await platelets.press('Enter');
      await expect(box).toHaveClass(/urgency-ok/);
      const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
      expect(seen.filter((c) => /urgency-(?!ok)/.test(c))).toEqual([]);
      await expect(platelets).not.toHaveAttribute('aria-invalid', 'true');
      // Through the levels the form stays where it is.
      const alt = field(page, lang, 'alt');
      await alt.click();
      const before = await top();
      for (const [value, level] of [['18', 'ok'], ['40', 'consult'], ['120', 'specialist'], ['350', 'urgent'], ['650', 'emergency']] as const) {
        await alt.fill(value);
        await alt.press('Enter');
        await expect(box).toHaveClass(new RegExp(`urgency-${level}`));
        expect(await top()).toBe(before);
      }
    });

    test('platelets typed as 235: the unit message and the one-tap fix', async ({ page }, info) => {
      await open(page, lang);
      const platelets = field(page, lang, 'platelets');
      await platelets.fill('235');
      await expect(platelets).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByText(t.unitMessage)).toBeVisible();
      await shot(page, info, `unit-${lang}`);
      await page.getByRole('button', { name: t.fix }).click();
      await expect(platelets).toHaveValue('23.5');
      await expect(platelets).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByRole('article').filter({ hasText: '23.5' })).toBeVisible();
    });

    test('full-width digits and a decimal comma are understood', async ({ page }) => {
      await open(page, lang);
      await fill(page, lang, { alt: '１２０', albumin: '3,4' });
      await expect(field(page, lang, 'alt')).toHaveValue('１２０');
      await expect(page.getByRole('article').filter({ hasText: /ALT/ }).locator('.value-number')).toHaveText('120');
      await expect(page.getByRole('article').filter({ hasText: lang === 'ja' ? 'アルブミン' : 'Albumin' }).locator('.value-number')).toHaveText('3.4');
    });

    test('switching language keeps every value and error', async ({ page }) => {
      await open(page, lang);
      await fill(page, lang, { alt: '650', ast: 'abc', platelets: '235' });
      await page.getByRole('button', { name: t.other }).click();
      const other: Lang = lang === 'en' ? 'ja' : 'en';
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(field(page, other, 'alt')).toHaveValue('650');
      await expect(field(page, other, 'ast')).toHaveValue('abc');
      await expect(field(page, other, 'ast')).toHaveAttribute('aria-invalid', 'true');
      await expect(field(page, other, 'platelets')).toHaveValue('235');
      await expect(summary(page, other).getByText(T[other].today)).toBeVisible();
      await expect(page.getByText(T[other].notANumber)).toBeVisible();
    });

    test('keyboard only: every control in order, focus always visible', async ({ page }) => {
      await open(page, lang);
      const order: string[] = [];
      // Enough stops to pass every row: on a tablet each row has today's box and the two earlier ones.
      const stops = test.info().project.name === 'phone' ? 14 : 26;
      for (let i = 0; i < stops; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ?? el.textContent;
          return { tag: el.tagName, label: (label ?? '').trim(), visible };
        });
        expect(focused, `tab stop ${i + 1}`).not.toBeNull();
        expect(focused?.visible, `focus visible on ${focused?.label}`).toBe(true);
        order.push(`${focused?.tag}:${focused?.label}`);
      }
      const labels = order.join(' | ');
      // Language switch first, then the fields top to bottom with their unit pickers.
      expect(order[0]).toMatch(/BUTTON:English/);
      expect(order[1]).toMatch(/BUTTON:日本語/);
      const positions = ['AST', 'ALT', 'γ-GTP', lang === 'ja' ? 'アルブミン' : 'Albumin', lang === 'ja' ? '血小板' : 'Platelets'].map((name) =>
        order.findIndex((stop) => stop.startsWith('INPUT') && stop.includes(name)),
      );
      expect(positions.every((p) => p > 1), labels).toBe(true);
      expect([...positions].sort((a, b) => a - b), labels).toEqual(positions);

      // The language switch works from the keyboard: Enter to switch, Space to switch back.
      const other: Lang = lang === 'en' ? 'ja' : 'en';
      await page.getByRole('button', { name: t.other }).focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await page.getByRole('button', { name: T[other].other }).focus();
      await page.keyboard.press('Space');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });

    test('axe: no WCAG 2.2 AA violations on the empty form, a filled form and an error state', async ({ page }) => {
      await open(page, lang);
      const audit = async (state: string) => {
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const readable = violations.map((v) => `${state}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(readable).toEqual([]);
      };
      await audit('empty');
      await fill(page, lang, { ast: '48', alt: '62', ggt: '95', albumin: '4.1', platelets: '17.2', age: '58' });
      await page.getByRole('article').first().waitFor();
      await audit('filled');
      await fill(page, lang, { alt: 'abc', platelets: '235', albumin: '42' });
      await expect(field(page, lang, 'alt')).toHaveAttribute('aria-invalid', 'true');
      await audit('error');
    });

    test("three columns: beside today's on a tablet, below on a phone; the chart says the values in words; axe clean", async ({ page }, info) => {
      await open(page, lang);
      await showEarlier(page, lang);
      await fill(page, lang, { ast: '48', alt: '62', age: '58' });
      await page.getByRole('textbox', { name: t.previous, exact: true }).fill('55');
      await page.getByRole('textbox', { name: t.before, exact: true }).fill('41');
      await page.getByRole('textbox', { name: t.previousAst, exact: true }).fill('44');
      await page.getByRole('textbox', { name: t.previousAst, exact: true }).press('Enter');
      // Where the boxes stand: one row per analyte on a tablet, as the report prints it.
      const today = (await field(page, lang, 'alt').boundingBox())!;
      const previous = (await page.getByRole('textbox', { name: t.previous, exact: true }).boundingBox())!;
      const before = (await page.getByRole('textbox', { name: t.before, exact: true }).boundingBox())!;
      if (test.info().project.name === 'phone') {
        expect(previous.y).toBeGreaterThan(today.y + today.height);
      } else {
        expect(Math.abs(previous.y - today.y)).toBeLessThan(2);
        expect(Math.abs(before.y - today.y)).toBeLessThan(2);
        expect(today.x + today.width).toBeLessThanOrEqual(previous.x);
        expect(previous.x + previous.width).toBeLessThanOrEqual(before.x);
      }
      await expect(page.getByRole('img', { name: t.chart })).toBeAttached();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await shot(page, info, `three-columns-${lang}`);
    });

    test('each hepatitis marker and ultrasound choice: a liver reason sends to a specialist, and only then', async ({ page }) => {
      await open(page, lang);
      await fill(page, lang, { ast: '20', alt: '25', platelets: '24' });
      await field(page, lang, 'platelets').press('Enter');
      const box = summary(page, lang);
      const specialist = /urgency-specialist/;
      await expect(box).toHaveClass(/urgency-/);
      await expect(box).not.toHaveClass(specialist);
      const c = t.context;
      const choose = (group: string, option: string) => page.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true }).check();
      for (const group of [c.hbs, c.hcv]) {
        await expect(page.getByRole('group', { name: group }).getByRole('radio', { name: c.unknown })).toBeChecked();
        await choose(group, c.pos);
        await expect(box).toHaveClass(specialist);
        await choose(group, c.neg);
        await expect(box).not.toHaveClass(specialist);
      }
      await choose(c.us, c.chronic);
      await expect(box).toHaveClass(specialist);
      await choose(c.us, c.normal);
      await expect(box).not.toHaveClass(specialist);
      // Fatty liver: with platelets 24 and ALT 25 no scarring sign; with platelets 18 (< 20) a specialist.
      await choose(c.us, c.fatty);
      await expect(box).not.toHaveClass(specialist);
      await fill(page, lang, { platelets: '18', alt: '35' });
      await field(page, lang, 'alt').press('Enter');
      await expect(box).toHaveClass(specialist);
      await choose(c.us, c.usUnknown);
      await expect(box).not.toHaveClass(specialist);
    });

    test('every control is at least 44×44 CSS px on the phone', async ({ page }) => {
      test.skip(test.info().project.name !== 'phone', 'phone only');
      await open(page, lang);
      await fill(page, lang, { platelets: '235', alt: '120' });
      // Inline text links in source lists are exempt (WCAG 2.5.8, inline exception).
      // A radio button or the photo input is tapped through its label, which is the target measured.
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button, input, select, a:not(.sources a)')]
          .map((el) => (el instanceof HTMLInputElement && ['radio', 'file'].includes(el.type) ? (el.closest('label') ?? el) : el))
          .filter((el) => (el as HTMLElement).offsetParent !== null)
          .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ el, box }) => `${el} ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small).toEqual([]);
    });
  });
}
