// Writes both languages' first state into dist/index.html, so the page is drawn before any
// JavaScript runs. <html lang> (set by boot.js before the body is parsed) picks which one shows;
// main.tsx hydrates that one and removes the other.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { prerender } = await import(pathToFileURL(`${root}dist-ssr/prerender.js`).href);

const indexPath = `${root}dist/index.html`;
const template = await readFile(indexPath, 'utf8');
const placeholder = '<div id="root"></div>';
if (!template.includes(placeholder)) throw new Error(`dist/index.html has no ${placeholder}`);

const en = await prerender('en');
const ja = await prerender('ja');
const pages =
  `<div id="root" class="prerendered" data-lang="en">${en.html}</div>` +
  `<div class="prerendered" data-lang="ja">${ja.html}</div>`;

const html = template
  .replace(placeholder, pages)
  // Classic, blocking, same origin: runs before the body is drawn.
  .replace('</title>', '</title>\n    <script src="/boot.js"></script>');
await writeFile(indexPath, html);
await rm(`${root}dist-ssr`, { recursive: true, force: true });
console.log(`prerendered en (${en.html.length} chars) and ja (${ja.html.length} chars) into dist/index.html`);
