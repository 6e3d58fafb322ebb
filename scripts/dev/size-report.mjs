// Size report (npm run size): raw, gzip -9 and brotli sizes of every bundle, each part's share of the
// full bundle, and what npm users ship, so the next byte to save is obvious. Prints only: the budgets
// are enforced by scripts/check/size.mjs (npm test). Kept over size-limit: it measures whole files
// against limits (what check/size.mjs does in 48 lines with no dependency) but not each part's share,
// which is what this report is for; it would add a package and its plugins for no new figure.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { ELEMENTS, bundleFiles, kib, npmBundle, readBundle, sizes } from '../lib/bundle-sizes.mjs';

console.log('bundle                              raw         gzip -9     brotli');
for (const file of bundleFiles()) {
  const s = sizes(readBundle(file));
  console.log(`${file.padEnd(34)}  ${kib(s.raw).padStart(10)}  ${kib(s.gzip).padStart(10)}  ${kib(s.brotli).padStart(10)}`);
}

// Shares: each part's minified bytes in the full bundle (esbuild over src/index.ts, close to rollup's output).
const group = (path) => {
  if (path.includes('node_modules/')) {
    const name = path.split('node_modules/')[1];
    return name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : `lit (${name.split('/')[0]})`;
  }
  const p = path.replace(/^src\//, '');
  // The compact translations: one texts array per locale, the shared id order, and the modules registering them.
  if (p.startsWith('generated/locales/')) return `translations: ${p.split('/')[2].replace('.ts', '')}`;
  if (p === 'generated/message-ids.ts' || p.startsWith('locales/')) return 'translations: id order and registration';
  if (p.startsWith('generated/map-geometry')) return 'map geometry';
  if (p.startsWith('generated/zip-table')) return 'ZIP table';
  if (p.startsWith('core/data/')) return 'data (dataset, names, validation, loader)';
  if (p.startsWith('core/styles/')) return 'tokens and shared styles';
  if (p.startsWith('core/') || p.startsWith('generated/')) return 'core (base element, locale, define, messages)';
  const [folder, file] = p.split('/');
  return file ? `${folder}: ${file.includes('styles') ? 'styles' : 'code and English text'}` : 'entry';
};
const bundle = async (plugins = []) => {
  const { metafile, outputFiles } = await build({
    entryPoints: ['src/index.ts'], bundle: true, minify: true, charset: 'utf8', format: 'esm', metafile: true,
    write: false, outdir: 'out', logLevel: 'error', plugins,
  });
  return { inputs: Object.values(metafile.outputs)[0].inputs, text: Buffer.from(outputFiles[0].contents) };
};
const full = await bundle();
const parts = new Map();
for (const [path, { bytesInOutput }] of Object.entries(full.inputs)) {
  const g = group(path);
  parts.set(g, (parts.get(g) ?? 0) + bytesInOutput);
}
const total = [...parts.values()].reduce((a, b) => a + b, 0);
const fullGzip = gzipSync(full.text, { level: 9 }).length;
console.log(`\nshare of the full bundle (minified ${kib(total)}; gzip ≈ each part's raw share of the whole file's gzip)`);
for (const [name, bytes] of [...parts].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${name.padEnd(48)} ${kib(bytes).padStart(10)}  ${(100 * bytes / total).toFixed(1).padStart(5)} %  ≈ ${kib(fullGzip * bytes / total)} gzip`);
}
// Marginal: what the seven translations really cost compressed, the full bundle with and without them.
const noTranslations = await bundle([{
  name: 'no-translations',
  setup(b) {
    b.onResolve({ filter: /\/locales\/all\.js$/ }, () => ({ path: 'all', namespace: 'empty' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: '', loader: 'js' }));
  },
}]);
const marginal = sizes(full.text).gzip - sizes(noTranslations.text).gzip;
const marginalBr = sizes(full.text).brotli - sizes(noTranslations.text).brotli;
console.log(`  marginal cost of the seven translations: ${kib(marginal)} gzip, ${kib(marginalBr)} brotli`);

// What an npm user ships: their bundler (esbuild here) over the per-element modules, with only the locales imported.
const npmCases = [
  ['contact-card.js, English only', ['contact-card/define.js']],
  ['contact-card.js + locales/es.js', ['contact-card/define.js', 'locales/es.js']],
  ['all three elements, English only (the core)', ELEMENTS],
  ['all three elements + locales/all.js', [...ELEMENTS, 'locales/all.js']],
];
console.log('\nnpm user bundle (esbuild --bundle --minify over dist/esm)       gzip -9     brotli');
for (const [name, modules] of npmCases) {
  const s = sizes(await npmBundle(modules));
  console.log(`  ${name.padEnd(58)} ${kib(s.gzip).padStart(10)}  ${kib(s.brotli).padStart(10)}`);
}
console.log('\nBudgets and the distance to the goals: npm run check:size');
