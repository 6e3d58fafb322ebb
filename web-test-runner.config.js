import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = candidates.find((p) => p && existsSync(p));
if (!executablePath) {
  console.error('No Chromium found. Install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

/** Pages under /tests/fixtures/csp/ are served with the strict policy partners may use (SPEC §7). */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: focus and axe checks need the page in the foreground, and the suite takes seconds.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [
    async (context, next) => {
      await next();
      if (context.path.startsWith('/tests/fixtures/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // Pages run side by side; without these, a background page gets no animation frames.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
