import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, field, fill, LANGS, localeOf, open, summary, test, type Field, type Lang } from './fixtures';

// clinical-reference §3.1 and §3.13: every level's summary (title in the words of Japanese reports,
// whom and when) and the symptom line on every result, first at urgent and emergency.
type Level = 'ok' | 'watch' | 'consult' | 'examine' | 'specialist' | 'urgent' | 'emergency';

const LEVELS: { level: Level; values: Partial<Record<Field, string>>; liver: boolean }[] = [
  { level: 'ok', values: { alt: '18' }, liver: false },
  { level: 'watch', values: { ast: '33' }, liver: false }, // AST grade B
  { level: 'consult', values: { alt: '35', ast: '28' }, liver: true }, // §6 first row
  { level: 'examine', values: { alt: '62' }, liver: true }, // ALT grade D
  { level: 'specialist', values: { alt: '120' }, liver: true },
  { level: 'urgent', values: { alt: '350' }, liver: true },
  { level: 'emergency', values: { alt: '650' }, liver: true },
];

const T = {
  en: {
    titles: {
      ok: 'No abnormality found.',
      watch: 'Keep an eye on it.',
      consult: 'See a doctor or re-test.',
      examine: 'Needs a detailed check.',
      specialist: 'See a liver specialist.',
      urgent: 'See a doctor soon.',
      emergency: 'Get medical care today.',
    },
    steps: {
      ok: /blood test for hepatitis B and C, have it once/,
      watch: /next checkup/,
      consult: /family doctor within about a month/,
      examine: /family doctor within a few weeks/,
      specialist: /within a few weeks to a liver specialist \(hepatologist\)\. Your family doctor can send you/,
      urgent: /within days/,
      emergency: /Seek medical care today/,
    },
    symptoms: /Go to a hospital today if you have yellow eyes or skin/,
    liverSpecialist: /hepatologist|liver specialist/,
    noFamilyDoctor: /No family doctor\?.*内科/,
    bookAt: 'Where to book',
  },
  ja: {
    titles: {
      ok: '異常なし',
      watch: '経過観察',
      consult: '要受診・要再検査',
      examine: '要精密検査',
      specialist: '専門医受診',
      urgent: '早めに受診',
      emergency: '本日受診',
    },
    steps: {
      ok: /B型・C型肝炎ウイルスの検査を受けたことがなければ/,
      watch: /次回の健診/,
      consult: /1か月以内をめどに、かかりつけ医/,
      examine: /数週間以内にかかりつけ医か消化器内科/,
      specialist: /肝臓専門医を受診/,
      urgent: /数日以内/,
      emergency: /今日中に医療機関を受診してください/,
    },
    symptoms: /数値にかかわらず今日中に病院を受診してください/,
    liverSpecialist: /肝臓専門医/,
    noFamilyDoctor: /かかりつけ医がいない方は、内科または消化器内科/,
    bookAt: 'ご予約・ご相談先',
  },
} as const;

const CLINIC = {
  name: { en: 'Sakura Liver Clinic', ja: 'さくら肝臓クリニック' },
  phone: '078-123-4567',
  address: { en: '1-2-3 Sannomiya, Kobe', ja: '神戸市中央区三宮1-2-3' },
  hours: { en: 'Mon–Fri 9:00–17:00', ja: '月〜金 9:00〜17:00' },
};

const ALL_EMPTY: Record<Field, string> = { ast: '', alt: '', ggt: '', albumin: '', platelets: '', age: '' };

/** Replaces whatever is typed with `values` and waits for the summary to show `level`. */
async function show(page: Page, lang: Lang, values: Partial<Record<Field, string>>, level: Level) {
  await fill(page, lang, { ...ALL_EMPTY, ...values });
  await field(page, lang, 'age').press('Tab'); // leaving the form: the values count as typed
  await expect(summary(page, lang)).toHaveClass(new RegExp(`urgency-${level}`));
}

for (const lang of LANGS) {
  test.describe(lang, () => {
    test.use({ locale: localeOf(lang) });
    const t = T[lang];

    test('every level: title, whom and when, the liver specialist only with a liver reason, and the symptom line', async ({ page }) => {
      await open(page, lang);
      for (const { level, values, liver } of LEVELS) {
        await show(page, lang, values, level);
        const box = summary(page, lang);
        await expect(box.locator('.urgency-title > span').last(), level).toHaveText(t.titles[level]);
        await expect(box.locator('.next-step'), level).toContainText(t.steps[level]);
        // The icon gives every level its own shape, never colour alone.
        await expect(box.locator('.urgency-icon'), level).not.toBeEmpty();
        const symptoms = box.locator('.symptoms');
        await expect(symptoms, level).toBeVisible();
        await expect(symptoms, level).toContainText(t.symptoms);
        // At urgent and emergency the symptom line comes first, before the title; after it otherwise.
        const symptomsFirst = await box.evaluate((el) => {
          const s = el.querySelector('.symptoms');
          const title = el.querySelector('.urgency-title');
          return !!s && !!title && (s.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
        });
        expect(symptomsFirst, level).toBe(level === 'urgent' || level === 'emergency');
        if (!liver) await expect(box, level).not.toContainText(t.liverSpecialist);
        if (level === 'consult' || level === 'examine') await expect(box.locator('.hepatologist'), level).toContainText(t.liverSpecialist);
        if (level === 'consult' || level === 'examine' || level === 'specialist' || level === 'urgent')
          await expect(box.locator('.no-family-doctor'), level).toContainText(t.noFamilyDoctor);
      }
    });

    test('albumin 3.5 alone and platelets 45 alone: a doctor, but no liver specialist and no booking card', async ({ page }) => {
      await page.context().route('**/clinic.json', (route) => route.fulfill({ json: CLINIC }));
      await open(page, lang);
      const bookAt = page.getByRole('region', { name: t.bookAt });
      // The clinic is configured: ALT 35 (a liver reason) shows its card.
      await show(page, lang, { alt: '35' }, 'consult');
      await expect(bookAt).toBeVisible();
      for (const values of [{ albumin: '3.5' }, { platelets: '45' }]) {
        await show(page, lang, values, 'consult');
        await expect(summary(page, lang).locator('.next-step')).toContainText(t.steps.consult);
        await expect(summary(page, lang)).not.toContainText(t.liverSpecialist);
        await expect(bookAt).toHaveCount(0);
      }
    });

    test('axe: no WCAG 2.2 AA violations at emergency (symptoms first) and at consult with the FIB-4 disclosure open', async ({ page }) => {
      test.slow(); // two full audits on a busy 2-core machine
      await open(page, lang);
      const audit = async (state: string) => {
        const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(violations.map((v) => `${state}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      };
      await show(page, lang, { alt: '650', ast: '820', platelets: '17', age: '38' }, 'emergency');
      await page.locator('.fib4').waitFor();
      await audit('emergency');
      await show(page, lang, { alt: '35', ast: '40', platelets: '16', age: '60' }, 'consult');
      await page.locator('.fib4-how summary').click();
      await expect(page.locator('.fib4-how')).toHaveAttribute('open', '');
      await audit('consult');
    });
  });
}
