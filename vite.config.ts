/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Content-Security-Policy for the built page: no inline script, nothing fetched from anywhere
 * but the app's own origin. Only in the build: Vite's dev server needs inline scripts.
 * README "Hosting" gives the same policy as response headers.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const csp: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  },
};

/**
 * locales/<lang>/<ns>.json, minified, under a name with its content hash
 * (locales/en/common.1a2b3c4d5e.json): new code never meets old text from a cache, and the
 * service worker precaches each version under its own address.
 */
const LOCALE_FILES = Object.fromEntries(
  readdirSync('locales').flatMap((lang) =>
    readdirSync(`locales/${lang}`)
      .filter((f) => f.endsWith('.json'))
      .map((file) => {
        const source = JSON.stringify(JSON.parse(readFileSync(`locales/${lang}/${file}`, 'utf8')));
        const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
        return [`${lang}/${file.replace(/\.json$/, '')}`, { fileName: `locales/${lang}/${file.replace(/\.json$/, '')}.${hash}.json`, source }];
      }),
  ),
);

/** Writes the locale files into the build, where src/i18n/fetch-locale.ts fetches them. */
const locales: Plugin = {
  name: 'locales',
  apply: 'build',
  generateBundle() {
    for (const { fileName, source } of Object.values(LOCALE_FILES)) this.emitFile({ type: 'asset', fileName, source });
  },
};

/**
 * The on-device reader (src/import): Tesseract's worker, its WebAssembly engine (three builds: the
 * worker picks the one the device runs) and the Japanese model, copied to dist/ocr/ under fixed
 * names so that nothing is fetched from a CDN. Loaded only when a photo is read; cached by the
 * service worker on that first use (not precached: ~3.4 MB that most visits never need).
 */
const OCR_FILES: Record<string, string> = {
  'worker.min.js': 'node_modules/tesseract.js/dist/worker.min.js',
  'tesseract-core-relaxedsimd-lstm.wasm.js': 'node_modules/tesseract.js-core/tesseract-core-relaxedsimd-lstm.wasm.js',
  'tesseract-core-simd-lstm.wasm.js': 'node_modules/tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
  'tesseract-core-lstm.wasm.js': 'node_modules/tesseract.js-core/tesseract-core-lstm.wasm.js',
  'jpn.traineddata.gz': 'node_modules/@tesseract.js-data/jpn/4.0.0_best_int/jpn.traineddata.gz',
};
const ocr: Plugin = {
  name: 'ocr',
  apply: 'build',
  generateBundle(options) {
    if (options.format !== 'es' || this.environment?.name === 'ssr') return;
    for (const [name, path] of Object.entries(OCR_FILES)) this.emitFile({ type: 'asset', fileName: `ocr/${name}`, source: readFileSync(path) });
  },
};

export default defineConfig({
  plugins: [
    react(),
    csp,
    locales,
    ocr,
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // globPatterns below already precache every public file: listing them again would add duplicates.
      includeManifestIcons: false,
      manifest: {
        name: 'Liver checkup explainer / 肝機能検査値のみかた',
        short_name: 'Liver values',
        description: 'Explains liver values from a Japanese health checkup, in English or Japanese. Values never leave the device.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f5f8b',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,txt,json}'],
        // clinic.json is the one file a host may edit after the build: fetched from the network
        // whenever there is one, and the last copy seen is used offline.
        globIgnores: ['clinic.json', 'ocr/**'],
        // With neither network nor a kept copy it answers `null` (no clinic), as the shipped file does.
        runtimeCaching: [
          // The reader's engine and model: cached on first use, then read offline.
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/ocr/'),
            handler: 'CacheFirst',
            options: { cacheName: 'ocr' },
          },
          {
            urlPattern: ({ url }) => url.pathname === '/clinic.json',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'clinic',
              plugins: [{ handlerDidError: async () => new Response('null', { headers: { 'Content-Type': 'application/json' } }) }],
            },
          },
        ],
        navigateFallback: '/index.html',
        // The first visit's page is controlled as soon as the worker is installed, so that it
        // works offline (a language switch included) without a reload.
        clientsClaim: true,
      },
    }),
  ],
  define: {
    __LOCALE_FILES__: JSON.stringify(Object.fromEntries(Object.entries(LOCALE_FILES).map(([key, { fileName }]) => [key, `/${fileName}`]))),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // NO_MINIFY=1 npm run build: readable function names for a CPU profile of typing.
    minify: process.env.NO_MINIFY ? false : undefined,
    rolldownOptions: {
      output: {
        // Everything the first page needs in one chunk, the entry included, rather than a dozen
        // small shared ones (each costs its own import lines and gzip header: ~2 KB of the budget).
        // Lazy chunks import from it, so main.tsx must not wait on them at its top level.
        codeSplitting: { groups: [{ name: 'first-load', tags: ['$initial'] }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    // Playwright specs live in e2e/ and never run under Vitest.
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    // User-event flows on a busy 2-core machine: 5 s has failed a fresh clone under load.
    testTimeout: 30_000,
  },
});
