/**
 * Loads a partner dataset from `data-src`. Never rejects: every failure becomes a problem the
 * element shows while it keeps the bundled data on screen. One load per file per page: one request
 * per resolved URL, cancelled when no element waits for it any more, and its answer — a failure
 * too — kept for the few most recent files.
 */
import { validateDataset, type ValidationError } from './validate.js';
import type { Dataset } from './types.js';

export type LoadProblem =
  | { kind: 'url' }
  | { kind: 'network' }
  | { kind: 'http'; status: number }
  | { kind: 'timeout' }
  | { kind: 'too-large' }
  | { kind: 'parse' }
  | { kind: 'invalid'; error: ValidationError };
export type LoadResult = { ok: true; data: Dataset } | { ok: false; problem: LoadProblem };

export const MAX_BYTES = 512 * 1024;
/** How long a widget waits for `data-src` before it shows the bundled data (`data-timeout` changes it). */
export const TIMEOUT_MS = 4_000;

/** Only http(s) URLs are fetched: a `javascript:` or `data:` value is refused before any request. */
export function dataUrl(src: string, base: string): URL | undefined {
  try {
    const url = new URL(src.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

async function readCapped(response: Response): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) return undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches, caps, parses and validates. Never rejects. `timedOut` tells a timeout from a caller that
 * gave up (both abort the same signal).
 */
async function fetchDataset(url: URL, signal: AbortSignal | undefined, timedOut: () => boolean): Promise<LoadResult> {
  try {
    const response = await fetch(url, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
    if (!response.ok) return { ok: false, problem: { kind: 'http', status: response.status } };
    const body = await readCapped(response);
    if (body === undefined) return { ok: false, problem: { kind: 'too-large' } };
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { ok: false, problem: { kind: 'parse' } };
    }
    const result = validateDataset(json);
    return result.ok ? result : { ok: false, problem: { kind: 'invalid', error: result } };
  } catch {
    return { ok: false, problem: { kind: timedOut() ? 'timeout' : 'network' } };
  }
}

/** One request in flight, shared by every element that asks for its URL. */
interface InFlight {
  result: Promise<LoadResult>;
  abort(): void;
  waiting: number;
}

/**
 * Starts a request with its own timeout. Where AbortController is missing (old engines, locked-down
 * pages) the request cannot be cancelled, but the timeout still answers and nothing rejects.
 */
function start(url: URL, timeout: number): InFlight {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeoutResult = new Promise<LoadResult>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      controller?.abort();
      resolve({ ok: false, problem: { kind: 'timeout' } });
    }, timeout);
  });
  const result = Promise.race([fetchDataset(url, controller?.signal, () => timedOut), timeoutResult]);
  void result.then(() => clearTimeout(timer));
  return { result, abort: () => controller?.abort(), waiting: 0 };
}

/** Partner datasets are large (hundreds of KB parsed): keep only the few most recently used answers. */
export const MAX_CACHED = 4;
const inFlight = new Map<string, InFlight>();
const loaded = new Map<string, LoadResult>();

/** How many answers (datasets or failures) the page keeps (for the memory test). */
export const cachedDatasetCount = (): number => loaded.size;

function remember(key: string, result: LoadResult): void {
  loaded.delete(key);
  loaded.set(key, result);
  // Maps iterate in insertion order: the first key is the least recently used.
  while (loaded.size > MAX_CACHED) loaded.delete(loaded.keys().next().value as string);
}

/**
 * The dataset at `src`: one request per URL however many elements ask, and its answer is reused.
 * Resolves to `undefined` only when the caller's `signal` aborts first (the element moved on to
 * another URL or left the page); the request itself is cancelled once nobody waits for it.
 */
export function loadDataset(
  src: string,
  base = document.baseURI,
  timeout = TIMEOUT_MS,
  signal?: AbortSignal,
): Promise<LoadResult | undefined> {
  const url = dataUrl(src, base);
  if (!url) return Promise.resolve({ ok: false, problem: { kind: 'url' } });
  const key = url.href;
  const done = loaded.get(key);
  if (done) {
    remember(key, done);
    return Promise.resolve(done);
  }
  if (signal?.aborted) return Promise.resolve(undefined);
  let request = inFlight.get(key);
  if (!request) {
    const created = start(url, timeout);
    request = created;
    inFlight.set(key, created);
    // A failure is kept too: every widget on the page using a broken file would otherwise ask for it
    // again, each with its own wait and notice (a fixed file shows on the next page load). A request
    // cancelled because nobody waited any more learnt nothing, and is not kept.
    void created.result.then((result) => {
      if (inFlight.get(key) !== created) return;
      inFlight.delete(key);
      remember(key, result);
    });
  }
  const shared = request;
  shared.waiting++;
  if (!signal) return shared.result;
  return new Promise((resolve) => {
    const onAbort = () => {
      shared.waiting--;
      if (shared.waiting === 0 && inFlight.get(key) === shared) {
        inFlight.delete(key);
        shared.abort();
      }
      resolve(undefined);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    void shared.result.then((result) => {
      signal.removeEventListener('abort', onAbort);
      if (!signal.aborted) resolve(result);
    });
  });
}
