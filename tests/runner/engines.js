// The browser engines the suite runs in: Chromium, Firefox ESR (puppeteer over WebDriver BiDi) and
// WebKitGTK's MiniBrowser (WebKitWebDriver under Xvfb). Every installed engine runs; with CI=true all
// three are required. WTR_ENGINES=chromium (npm run test:chromium) picks a subset.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';

const first = (paths) => paths.find((p) => p && existsSync(p));
const PATHS = {
  chromium: first([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']),
  firefox: first([process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr']),
  webkit: first(['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser']),
  webkitDriver: first(['/usr/bin/WebKitWebDriver']),
  xvfb: first(['/usr/bin/Xvfb']),
};
const INSTALL = {
  chromium: 'sudo apt-get install -y chromium',
  firefox: 'sudo apt-get install -y --no-install-recommends firefox-esr',
  webkit: 'sudo apt-get install -y --no-install-recommends webkit2gtk-driver xvfb',
};

const children = [];
const cleanUp = () => children.forEach((c) => c.kill());
process.on('exit', cleanUp);
// wtr ignores SIGTERM; without this, Xvfb, WebKitWebDriver and MiniBrowser would outlive it.
process.once('SIGTERM', () => {
  cleanUp();
  process.exit(143);
});

export const chromium = PATHS.chromium
  ? chromeLauncher({
      launchOptions: {
        executablePath: PATHS.chromium,
        headless: true,
        // Pages run side by side; without these, a background page gets no animation frames.
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
      },
    })
  : undefined;

function firefox() {
  const launcher = chromeLauncher({
    launchOptions: { browser: 'firefox', executablePath: PATHS.firefox, headless: true, defaultViewport: null, args: ['--window-size=800,600'] },
    // wtr sets an 800 × 600 viewport on every page; puppeteer does that with a WebDriver BiDi command
    // (emulation.setScreenOrientationOverride) that Firefox ESR 140 lacks, so the window size is set at launch.
    async createPage({ browser }) {
      const page = await browser.newPage();
      page.setViewport = async () => undefined;
      return page;
    },
  });
  launcher.name = 'Firefox';
  return launcher;
}

/** A free TCP port on loopback, so two test runs on one machine do not share a driver. */
const freePort = () =>
  new Promise((ok, fail) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
    probe.on('error', fail);
  });

async function webkit() {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  /** Resolves once the driver answers WebDriver's /status (it takes a moment to listen); fails if it exits. */
  const driverReady = async (child, port) => {
    const deadline = Date.now() + 20_000;
    while (child.exitCode === null) {
      const ready = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
      if (ready) return;
      if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s`);
      await new Promise((r) => setTimeout(r, 50)); // the poll interval, not a guess at the start-up time
    }
    throw new Error(`WebKitWebDriver exited (${child.exitCode}) before it answered`);
  };
  if (!process.env.DISPLAY) {
    // MiniBrowser has no headless mode: give it a virtual display.
    const xvfb = spawn(PATHS.xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    children.push(xvfb);
    process.env.DISPLAY = ':' + (await new Promise((ok, fail) => {
      xvfb.on('error', fail);
      xvfb.stdio[3].once('data', (d) => ok(String(d).trim()));
    }));
  }
  const port = Number(process.env.WEBKIT_DRIVER_PORT ?? (await freePort()));
  const driver = spawn(PATHS.webkitDriver, [`--port=${port}`], { stdio: 'ignore' });
  children.push(driver);
  await driverReady(driver, port);
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'warn',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: PATHS.webkit, args: ['--automation'] },
    },
  });
  launcher.name = 'WebKit';
  return launcher;
}

/** The launchers for this run, after printing which engines run and which are missing. */
export async function engines() {
  const wanted = (process.env.WTR_ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim());
  const available = {
    chromium: Boolean(PATHS.chromium),
    firefox: Boolean(PATHS.firefox),
    webkit: Boolean(PATHS.webkit && PATHS.webkitDriver && (process.env.DISPLAY || PATHS.xvfb)),
  };
  const missing = wanted.filter((e) => !available[e]);
  for (const engine of missing) console.error(`[engines] ${engine} is not installed: ${INSTALL[engine]}`);
  if (missing.length && (process.env.CI === 'true' || missing.includes('chromium'))) {
    console.error(`[engines] required engine(s) missing: ${missing.join(', ')}${process.env.CI === 'true' ? ' (CI=true needs all three)' : ''}`);
    process.exit(1);
  }
  const running = wanted.filter((e) => available[e]);
  console.log(`[engines] running in: ${running.join(', ')}${missing.length ? `; skipped (not installed): ${missing.join(', ')}` : ''}`);
  const launchers = [];
  if (running.includes('chromium')) launchers.push(chromium);
  if (running.includes('firefox')) launchers.push(firefox());
  if (running.includes('webkit')) launchers.push(await webkit());
  return launchers;
}
