// Reads the sample report photos with the app's own reader (src/import/reader.ts, the same code
// as in the browser) and Tesseract.js in Node, and compares with their true values.
//   node scripts/ocr-bench.mjs [dir-with-jpg+json …]   (default /work/shared/samples/report-photos
//   or ../shared/samples/report-photos). ONLY=sample-1 reads only the matching photos; --debug
//   prints the pipeline. Prints per photo: right / wrong / empty, CPU, memory; exits non-zero if
//   any value is wrong.
// Each photo is read in its own Node process (so that one photo's memory does not hide the next
// one's), twice: by a fresh engine (the first photo of a session; the engine's WebAssembly is
// compiled for speed on its first real use) and again by the same engine (every later photo: the
// browser keeps the engine between readings). Both readings are checked.
// Heavy: run it alone, e.g. `nice -n 10 node scripts/ocr-bench.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DEBUG = process.argv.includes('--debug');
const MB = (bytes) => (bytes / 1048576).toFixed(0);
const FIELDS = ['ast', 'alt', 'ggt', 'albumin', 'platelets'];

const photoAt = process.argv.indexOf('--photo');
if (photoAt >= 0) {
  // One photo (a child process of the run below), with the reader bundled by the parent: Vite's
  // module runner alone would hold ~80 MB.
  const bundled = process.argv[process.argv.indexOf('--reader') + 1];
  const { rgbFromRgba, readReport, WORK_SIDE, createOcr, ONE_STROKE } = await import(bundled);
  const cpuSeconds = (since) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1e6;
  };
  let peakRss = 0;
  const sampleMemory = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const timer = setInterval(sampleMemory, 20);
  // Node and the reader's code, before the engine: not a reading's memory (in the browser the
  // engine has a worker of its own).
  const baseRss = process.memoryUsage().rss;

  const truthPath = process.argv[photoAt + 1];
  const truth = JSON.parse(readFileSync(truthPath, 'utf8'));
  // The photo's pixels, decoded by the parent (see there): width, height, RGBA.
  const pixels = process.argv[process.argv.indexOf('--pixels') + 1];

  const engineStart = process.cpuUsage();
  const ocr = await createOcr({ langPath: join(root, 'node_modules/@tesseract.js-data/jpn/4.0.0_best_int') });
  await ocr.recognize(ONE_STROKE, { mode: 'line' });
  const engineSeconds = cpuSeconds(engineStart);
  const engineRss = process.memoryUsage().rss;
  peakRss = engineRss;
  const readOnce = async () => {
    const start = process.cpuUsage();
    const wall = performance.now();
    const raw = readFileSync(pixels);
    const size = new Uint32Array(raw.buffer, raw.byteOffset, 2);
    const rgb = rgbFromRgba(raw.subarray(8), size[0], size[1], WORK_SIDE);
    const reading = await readReport(rgb, ocr, DEBUG ? { debug: (m) => console.log(m) } : {});
    sampleMemory();
    return { reading, seconds: cpuSeconds(start), wall: (performance.now() - wall) / 1000 };
  };
  const first = await readOnce();
  const firstPeak = peakRss;
  const again = await readOnce();
  await ocr.terminate();
  clearInterval(timer);

  const result = { image: truth.image, right: 0, wrong: 0, empty: 0, todayRight: 0, today: 0, wrongs: [] };
  for (const [n, { reading }] of [first, again].entries()) {
    const check = (got, want, isToday, what) => {
      const counted = n === 0;
      if (counted && isToday) result.today++;
      if (got === '' || got === undefined) {
        if (counted) result.empty++;
      } else if (Number(got) === Number(want)) {
        if (counted) result.right++;
        if (counted && isToday) result.todayRight++;
      } else {
        result.wrong++;
        result.wrongs.push(`${what}${n ? ' (read again)' : ''}: read ${got}, true ${want}`);
      }
    };
    for (const field of FIELDS) {
      const a = truth.analytes[field];
      truth.columns.forEach((col, i) => check(reading.rows[field]?.cells[i]?.text ?? '', a[col], i === 0, `${field} ${col}`));
    }
    check(reading.age?.text ?? '', truth.age, true, 'age');
    // A unit read wrongly would be a wrong value too.
    for (const field of ['albumin', 'platelets']) {
      const printed = reading.units[field];
      if (printed && printed !== truth.analytes[field].unitId) {
        result.wrong++;
        result.wrongs.push(`${field} unit: read ${printed}, true ${truth.analytes[field].unitId}`);
      }
    }
  }
  if (JSON.stringify(first.reading) !== JSON.stringify(again.reading)) result.wrongs.push('note: the second reading differs from the first');
  Object.assign(result, {
    first: first.seconds,
    again: again.seconds,
    firstWall: first.wall,
    againWall: again.wall,
    engine: engineSeconds,
    baseRss,
    engineRss,
    firstPeak,
    peak: peakRss,
  });
  console.log(`RESULT ${JSON.stringify(result)}`);
  process.exit(0);
}

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

// The reader's code (TypeScript) as one plain module for the photos' processes; the libraries
// (tesseract.js, jpeg-js) stay in node_modules.
const out = join(root, 'bench-results/ocr-bench');
mkdirSync(out, { recursive: true });
const entry = join(out, 'entry.ts');
writeFileSync(
  entry,
  `export { rgbFromRgba } from '${join(root, 'src/import/decode-rgb.ts')}';\n` +
    `export { readReport, WORK_SIDE } from '${join(root, 'src/import/reader.ts')}';\n` +
    `export { createOcr, ONE_STROKE } from '${join(root, 'src/import/tesseract-ocr.ts')}';\n`,
);
const { build } = await import('vite');
await build({
  configFile: false,
  root,
  logLevel: 'error',
  publicDir: false,
  build: { ssr: entry, outDir: out, emptyOutDir: false, minify: false, rollupOptions: { output: { format: 'es', entryFileNames: 'reader.mjs' } } },
});
const reader = join(out, 'reader.mjs');
const pixels = join(out, 'photo.rgba');
const jpeg = (await import('jpeg-js')).default;

const totals = { today: 0, todayRight: 0, right: 0, wrong: 0, empty: 0 };
const rows = [];
for (const dir of dirs) {
  const only = process.env.ONLY;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && (!only || f.includes(only))).sort()) {
    // Decoded here, not in the photo's process: jpeg-js (Node only) leaves ~55 MB that the process
    // keeps, where the browser decodes natively and closes the bitmap at once. Its CPU is added to
    // each reading's.
    const truth = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const decodeStart = process.cpuUsage();
    const photo = jpeg.decode(readFileSync(join(dir, truth.image)), { useTArray: true, maxMemoryUsageInMB: 256 });
    const decodeUsed = process.cpuUsage(decodeStart);
    const decodeSeconds = (decodeUsed.user + decodeUsed.system) / 1e6;
    writeFileSync(pixels, Buffer.concat([Buffer.from(new Uint32Array([photo.width, photo.height]).buffer), photo.data]));
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--photo', join(dir, file), '--reader', reader, '--pixels', pixels, ...(DEBUG ? ['--debug'] : [])], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // The engine prints notes and statistics to stderr: shown only with --debug.
      stdio: ['ignore', 'pipe', DEBUG ? 'inherit' : 'pipe'],
    });
    const out = child.stdout.split('\n');
    if (DEBUG) console.log(out.filter((l) => !l.startsWith('RESULT ')).join('\n'));
    const line = out.find((l) => l.startsWith('RESULT '));
    if (!line) {
      console.error(`${file}: the reading failed\n${child.stderr ?? ''}`);
      process.exit(1);
    }
    const r = JSON.parse(line.slice('RESULT '.length));
    r.first += decodeSeconds;
    r.again += decodeSeconds;
    rows.push(r);
    console.log(
      `${r.image}: ${r.right} right, ${r.wrong} wrong, ${r.empty} empty of ${r.right + r.wrong + r.empty}; today's values and age ${r.todayRight}/${r.today}; ` +
        `CPU first photo ${r.first.toFixed(2)} s, after the first load ${r.again.toFixed(2)} s (wall ${r.firstWall.toFixed(2)} / ${r.againWall.toFixed(2)} s); ` +
        `engine start ${r.engine.toFixed(2)} s; RSS ${MB(r.baseRss)} MB before the engine, ${MB(r.engineRss)} MB loaded, peak ${MB(r.firstPeak)} MB (${MB(r.peak)} MB read again)` +
        `${r.wrongs.length ? `\n  ${r.wrongs.join('; ')}` : ''}`,
    );
    for (const key of Object.keys(totals)) totals[key] += r[key];
  }
}
const max = (key) => Math.max(...rows.map((r) => r[key]));
const min = (key) => Math.min(...rows.map((r) => r[key]));
const model = join(root, 'node_modules/@tesseract.js-data/jpn/4.0.0_best_int/jpn.traineddata.gz');
const core = join(root, 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm.js');
const worker = join(root, 'node_modules/tesseract.js/dist/worker.min.js');
const gz = (p) => gzipSync(readFileSync(p)).length;
const download = statSync(model).size + gz(core) + gz(worker);
const above = rows.map((r) => r.peak - r.baseRss);
console.log(
  `\nall: ${totals.right} right, ${totals.wrong} wrong, ${totals.empty} empty; today's values and age filled correctly ${totals.todayRight}/${totals.today} ` +
    `(${((100 * totals.todayRight) / Math.max(1, totals.today)).toFixed(0)} %)\n` +
    `CPU per photo after the first load (the engine kept, as the browser does): ${min('again').toFixed(2)}–${max('again').toFixed(2)} s\n` +
    `CPU of the first photo of a session (a fresh engine): ${min('first').toFixed(2)}–${max('first').toFixed(2)} s; engine start (worker, WebAssembly, model) ${min('engine').toFixed(2)}–${max('engine').toFixed(2)} s\n` +
    `memory, RSS of the Node process reading one photo: ${MB(min('baseRss'))}–${MB(max('baseRss'))} MB before the engine (Node, the reader's code); ` +
    `${MB(min('engineRss'))}–${MB(max('engineRss'))} MB with the engine loaded; peak ${MB(min('peak'))}–${MB(max('peak'))} MB; ` +
    `the engine and the reading take ${MB(Math.min(...above))}–${MB(Math.max(...above))} MB above Node's own\n` +
    `one-time download (gzip): engine ${(gz(core) / 1048576).toFixed(2)} MB + worker ${(gz(worker) / 1024).toFixed(0)} KB + Japanese model ${(statSync(model).size / 1048576).toFixed(2)} MB = ${(download / 1048576).toFixed(2)} MB`,
);
process.exit(totals.wrong > 0 ? 1 : 0);
