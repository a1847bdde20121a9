// Runs the Playwright suite in a real Chromium, finding the browser by itself:
// CHROME_PATH, then /usr/bin/chromium, then Playwright's own browser if one is installed.
// With none, as root where apt-get exists, it installs Debian's Chromium and Japanese fonts;
// otherwise it stops and says exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './browser.mjs';

function playwrightOwn() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function canApt() {
  return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

let browser = findChromium() ?? playwrightOwn();
if (!browser && canApt()) {
  console.log('No Chromium found: installing chromium and Japanese fonts with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-ipafont-gothic', 'fonts-ipafont-mincho'], { stdio: 'inherit', env });
  browser = findChromium();
}
if (!browser) {
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      'Install it, e.g. on Debian/Ubuntu: sudo apt-get install chromium fonts-ipafont-gothic fonts-ipafont-mincho\n' +
      'or point CHROME_PATH at a Chromium or Chrome executable.',
  );
  process.exit(1);
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: browser },
});
process.exit(result.status ?? 1);
