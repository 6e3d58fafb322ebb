import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium, engines } from './tests/runner/engines.js';
import { failuresLast } from './tests/runner/failures-last.js';
import { defaultReporter } from '@web/test-runner';

/** Pages under /tests/fixtures/csp/ are served with the strict policy partners may use (docs/contract.md, Robustness). */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Pages under /tests/fixtures/csp-coexist/ get the policy the Embedding guide recommends for a page
 * that also runs its own Lit: our policy name and Lit's, and no 'allow-duplicates'.
 */
const COEXIST_CSP = `${STRICT_CSP}; trusted-types crs-widgets lit-html`;
/** What the Embedding guide recommended before the widgets had their own policy name. */
const LEGACY_CSP = `${STRICT_CSP}; trusted-types lit-html`;
/** A page that allows only its own policy name: the widgets cannot render and must leave the fallback content. */
const FOREIGN_CSP = `${STRICT_CSP}; trusted-types myapp`;

/**
 * Fixture scripts bundled on request: partners' own Lit 2 and Lit 3 elements, and the old CMS
 * libraries from npm. The libraries are sloppy-mode classic scripts (they set globals through
 * `this`), so they are served under a `.script` path that the esbuild plugin leaves alone: it would
 * otherwise add "use strict" and break them before they ran.
 */
const FIXTURE_BUNDLES = {
  '/tests/fixtures/csp-coexist/lit2-element.js': { entry: 'tests/fixtures/csp-coexist/lit2-element.ts', format: 'iife', tsconfig: 'tsconfig.json' },
  '/tests/fixtures/csp-coexist/lit3-element.js': { entry: 'tests/fixtures/csp-coexist/lit3-element.ts', format: 'esm', tsconfig: 'tsconfig.json' },
  '/tests/fixtures/old-cms/prototype-1.7.script': { entry: 'tests/fixtures/old-cms/prototype-1.7.js', format: 'iife' },
};
const LEGACY_SCRIPTS = {
  '/tests/fixtures/old-cms/mootools-1.5.2.script': 'node_modules/mootools/lib/mootools-core-1.5.2-server.js',
};
const fixtureBundles = {
  name: 'fixture-bundles',
  async serve(context) {
    if (LEGACY_SCRIPTS[context.path]) {
      return { body: await readFile(LEGACY_SCRIPTS[context.path], 'utf8'), type: 'application/javascript' };
    }
    const wanted = FIXTURE_BUNDLES[context.path];
    if (!wanted) return undefined;
    const { outputFiles } = await build({
      entryPoints: [wanted.entry], bundle: true, format: wanted.format, write: false, target: 'es2020',
      // Without a tsconfig, esbuild would pick up ours (strict) and add "use strict" to sloppy code.
      ...(wanted.tsconfig ? { tsconfig: wanted.tsconfig } : { tsconfigRaw: {} }),
      define: { global: 'window' }, logLevel: 'error',
    });
    return { body: outputFiles[0].text, type: 'application/javascript' };
  },
};

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

/**
 * `PUT /tests/served/<name>.json` keeps a body a test wrote (a dataset built in the test); `GET` serves it,
 * so a test gives a widget its data the way partners do, through `data-src` (tests/harness.ts, `serve`).
 */
const served = new Map();
const servedFiles = async (context, next) => {
  const name = /^\/tests\/served\/([\w-]+\.json)$/.exec(context.path)?.[1];
  if (!name) return next();
  if (context.method === 'PUT') {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    served.set(name, Buffer.concat(chunks).toString('utf8'));
    context.status = 204;
    return;
  }
  if (!served.has(name)) return next();
  context.type = 'application/json';
  context.body = served.get(name);
};

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: focus and axe checks need the page in the foreground, and the suite takes seconds.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // The console and error recorder of tests/harness.ts: the file every page the tests open in a frame loads first.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script src="/tests/fixtures/recorder.js"></script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), cdpMetrics, forcedColors, reactBundle, fixtureBundles],
  middleware: [
    // A bundle byte for byte, as a partner's server sends it (the plugins above would rewrite it): the integrity test.
    async (context, next) => {
      if (!/^\/dist\/crs-widgets[\w.-]*\.js$/.test(context.path) || !('as-shipped' in context.query)) return next();
      context.type = 'application/javascript';
      context.body = await readFile(context.path.slice(1));
    },
    servedFiles,
    // Hostile data-src servers for the bad-input tests.
    async (context, next) => {
      if (context.path === '/tests/fixtures/slow.json') {
        await new Promise((resolve) => setTimeout(resolve, Number(context.query.ms ?? 3000)));
        // ?file=partner-data.json: a valid partner file that arrives late (a slow server).
        const file = /^[\w-]+\.json$/.test(context.query.file ?? '') ? context.query.file : undefined;
        context.type = 'application/json';
        context.body = file ? readFileSync(`tests/fixtures/${file}`, 'utf8') : '{}';
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
      if (context.path.startsWith('/tests/fixtures/csp-coexist/')) context.set('Content-Security-Policy', COEXIST_CSP);
      if (context.path.startsWith('/tests/fixtures/csp-legacy/')) context.set('Content-Security-Policy', LEGACY_CSP);
      if (context.path.startsWith('/tests/fixtures/csp-foreign/')) context.set('Content-Security-Policy', FOREIGN_CSP);
    },
  ],
  reporters: [defaultReporter(), failuresLast()],
  browsers: await engines(),
};
