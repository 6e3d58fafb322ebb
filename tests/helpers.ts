import { waitUntil } from '@open-wc/testing';

/** The element's shadow root, typed for queries. */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** The text a reader sees: whitespace collapsed, invisible bidi isolates and word joiners dropped. */
export const text = (el: Node | null | undefined): string =>
  (el?.textContent ?? '').replace(/[\u2060\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** Records console.warn calls while `run` runs. */
export async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

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
