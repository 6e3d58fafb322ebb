import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium, engines } from './tests/runner/engines.js';

/** Pages under /tests/fixtures/csp/ are served with the strict policy partners may use (SPEC §7). */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** `executeServerCommand('cdp-metrics')`: DevTools counters after a forced garbage collection (leak tests). */
const cdpMetrics = {
  name: 'cdp-metrics',
  async executeCommand({ command, session }) {
    if (command !== 'cdp-metrics') return undefined;
    // Chromium only: the tests ask for it only there.
    const page = chromium.getPage(session.id);
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.detach();
    const { JSEventListeners, Nodes, JSHeapUsedSize } = await page.metrics();
    return { listeners: JSEventListeners, nodes: Nodes, heap: JSHeapUsedSize };
  },
};

/**
 * `executeServerCommand('forced-colors', { forcedColors: 'active' | 'none', colorScheme })`: Windows
 * forced-colours emulation (Chromium only; @web/test-runner-commands' emulateMedia passes it to
 * Playwright only). The DevTools session stays attached while the emulation is on: closing it ends it.
 */
const forcedColorSessions = new Map();
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    let cdp = forcedColorSessions.get(session.id);
    if (!cdp) {
      cdp = await chromium.getPage(session.id).createCDPSession();
      forcedColorSessions.set(session.id, cdp);
    }
    const features = [{ name: 'forced-colors', value: payload.forcedColors }, { name: 'prefers-color-scheme', value: payload.colorScheme ?? 'light' }];
    await cdp.send('Emulation.setEmulatedMedia', { features: payload.forcedColors === 'active' ? features : [] });
    if (payload.forcedColors !== 'active') {
      await cdp.detach();
      forcedColorSessions.delete(session.id);
    }
    return true;
  },
};

/** Serves tests/react/app.ts bundled with React, which ships only CommonJS. */
const reactBundle = {
  name: 'react-bundle',
  async serve(context) {
    if (context.path !== '/tests/react/app.bundle.js') return undefined;
    const { outputFiles } = await build({
      entryPoints: ['tests/react/app.ts'], bundle: true, format: 'esm', write: false, target: 'es2022',
      tsconfig: 'tsconfig.json', define: { 'process.env.NODE_ENV': '"development"' }, logLevel: 'error',
    });
    return { body: outputFiles[0].text, type: 'js' };
  },
};

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: focus and axe checks need the page in the foreground, and the suite takes seconds.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), cdpMetrics, forcedColors, reactBundle],
  middleware: [
    // Hostile data-src servers for the bad-input tests.
    async (context, next) => {
      if (context.path === '/tests/fixtures/slow.json') {
        await new Promise((resolve) => setTimeout(resolve, Number(context.query.ms ?? 3000)));
        context.body = '{}';
        return;
      }
      if (context.path === '/tests/fixtures/huge.json') {
        context.type = 'application/json';
        context.body = `{"padding":"${'x'.repeat(2 * 1024 * 1024)}"}`;
        return;
      }
      return next();
    },
    async (context, next) => {
      await next();
      if (context.path.startsWith('/tests/fixtures/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  browsers: await engines(),
};
