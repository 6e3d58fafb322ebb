/**
 * The page harness every test uses: elements mounted and waited for until they have rendered, pages
 * opened in frames (a partner's page: the built bundle, other scripts, a CSP), one console and error
 * recorder for both (tests/fixtures/recorder.js), and queries that reach through shadow roots.
 * Every wait is on a condition, never a fixed time.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';

/** What a page (or the test document while `record` runs) said and threw. */
export interface Recording {
  /** console.warn, one string per call. */
  warnings: string[];
  /** console.error, one string per call. */
  errors: string[];
  /** Uncaught errors, unhandled rejections and Content-Security-Policy violations. */
  problems: string[];
}
type Recorder = Recording & { stop(): void };
type RecordingWindow = Window & { crsRecord(win: Window): Recorder; recorded: Recording };

/**
 * Records the test document's console and uncaught errors while `run` runs (the recorder the frames
 * load is also loaded into every test page, by web-test-runner.config.mjs). The errors are also
 * recorded when `run` throws.
 */
export async function record(run: () => unknown): Promise<Recording> {
  const recorder = (window as unknown as RecordingWindow).crsRecord(window);
  try {
    await run();
    // An error thrown from an event listener or a rejected promise is reported in a later task.
    await settle();
  } finally {
    recorder.stop();
  }
  return recorder;
}

/** Records console.warn calls while `run` runs. */
export const captureWarnings = async (run: () => unknown): Promise<string[]> => (await record(run)).warnings;

/**
 * Resolves after every task queued so far: timers of 0 ms set before it have fired (timers run in
 * the order they were set), so errors and rejections they report, and notes they print, are in. An
 * ordering, not a guess at a duration.
 */
export const settle = (win: Window = window): Promise<void> => new Promise((resolve) => win.setTimeout(resolve, 0));

/**
 * Runs `check` on every change to these shadow roots (and once now) until `done` is true: for
 * asserting what a visitor sees at every moment of a wait, not at a sample of them. Returns how many
 * times `check` ran.
 */
export function watch(roots: Node[], check: () => void, done: () => boolean, timeout = 15_000): Promise<number> {
  return new Promise((resolve, reject) => {
    let looks = 0;
    const observer = new MutationObserver(() => look());
    const timer = setTimeout(() => finish(new Error('watch: the awaited change never came')), timeout);
    const finish = (error?: unknown) => {
      observer.disconnect();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(looks);
    };
    const look = () => {
      try {
        if (done()) return finish();
        looks++;
        check();
      } catch (error) {
        finish(error);
      }
    };
    for (const root of roots) observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    look();
  });
}

// Queries ---------------------------------------------------------------------------------------

/** The element's shadow root, typed for queries. */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/**
 * Queries through shadow roots, one selector per level: `$(locator, '.result crs-contact-card', '[part="title"]')`
 * is the title inside the contact card inside the locator. Null when any level finds nothing.
 */
export function $<E extends Element = HTMLElement>(root: Element | Document | ShadowRoot, ...selectors: string[]): E | null {
  let scope: Element | Document | ShadowRoot | null | undefined = root;
  for (const selector of selectors) {
    // Elements have a shadow root to look in (checked by node type: a frame's elements are not `instanceof Element` here).
    const within: ParentNode | null | undefined = scope.nodeType === Node.ELEMENT_NODE ? (scope as Element).shadowRoot : scope;
    scope = within?.querySelector(selector);
    if (!scope) return null;
  }
  return scope === root ? null : (scope as E);
}

/** Every match of `selector` in `root` and in every shadow root below it, in document order. */
export function $$<E extends Element = HTMLElement>(root: Element | Document | ShadowRoot, selector: string): E[] {
  const found: E[] = [];
  const visit = (scope: ParentNode) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el as E);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit((root as Element).shadowRoot ?? root);
  return found;
}

/** The text a reader sees: whitespace collapsed, invisible bidi isolates and word joiners dropped. */
export const text = (el: Node | null | undefined): string =>
  (el?.textContent ?? '').replace(/[\u2060\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

// Elements --------------------------------------------------------------------------------------

/** A widget has rendered its content: no longer waiting for a `data-src` file. */
export const isRendered = (el: Element): boolean => Boolean(el.shadowRoot?.querySelector('.base:not([aria-busy])'));

/** Waits until `el` has rendered its content (its data file loaded or given up on), then for its update. */
export async function rendered<E extends Element>(el: E, timeout = 5000): Promise<E> {
  await waitUntil(() => isRendered(el), `<${el.localName}> did not render`, { timeout });
  await (el as unknown as Partial<LitElement>).updateComplete;
  return el;
}

/**
 * Mounts a widget on the test page, with these attributes, and waits until it has rendered.
 * `mount('crs-contact-card', { office: 'houston' })`.
 */
export async function mount<E extends LitElement = LitElement>(tag: string, attributes: Record<string, string> = {}): Promise<E> {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  return rendered(el);
}

/** Mounts markup (a template or an HTML string) on the test page; resolves once every widget in it has rendered. */
export async function mountAll(markup: TemplateResult | string): Promise<LitElement[]> {
  const host = await fixture<HTMLDivElement>(typeof markup === 'string' ? html`<div></div>` : html`<div>${markup}</div>`);
  if (typeof markup === 'string') host.innerHTML = markup;
  await Promise.all([...host.querySelectorAll('crs-contact-card, crs-services-list, crs-office-locator')].map((el) => rendered(el)));
  return [...host.children] as LitElement[];
}

/** Serves `data` as a JSON file under a new URL for this page's tests (web-test-runner.config.js); returns the URL. */
let servedCount = 0;
export async function serve(data: unknown): Promise<string> {
  const url = `/tests/served/${Date.now()}-${servedCount++}.json`;
  const response = await fetch(url, { method: 'PUT', body: JSON.stringify(data) });
  if (!response.ok) throw new Error(`the test runner did not keep ${url}`);
  return url;
}

// Pages in frames -------------------------------------------------------------------------------

export const BUNDLES = { module: '<script type="module" src="/dist/crs-widgets.js"></script>', classic: '<script src="/dist/crs-widgets.iife.js"></script>' } as const;
const RECORDER = '<script src="/tests/fixtures/recorder.js"></script>';

export interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { CRSWidgets?: Window['CRSWidgets'] };
  doc: Document;
  /** What the page said and threw since its first script (the page's own copy of the recorder). */
  recorded: Recording;
  /** The first element matching `selector` on the page, through shadow roots as `$` does. */
  $<E extends Element = HTMLElement>(...selectors: string[]): E | null;
  /** Removes the frame. */
  close(): void;
}

export interface PageOptions {
  /** The page's markup (srcdoc); the recorder is its first script. */
  body?: string;
  /** Or a page served by the test runner (it loads the recorder itself, e.g. the CSP fixtures). */
  src?: string;
  width?: number;
  height?: number;
  /** The frame's sandbox attribute. */
  sandbox?: string;
}

/** Pages left open by a failed test are closed after it, so they cannot disturb the next one. */
const open = new Set<HTMLIFrameElement>();
afterEach(() => {
  for (const frame of open) frame.remove();
  open.clear();
});

/** Opens a partner's page in a frame and resolves once it has loaded (its module scripts included). */
export async function openPage(options: PageOptions): Promise<Page> {
  const frame = document.createElement('iframe');
  if (options.width) frame.style.inlineSize = `${options.width}px`;
  if (options.height) frame.style.blockSize = `${options.height}px`;
  frame.style.border = '0';
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  if (options.src) frame.src = options.src;
  else frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8">${RECORDER}</head><body>${options.body ?? ''}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  open.add(frame);
  await loaded;
  const win = frame.contentWindow as Page['win'] & Partial<RecordingWindow>;
  return {
    frame,
    win,
    doc: win.document,
    recorded: win.recorded ?? { warnings: [], errors: [], problems: [] },
    $: (...selectors) => $(win.document, ...selectors),
    close: () => {
      frame.remove();
      open.delete(frame);
    },
  };
}

/**
 * The problems a page under a Content-Security-Policy has reported so far, once the browser has
 * reported them all: a last inline style is refused on purpose, and violations are reported in order,
 * so when that one is in, every earlier one is. Fails if the page enforces no policy.
 */
export async function violationsSoFar(page: Page): Promise<string[]> {
  const sentinel = page.doc.createElement('div');
  sentinel.setAttribute('style', 'color: red');
  page.doc.body.append(sentinel);
  const problems = page.recorded.problems;
  const isSentinel = (p: string) => /^violation style-src/.test(p);
  const before = problems.filter(isSentinel).length;
  await waitUntil(() => problems.filter(isSentinel).length > before, 'the page enforces no Content-Security-Policy (an inline style was allowed)', { timeout: 5000 });
  sentinel.remove();
  const last = problems.map(isSentinel).lastIndexOf(true);
  return problems.filter((p, i) => i !== last);
}

// Widgets and the browser --------------------------------------------------------------------

/** Waits until the element shows its notice (a data-src problem or a bad attribute). */
export const waitForNotice = (el: Element) =>
  waitUntil(() => el.shadowRoot?.querySelector('[part="error"]'), 'no notice appeared', { timeout: 5000 });

/** The engine running the test (Chromium, Firefox or WebKit). */
export const engine: 'chromium' | 'firefox' | 'webkit' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** `it` in Chromium; elsewhere a skipped test that says why (the run's summary counts them). */
export function chromiumOnly(reason: string): Mocha.TestFunction | Mocha.PendingTestFunction {
  if (engine === 'chromium') return it;
  console.log(`[engine-skip] ${engine}: ${reason}`);
  return it.skip;
}

/**
 * Replaces navigator.geolocation for one test: `answer` is a position ({ latitude, longitude }) or a
 * GeolocationPositionError code (1 denied, 2 unavailable, 3 timeout). Returns the undo.
 */
export function mockGeolocation(answer: { latitude: number; longitude: number } | 1 | 2 | 3, onAsk?: () => void): () => void {
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition(ok: PositionCallback, fail: PositionErrorCallback) {
        onAsk?.();
        if (typeof answer === 'number') {
          fail({ code: answer, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'mock' } as GeolocationPositionError);
        } else ok({ coords: answer } as GeolocationPosition);
      },
    },
  });
  return () => delete (navigator as unknown as Record<string, unknown>).geolocation;
}

/** Clicks "Save contact" and returns the vCard the card built (the download itself is cancelled). */
export async function savedVCard(el: Element): Promise<string> {
  const blobs: Blob[] = [];
  const originalCreate = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), originalCreate.call(URL, blob));
  const stop = (e: Event) => e.preventDefault();
  document.addEventListener('click', stop, true);
  try {
    [...shadow(el).querySelectorAll<HTMLElement>('button')].find((b) => text(b).includes('Save contact'))!.click();
    return await blobs[0].text();
  } finally {
    URL.createObjectURL = originalCreate;
    document.removeEventListener('click', stop, true);
  }
}
