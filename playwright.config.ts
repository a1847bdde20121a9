import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS } from './scripts/browser.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4180);

// Real Chromium against the production build served on 127.0.0.1. scripts/run-e2e.mjs finds (or
// installs) the browser and passes it in CHROME_PATH.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: process.env.CHROME_PATH, args: CHROMIUM_FLAGS },
    serviceWorkers: 'allow',
  },
  projects: [
    // Behaviour of the reception tablet and the take-away is checked once, on the tablet it is for.
    { name: 'phone', testIgnore: /reception\.spec/, use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
    { name: 'tablet-landscape', use: { viewport: { width: 1024, height: 768 }, hasTouch: true } },
    { name: 'tablet-portrait', testIgnore: /reception\.spec/, use: { viewport: { width: 768, height: 1024 }, hasTouch: true } },
  ],
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
