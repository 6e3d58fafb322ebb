/**
 * Loads a partner dataset from `data-src`. Never rejects: every failure becomes a problem the
 * element shows while it keeps the bundled data on screen. One request per URL per page.
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
export const TIMEOUT_MS = 10_000;
const cache = new Map<string, Promise<LoadResult>>();

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

async function fetchDataset(url: URL, timeout: number): Promise<LoadResult> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeout);
  try {
    const response = await fetch(url, { signal: abort.signal, credentials: 'omit', headers: { accept: 'application/json' } });
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
    return result.ok ? result : { ok: false, problem: { kind: 'invalid', error: result.error } };
  } catch {
    return { ok: false, problem: { kind: abort.signal.aborted ? 'timeout' : 'network' } };
  } finally {
    clearTimeout(timer);
  }
}

export function loadDataset(src: string, base = document.baseURI, timeout = TIMEOUT_MS): Promise<LoadResult> {
  const url = dataUrl(src, base);
  if (!url) return Promise.resolve({ ok: false, problem: { kind: 'url' } });
  const key = url.href;
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchDataset(url, timeout);
    cache.set(key, pending);
    // A failed load may succeed later (the partner fixes the file): only successes stay cached.
    void pending.then((r) => r.ok || cache.delete(key));
  }
  return pending;
}
