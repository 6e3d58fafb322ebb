// A minimal static file server for the demo (npm start) and for checks that load built pages.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

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
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      statSync(path);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    // Compress text as any partner's web server would, so the demo and the benchmark see real transfer sizes.
    const gzip = /text|json|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}), ...headers });
    const body = createReadStream(path);
    (gzip ? body.pipe(createGzip({ level: 9 })) : body).pipe(res);
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}
