import { fill, localeOf, open, test } from './fixtures';

// npm run screenshot: refreshes docs/screenshot.png for the README (skipped in npm test).
test.use({ locale: localeOf('en') });

test('README screenshot', async ({ page }) => {
  test.skip(!process.env.UPDATE_SCREENSHOT, 'run with npm run screenshot');
  await open(page, 'en');
  await fill(page, 'en', { ast: '48', alt: '62', ggt: '95', albumin: '4.1', platelets: '17.2', age: '58' });
  // The report's earlier columns, beside today's on the tablet.
  await page.getByRole('textbox', { name: 'ALT (GPT), previous checkup', exact: true }).fill('55');
  await page.getByRole('textbox', { name: 'ALT (GPT), checkup before that', exact: true }).fill('41');
  await page.keyboard.press('Enter');
  await page.getByRole('article').first().waitFor();
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.querySelector('.layout-form')?.scrollTo(0, 0);
  });
  await page.screenshot({ path: 'docs/screenshot.png' });
});
