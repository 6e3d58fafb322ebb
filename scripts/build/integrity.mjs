// Writes dist/integrity.json: the Subresource Integrity hash (sha384, base64) of every bundle a page loads
// with a <script> tag, so a self-hosting partner or a CDN user can pin the exact file they reviewed:
// <script type="module" src="…/crs-widgets.js" integrity="sha384-…" crossorigin="anonymous">.
// Run after rollup; `--check` fails when the manifest no longer matches the files (docs/embedding.md).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const DIST = 'dist';
const OUT = `${DIST}/integrity.json`;
const bundles = readdirSync(DIST).filter((f) => /^crs-widgets(\.[\w-]+)?\.js$/.test(f)).sort();
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(`${DIST}/${file}`)).digest('base64')}`;
const manifest = Object.fromEntries(bundles.map((f) => [f, sri(f)]));
const text = JSON.stringify(manifest, null, 2) + '\n';

if (process.argv.includes('--check')) {
  let old = '';
  try {
    old = readFileSync(OUT, 'utf8');
  } catch {
    // missing: reported below
  }
  if (old !== text) {
    console.error(`${OUT} does not match the bundles: run npm run build`);
    process.exit(1);
  }
  console.log(`integrity: ${bundles.length} bundles match ${OUT}`);
} else {
  writeFileSync(OUT, text);
  console.log(`integrity: ${bundles.length} bundles → ${OUT}`);
}
