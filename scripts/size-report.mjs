// Size report (npm run size): raw, gzip -9 and brotli sizes of every bundle against the size budget of
// docs/contract.md, and each part's share of the full bundle, so the next byte to save is obvious.
// Prints only; the budget is not met yet (see README), so it does not fail the build.
import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET = { full: 56 * 1024, single: 30 * 1024 };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

console.log('bundle                              raw       gzip -9   brotli    budget (gzip)');
const files = readdirSync('dist').filter((f) => /^crs-widgets(\.[\w-]+)?\.js$/.test(f)).sort();
for (const file of files) {
  const s = sizes(readFileSync(`dist/${file}`));
  const single = /^crs-widgets\.(?!iife)[\w-]+\.js$/.test(file);
  const budget = single ? BUDGET.single : BUDGET.full;
  const verdict = s.gzip <= budget ? 'within' : `OVER by ${kb(s.gzip - budget)}`;
  console.log(`${file.padEnd(34)}  ${kb(s.raw).padStart(8)}  ${kb(s.gzip).padStart(8)}  ${kb(s.brotli).padStart(8)}  ${kb(budget)} ${verdict}`);
}

// Shares: each part's minified bytes in the full bundle; gzip shares are those parts compressed alone.
const { metafile, outputFiles } = await build({
  entryPoints: ['src/index.ts'], bundle: true, minify: true, charset: 'utf8', format: 'esm', metafile: true, write: false, outdir: 'out', logLevel: 'error',
});
const group = (path) => {
  if (path.includes('node_modules/')) {
    const name = path.split('node_modules/')[1];
    return name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : `lit (${name.split('/')[0]})`;
  }
  const p = path.replace(/^src\//, '');
  if (p.startsWith('generated/locales/')) return `translations: ${p.split('/')[2].replace('.ts', '')}`;
  if (p.startsWith('generated/map-geometry')) return 'map geometry';
  if (p.startsWith('generated/zip-table')) return 'ZIP table';
  if (p.startsWith('core/data/')) return 'data (dataset, names, validation, loader)';
  if (p.startsWith('core/styles/')) return 'tokens and shared styles';
  if (p.startsWith('core/')) return 'core (base element, locale, define, messages)';
  const [folder, file] = p.split('/');
  return file ? `${folder}: ${file.includes('styles') ? 'styles' : 'code and English text'}` : 'entry';
};
const text = outputFiles[0].text;
const parts = new Map();
for (const [path, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
  const g = group(path);
  parts.set(g, (parts.get(g) ?? 0) + bytesInOutput);
}
const total = [...parts.values()].reduce((a, b) => a + b, 0);
const fullGzip = gzipSync(Buffer.from(text), { level: 9 }).length;
console.log(`\nshare of the full bundle (minified ${kb(total)}, ≈ gzip share scaled from each part's raw share)`);
for (const [name, bytes] of [...parts].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${name.padEnd(48)} ${kb(bytes).padStart(9)}  ${(100 * bytes / total).toFixed(1).padStart(5)} %  ≈ ${kb(fullGzip * bytes / total)} gzip`);
}

// What an npm user ships: their bundler (esbuild here) over the per-element modules, with only the locales imported.
const npmCases = [
  ['contact-card.js, English only', ['contact-card/define.js']],
  ['contact-card.js + locales/es.js', ['contact-card/define.js', 'locales/es.js']],
  ['all three elements, English only', ['contact-card/define.js', 'services-list/define.js', 'office-locator/define.js']],
];
console.log('\nnpm user bundle (esbuild --bundle --minify over dist/esm)   gzip -9   brotli');
for (const [name, modules] of npmCases) {
  const { outputFiles: out } = await build({
    stdin: { contents: modules.map((m) => `import './dist/esm/${m}';`).join('\n'), resolveDir: process.cwd() },
    bundle: true, minify: true, format: 'esm', write: false, logLevel: 'error',
  });
  const s = sizes(Buffer.from(out[0].text));
  console.log(`  ${name.padEnd(56)} ${kb(s.gzip).padStart(8)}  ${kb(s.brotli).padStart(8)}`);
}
