// Makes report photos with known values for scripts/ocr-bench.mjs: a report table drawn by
// Chromium (Japanese fonts), tilted in 3D, rotated, lit unevenly, on a desk, saved as JPEG, with a
// JSON of the true values beside it in the samples' format.
//   node scripts/make-report-photos.mjs OUT_DIR [count] [seed]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './browser.mjs';

const [out = 'bench-results/photos', countArg = '4', seedArg = '7'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
let seed = Number(seedArg);
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(rand() * list.length)];
const between = (a, b) => a + rand() * (b - a);

const LABELS = {
  ast: ['AST(GOT)', 'ＡＳＴ（ＧＯＴ）', 'GOT', 'AST'],
  alt: ['ALT(GPT)', 'ＡＬＴ（ＧＰＴ）', 'GPT', 'ALT'],
  ggt: ['γ-GTP', 'γ-GT(γ-GTP)', 'γ－ＧＴＰ', 'γ-GT'],
  albumin: ['アルブミン', 'アルブミン(ALB)', 'Alb'],
  platelets: ['血小板数', '血小板', 'PLT'],
};
const RANGES = { ast: [10, 30], alt: [5, 30], ggt: [0, 50], albumin: [3.9, 5.2], platelets: [14.5, 32.9] };
const OTHERS = [['総蛋白', 'g/dL', () => between(6.2, 8).toFixed(1)], ['ALP', 'U/L', () => String(Math.round(between(40, 120)))], ['総コレステロール', 'mg/dL', () => String(Math.round(between(150, 260)))], ['尿酸', 'mg/dL', () => between(3, 8).toFixed(1)]];

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? findChromium(), args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
for (let n = 0; n < Number(countArg); n++) {
  const columns = pick([['current'], ['current', 'previous'], ['current', 'previous', 'earlier']]);
  const oldestFirst = columns.length > 1 && rand() < 0.3;
  const fullWidth = rand() < 0.3;
  const e3 = rand() < 0.3;
  const age = Math.round(between(30, 80));
  const analytes = {};
  for (const field of Object.keys(LABELS)) {
    const label = pick(LABELS[field]);
    const value = () =>
      field === 'albumin' ? Number(between(3.2, 5).toFixed(1)) : field === 'platelets' ? Number(between(9, 35).toFixed(1)) : Math.round(between(12, 160));
    const a = { label, unitId: field === 'platelets' ? (e3 ? 'e3PerUl' : 'e4PerUl') : field === 'albumin' ? 'gPerDl' : 'uPerL' };
    for (const c of columns) a[c] = field === 'platelets' && e3 ? Math.round(value() * 10) : value();
    analytes[field] = a;
  }
  const fw = (s) => (fullWidth ? String(s).replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : String(s));
  const heads = columns.map((c) => ({ current: '今回', previous: '前回', earlier: '前々回' })[c]);
  const order = oldestFirst ? [...columns].reverse() : columns;
  const shownHeads = oldestFirst ? [...heads].reverse() : heads;
  const flag = (field, v) => {
    const [lo, hi] = RANGES[field];
    const x = field === 'platelets' && e3 ? v / 10 : v;
    return x > hi ? ' H' : x < lo ? ' L' : '';
  };
  const unit = (field) => (field === 'platelets' ? (e3 ? '10^3/μL' : '10^4/μL') : field === 'albumin' ? 'g/dL' : 'U/L');
  const rows = [];
  const liver = Object.keys(LABELS);
  const others = [...OTHERS];
  for (const field of liver) {
    if (rand() < 0.4 && others.length) {
      const [name, u, f] = others.shift();
      rows.push(`<tr><td>${name}</td><td class=u>${u}</td>${order.map(() => `<td class=v>${fw(f())}</td>`).join('')}<td class=r></td></tr>`);
    }
    const [lo, hi] = RANGES[field];
    const range = field === 'ggt' ? `${hi}以下` : `${field === 'platelets' && e3 ? lo * 10 : lo}-${field === 'platelets' && e3 ? hi * 10 : hi}`;
    rows.push(
      `<tr><td>${analytes[field].label}</td><td class=u>${unit(field)}</td>${order.map((c) => `<td class=v>${fw(analytes[field][c])}${flag(field, analytes[field][c])}</td>`).join('')}<td class=r>${range}</td></tr>`,
    );
  }
  const html = `<html><body style="margin:0;background:${pick(['#6b4f36', '#b9a78c', '#5d6b52', '#444'])};width:1200px;height:1600px;overflow:hidden">
  <div id=paper style="position:absolute;left:90px;top:110px;width:1020px;height:1380px;background:#fbf8f2;font-family:'IPAGothic','IPAPGothic',sans-serif;color:#222;padding:50px;box-sizing:border-box;
   transform: perspective(1800px) rotateX(${between(-7, 7)}deg) rotateY(${between(-6, 6)}deg) rotate(${between(-5, 5)}deg);">
  <h1 style="text-align:center;font-size:34px;letter-spacing:6px">健康診断結果通知表</h1>
  <p style="font-size:20px">受診日 2025/0${Math.ceil(between(1, 9))}/1${Math.ceil(between(0, 9))}\u3000氏名 見本 花子 様\u3000性別・年齢 女 ${age}歳</p>
  <table style="border-collapse:collapse;font-size:22px;width:100%" border=1>
  <tr><th>検査項目</th><th>単位</th>${shownHeads.map((h) => `<th>${h}</th>`).join('')}<th>基準値</th></tr>
  ${rows.join('\n')}
  </table>
  <style>td,th{padding:6px 10px;border:1px solid #555} .v{text-align:right;width:120px} .u,.r{font-size:16px}</style>
  <div style="position:absolute;inset:0;background:radial-gradient(circle at ${between(10, 90)}% ${between(10, 90)}%, rgba(255,255,255,0.25), rgba(0,0,0,${between(0.1, 0.3)}));"></div>
  </div></body></html>`;
  await page.setContent(html);
  const name = `synthetic-${n + 1}.jpg`;
  const jpeg = await page.screenshot({ type: 'jpeg', quality: Math.round(between(55, 80)) });
  writeFileSync(join(out, name), jpeg);
  const truth = { image: name, layout: 'grid', age, columns, columnOrder: oldestFirst ? 'oldest-first' : 'newest-first', fullWidthDigits: fullWidth, analytes };
  writeFileSync(join(out, `synthetic-${n + 1}.json`), JSON.stringify(truth, null, 2));
  console.log(`${name}: ${columns.length} columns${oldestFirst ? ', oldest first' : ''}${fullWidth ? ', full-width' : ''}${e3 ? ', ×10³/µL' : ''}`);
}
await browser.close();
