// Shared by the size report (npm run size), the size budget check (npm test) and the benchmark:
// the compressed sizes of the built files, measured the same way everywhere.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Raw, gzip -9 and brotli (quality 11, what a server precompresses with) sizes in bytes. */
export const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
});

export const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** dist/crs-widgets*.js (full, classic and single-locale bundles), sorted by name. */
export const bundleFiles = () => readdirSync('dist').filter((f) => /^crs-widgets(\.[\w-]+)?\.js$/.test(f)).sort();

/** A file is single-locale if its middle part is a locale, not "iife". */
export const isSingleLocale = (file) => /^crs-widgets\.(?!iife\.)[\w-]+\.js$/.test(file);

/** What an npm user ships: their bundler (esbuild --bundle --minify here) over modules of dist/esm. */
export async function npmBundle(modules) {
  const { outputFiles } = await build({
    stdin: { contents: modules.map((m) => `import './dist/esm/${m}';`).join('\n'), resolveDir: process.cwd() },
    bundle: true, minify: true, format: 'esm', write: false, logLevel: 'error',
  });
  return Buffer.from(outputFiles[0].contents);
}

/** The English-only core: the three elements imported with no extra locale. */
export const ELEMENTS = ['contact-card/define.js', 'services-list/define.js', 'office-locator/define.js'];
export const englishCore = () => npmBundle(ELEMENTS);
/** The contact card alone, English only. */
export const contactCardAlone = () => npmBundle(['contact-card/define.js']);

export const readBundle = (file) => readFileSync(`dist/${file}`);
