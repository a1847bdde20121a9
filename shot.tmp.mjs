import { chromium } from '@playwright/test';
const [,, url, out, w, h, lang, actions] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, locale: lang || 'en-US' });
const page = await ctx.newPage();
const errors = [];
page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.type() + ': ' + m.text()); });
page.on('pageerror', e => errors.push('pageerror: ' + e.message));
await page.goto(url);
await page.waitForLoadState('networkidle');
if (actions) { for (const a of JSON.parse(actions)) { await page.getByRole('textbox', { name: new RegExp(a[0]) }).fill(a[1]); } }
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
console.log(errors.join('\n'));
await browser.close();
