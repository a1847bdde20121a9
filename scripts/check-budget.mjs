// The bundle budget (issue: ≤ 100 KB of JavaScript gzipped on the first visit, all of it counted).
// Reads the built files, so it does not depend on timing and runs inside npm test.
// Counted: every script the built index.html loads (boot.js, the entry, its preloaded imports)
// and, transitively, every chunk those import statically. Not counted: chunks only imported
// dynamically when needed (the clinic schema, the dev-only language detector fallback) and the
// service worker, which the page does not execute. Locale text is JSON, reported beside it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 100 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const queue = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+)"/g)].map((m) => m[1]);
const counted = new Set();
while (queue.length > 0) {
  const file = queue.shift();
  if (counted.has(file)) continue;
  counted.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  // Static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+)["']/g)) {
    queue.push(`assets/${m[1]}`);
  }
}

const js = [...counted].map((file) => ({ file, gzip: gz(file) }));
const total = js.reduce((sum, f) => sum + f.gzip, 0);
const localeGzip = Object.fromEntries(
  readdirSync(join(dist, 'locales')).map((lang) => [
    lang,
    readdirSync(join(dist, 'locales', lang)).reduce((sum, f) => sum + gz(join('locales', lang, f)), 0),
  ]),
);

for (const f of js) console.log(`  ${f.file.padEnd(40)} ${(f.gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
console.log(`first-load JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET / 1024} KB)`);
console.log(`locale text per language (JSON): ${Object.entries(localeGzip).map(([l, n]) => `${l} ${(n / 1024).toFixed(1)} KB`).join(', ')}`);
if (total > BUDGET) {
  console.error(`Over the bundle budget by ${((total - BUDGET) / 1024).toFixed(1)} KB`);
  process.exit(1);
}
