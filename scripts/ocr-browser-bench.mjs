// The photo reader in Chromium, as a person uses it: the built app (run `npm run build` first) is
// served on 127.0.0.1, each sample photo is chosen twice in one page (the page's first reading
// starts the engine, every later one finds it kept), and for each reading it prints the CPU time of the whole
// browser (every Chromium process, from /proc) and the peak memory (RSS) of the page's renderer
// process, which runs the page and the engine's worker.
//   node scripts/ocr-browser-bench.mjs [photo.jpg …]   (default: the sample photos)
// Linux only (/proc). Heavy: run it alone.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './browser.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4191);
const samples = '/work/shared/samples/report-photos';
const photos = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(samples)
      .filter((f) => f.endsWith('.jpg'))
      .sort()
      .map((f) => join(samples, f));

const TICK = 100; // clock ticks per second (USER_HZ)
const PAGE = 4096;
/** Every process below this one: pid → command line. */
function descendants() {
  const parent = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      // gone
    }
  }
  const mine = new Set([String(process.pid)]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const [pid, ppid] of parent)
      if (!mine.has(pid) && mine.has(ppid)) {
        mine.add(pid);
        grown = true;
      }
  }
  mine.delete(String(process.pid));
  return [...mine];
}
function usage(pids) {
  let cpu = 0;
  const rss = new Map();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const rest = fields.slice(fields.lastIndexOf(')') + 2).split(' ');
      cpu += (Number(rest[11]) + Number(rest[12])) / TICK; // utime, stime
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes('--type=renderer')) rss.set(pid, Number(rest[21]) * PAGE);
    } catch {
      // gone
    }
  }
  return { cpu, rss };
}

const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) break;
    } catch {
      if (i > 100) throw new Error('the preview server did not start');
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1024, height: 768 } });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('html[data-ready="true"]').waitFor();
  /** Chromium's processes (not the preview server's). */
  const pids = () =>
    descendants().filter((pid) => {
      try {
        return /chrom/i.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
      } catch {
        return false;
      }
    });
  let readings = 0;
  for (const photo of photos) {
    if (!existsSync(photo)) continue;
    for (const again of [false, true]) {
      const round = readings++ === 0 ? 'first photo of the page (engine started)' : again ? 'the same photo again (engine kept)' : 'engine kept';
      const before = usage(pids());
      let peak = 0;
      const timer = setInterval(() => {
        for (const v of usage(pids()).rss.values()) peak = Math.max(peak, v);
      }, 50);
      const wall = performance.now();
      await page.getByLabel('Read from a photo').setInputFiles(photo);
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: 'Check what was read' }).or(dialog.getByRole('alert')).waitFor({ timeout: 200_000 });
      const seconds = (performance.now() - wall) / 1000;
      clearInterval(timer);
      const after = usage(pids());
      const idle = Math.max(...before.rss.values());
      console.log(
        `${photo.split('/').pop()}, ${round}: browser CPU ${(after.cpu - before.cpu).toFixed(2)} s (wall ${seconds.toFixed(2)} s); ` +
          `renderer RSS ${(idle / 1048576).toFixed(0)} MB before, peak ${(peak / 1048576).toFixed(0)} MB`,
      );
      await dialog.getByRole('button', { name: /Cancel|Close/ }).first().click();
      await dialog.waitFor({ state: 'hidden' });
    }
  }
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid);
}
