// A minimal static file server for the demo (npm start), the benchmark and checks that load built pages.
// It serves the way the Getting Started guide asks partners to: brotli or gzip by Accept-Encoding
// (with Vary), versioned files cached for a year as immutable, everything else revalidated by ETag.
// Kept over @web/dev-server (installed with the test runner): the installed version compresses nothing
// and sends every file with `no-cache`, so pages served by it would not load as a partner's page does.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = /text|json|svg|javascript/;
// A URL that names its version (crs-widgets@1.2.3/…, a content hash in the file name, or ?v=…) never
// changes content, so browsers may keep it a year without asking; anything else, HTML above all, is
// revalidated on every use (a cheap 304 while unchanged) so a new release shows at once.
const VERSIONED = /@\d+\.\d+\.\d+[^/]*\/|[.-][0-9a-f]{8,}\.\w+$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Picks brotli over gzip when the client accepts it (q=0 refuses). */
export function negotiate(acceptEncoding = '') {
  const accepted = new Map(acceptEncoding.split(',').map((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return [name, q ? Number(q.slice(2)) : 1];
  }));
  const ok = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null;
}

// Compressed once per file version (path + mtime + size), as a server with precompressed files would.
const cache = new Map();
function body(path, stat, encoding) {
  const key = `${path}\0${encoding}`;
  const hit = cache.get(key);
  if (hit && hit.mtime === stat.mtimeMs && hit.size === stat.size) return hit.data;
  const raw = readFileSync(path);
  // Quality 11 is what a build step precompresses with; multi-megabyte files (Storybook's) get a quick 5.
  const quality = raw.length > 1024 * 1024 ? 5 : 11;
  const data = encoding === 'br'
    ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
    : encoding === 'gzip' ? gzipSync(raw, { level: 9 }) : raw;
  cache.set(key, { mtime: stat.mtimeMs, size: stat.size, data });
  return data;
}

/**
 * Serves `dir` on `port` (0 picks a free one) and `host` (loopback by default); resolves with the
 * server once it listens.
 */
export function serveStatic(dir, { port = 0, host = '127.0.0.1', index = '/', headers = {} } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/' && index !== '/') {
      res.writeHead(302, { location: index });
      return res.end();
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root) || path.includes('node_modules')) {
      res.writeHead(403);
      return res.end('forbidden');
    }
    let stat;
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      stat = statSync(path);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    const encoding = COMPRESSIBLE.test(type) ? negotiate(req.headers['accept-encoding']) : null;
    const versioned = VERSIONED.test(url.pathname) || url.searchParams.has('v');
    const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;
    const common = {
      'cache-control': versioned ? IMMUTABLE : REVALIDATE,
      etag,
      ...(COMPRESSIBLE.test(type) ? { vary: 'Accept-Encoding' } : {}),
      ...headers,
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, common);
      return res.end();
    }
    const data = body(path, stat, encoding);
    res.writeHead(200, {
      'content-type': type,
      'content-length': data.length,
      ...(encoding ? { 'content-encoding': encoding } : {}),
      ...common,
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}
