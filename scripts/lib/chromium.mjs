// Finds Debian's Chromium (or CHROME_PATH) for the scripts that drive a browser, and launches it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

// The puppeteer-core that @web/test-runner-chrome brings (a root copy would clash with webdriverio's peer range).
const require = createRequire(createRequire(import.meta.url).resolve('@web/test-runner-chrome'));
const puppeteer = require('puppeteer-core');

export function chromiumPath() {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
  if (!found) {
    console.error('No Chromium found. Install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  return found;
}

export const launch = (args = []) =>
  puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', ...args],
  });
