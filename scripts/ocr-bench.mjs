// Reads the sample report photos with the app's own reader (src/import/reader.ts, the same code
// as in the browser) and Tesseract.js in Node, and compares with their true values.
//   node scripts/ocr-bench.mjs [dir-with-jpg+json …]   (default /work/shared/samples/report-photos
//   or ../shared/samples/report-photos). Prints per sample: right / wrong / empty, CPU, memory.
// Heavy: run it alone, e.g. `nice -n 10 node scripts/ocr-bench.mjs`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (dirs.length === 0) {
  for (const candidate of ['/work/shared/samples/report-photos', join(root, '../shared/samples/report-photos'), join(root, 'shared/samples/report-photos')])
    if (existsSync(candidate)) {
      dirs.push(candidate);
      break;
    }
}
if (dirs.length === 0) {
  console.error('No sample folder found: give one (JPEG + JSON pairs).');
  process.exit(1);
}

const load = async (path) => (await runnerImport(join(root, path), { root, configFile: false, logLevel: 'error' })).module;
const { decodeJpeg } = await load('src/import/decode-node.ts');
const { readReport, WORK_SIDE } = await load('src/import/reader.ts');
const { createOcr } = await load('src/import/tesseract-ocr.ts');

let peakRss = 0;
const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const timer = setInterval(sampleMemory, 20);

const FIELDS = ['ast', 'alt', 'ggt', 'albumin', 'platelets'];

const loadStart = process.cpuUsage();
const ocr = await createOcr({ langPath: join(root, 'node_modules/@tesseract.js-data/jpn/4.0.0_best_int') });
await ocr.recognize({ width: 8, height: 8, data: new Uint8Array(64).fill(255) }, { mode: 'line' });
const loadCpu = process.cpuUsage(loadStart);
console.log(`engine load (once): ${((loadCpu.user + loadCpu.system) / 1e6).toFixed(2)} s CPU`);
// What this process holds before any photo (Node, Vite's module runner, the engine with its model):
// the reading's own memory is the peak above it.
const idleRss = process.memoryUsage().rss;
peakRss = idleRss;

const totals = { today: 0, todayRight: 0, right: 0, wrong: 0, empty: 0, all: 0 };
const rows = [];
for (const dir of dirs) {
  const only = process.env.ONLY;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && (!only || f.includes(only))).sort()) {
    const truth = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const image = join(dir, truth.image);
    const start = process.cpuUsage();
    const wall = performance.now();
    const rgb = decodeJpeg(readFileSync(image), WORK_SIDE);
    const reading = await readReport(rgb, ocr, process.argv.includes('--debug') ? { debug: (m) => console.log(m) } : {});
    const cpu = process.cpuUsage(start);
    sampleMemory();
    let right = 0, wrong = 0, empty = 0, todayRight = 0, today = 0;
    const wrongs = [];
    const check = (got, want, isToday, what) => {
      if (isToday) today++;
      if (got === '' || got === undefined) empty++;
      else if (Number(got) === Number(want)) {
        right++;
        if (isToday) todayRight++;
      } else {
        wrong++;
        wrongs.push(`${what}: read ${got}, true ${want}`);
      }
    };
    for (const field of FIELDS) {
      const a = truth.analytes[field];
      truth.columns.forEach((col, i) => {
        check(reading.rows[field]?.cells[i]?.text ?? '', a[col], i === 0, `${field} ${col}`);
      });
    }
    check(reading.age?.text ?? '', truth.age, true, 'age');
    // A unit read wrongly would be a wrong value too.
    for (const field of ['albumin', 'platelets']) {
      const printed = reading.units[field];
      if (printed && printed !== truth.analytes[field].unitId) {
        wrong++;
        wrongs.push(`${field} unit: read ${printed}, true ${truth.analytes[field].unitId}`);
      }
    }
    const seconds = (cpu.user + cpu.system) / 1e6;
    rows.push({ image: truth.image, right, wrong, empty, todayRight, today, seconds, wall: (performance.now() - wall) / 1000 });
    console.log(
      `${truth.image}: ${right} right, ${wrong} wrong, ${empty} empty of ${right + wrong + empty}; today's values and age ${todayRight}/${today}; ` +
        `CPU ${seconds.toFixed(2)} s (wall ${((performance.now() - wall) / 1000).toFixed(2)} s)${wrongs.length ? `\n  WRONG: ${wrongs.join('; ')}` : ''}`,
    );
    totals.right += right;
    totals.wrong += wrong;
    totals.empty += empty;
    totals.today += today;
    totals.todayRight += todayRight;
  }
}
await ocr.terminate();
clearInterval(timer);
const model = join(root, 'node_modules/@tesseract.js-data/jpn/4.0.0_best_int/jpn.traineddata.gz');
const core = join(root, 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm.js');
const worker = join(root, 'node_modules/tesseract.js/dist/worker.min.js');
const gz = (p) => gzipSync(readFileSync(p)).length;
const download = statSync(model).size + gz(core) + gz(worker);
console.log(
  `\nall: ${totals.right} right, ${totals.wrong} wrong, ${totals.empty} empty; today's values and age filled correctly ${totals.todayRight}/${totals.today} ` +
    `(${((100 * totals.todayRight) / Math.max(1, totals.today)).toFixed(0)} %)\n` +
    `CPU per photo (after the first load): max ${Math.max(...rows.map((r) => r.seconds)).toFixed(2)} s; peak RSS of this process ${(peakRss / 1048576).toFixed(0)} MB (${(idleRss / 1048576).toFixed(0)} MB with the engine loaded, before any photo; reading adds up to ${((peakRss - idleRss) / 1048576).toFixed(0)} MB)\n` +
    `one-time download (gzip): engine ${(gz(core) / 1048576).toFixed(2)} MB + worker ${(gz(worker) / 1024).toFixed(0)} KB + Japanese model ${(statSync(model).size / 1048576).toFixed(2)} MB = ${(download / 1048576).toFixed(2)} MB`,
);
process.exit(totals.wrong > 0 ? 1 : 0);
