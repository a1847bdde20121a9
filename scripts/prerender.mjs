// Writes both languages' first state into dist/index.html, so the page is drawn before any
// JavaScript runs. <html lang> (set by boot.js before the body is parsed) picks which one shows;
// main.tsx hydrates that one and removes the other.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { prerender, prefixIds, idPrefix } = await import(pathToFileURL(`${root}dist-ssr/prerender.js`).href);

const indexPath = `${root}dist/index.html`;
const template = await readFile(indexPath, 'utf8');
const placeholder = '<div id="root"></div>';
if (!template.includes(placeholder)) throw new Error(`dist/index.html has no ${placeholder}`);

const en = await prerender('en');
const ja = await prerender('ja');
// Each copy's ids carry its language (en--field-alt, ja--field-alt): unique in the page, so every
// label names its own field before the app starts. main.tsx takes the prefix off the copy it keeps.
const pages =
  `<div id="root" class="prerendered" data-lang="en">${prefixIds(en.html, idPrefix('en'))}</div>` +
  `<div class="prerendered" data-lang="ja">${prefixIds(ja.html, idPrefix('ja'))}</div>`;

// The app's module is fetched at once (modulepreload) but started by boot.js only once the page
// has been parsed and drawn: the prerendered page paints without waiting for ~300 KB of script
// to be evaluated, and the app takes over a frame later.
const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
if (!entry.test(template)) throw new Error('dist/index.html has no module script');
const html = template
  .replace(placeholder, pages)
  .replace(entry, '<link rel="modulepreload" crossorigin href="$1" id="app-main">')
  // Classic, blocking, same origin: runs before the body is drawn.
  .replace('</title>', '</title>\n    <script src="/boot.js"></script>');
await writeFile(indexPath, html);
await rm(`${root}dist-ssr`, { recursive: true, force: true });
console.log(`prerendered en (${en.html.length} chars) and ja (${ja.html.length} chars) into dist/index.html`);
