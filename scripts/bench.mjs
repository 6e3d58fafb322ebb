// npm run bench: a benchmark, not a test. In headless Chromium, median of RUNS cold loads:
// (a) bundle sizes; (b) time to all three widgets rendered and to the map painted, at 1× and 4× CPU
// throttling; (c) the same for a Leaflet 1.9 page drawing the same us-atlas states, and the ratio;
// (d) Lighthouse scores of the demo page and its layout shift.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { feature } from 'topojson-client';
import { serveStatic } from './static-server.mjs';
import { chromiumPath, launch } from './chromium.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const require = createRequire(import.meta.url);

// The baseline's assets: Leaflet and the same us-atlas file as our map, as GeoJSON.
mkdirSync('bench/.generated', { recursive: true });
copyFileSync(require.resolve('leaflet/dist/leaflet.js'), 'bench/.generated/leaflet.js');
copyFileSync(require.resolve('leaflet/dist/leaflet.css'), 'bench/.generated/leaflet.css');
const atlas = require('us-atlas/states-10m.json');
writeFileSync('bench/.generated/states.geojson', JSON.stringify(feature(atlas, atlas.objects.states)));

console.log('== (a) sizes');
execFileSync('node', ['scripts/size-report.mjs'], { stdio: ['ignore', 'pipe', 'inherit'] })
  .toString().split('\n').filter((l) => /^(bundle|crs-widgets(\.iife)?\.js)/.test(l)).forEach((l) => console.log(l));
const leafletGzip = execFileSync('sh', ['-c', 'gzip -9c bench/.generated/leaflet.js | wc -c']).toString().trim();
console.log(`leaflet.js (1.9.4, no data)            gzip ${(leafletGzip / 1024).toFixed(1)} KB`);

const server = await serveStatic('.');
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(path, throttle) {
  const times = { rendered: [], map: [] };
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${base}/${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench?.map, { timeout: 30_000 });
    const { rendered, map } = await page.evaluate(() => window.bench);
    times.rendered.push(rendered);
    times.map.push(map);
    await page.close();
  }
  return { rendered: median(times.rendered), map: median(times.map) };
}

console.log(`\n== (b, c) time from navigation start, median of ${RUNS} cold loads (ms)`);
console.log('page                          CPU   all rendered   map painted');
const results = {};
for (const throttle of [1, 4]) {
  for (const [name, path] of [['CRS Widgets (3 widgets)', 'bench/ours.html'], ['Leaflet 1.9 baseline (map)', 'bench/leaflet.html']]) {
    const r = await measure(path, throttle);
    results[`${name}@${throttle}`] = r;
    console.log(`${name.padEnd(29)} ${`${throttle}×`.padEnd(5)} ${r.rendered.toFixed(0).padStart(12)}   ${r.map.toFixed(0).padStart(11)}`);
  }
  const ours = results[`CRS Widgets (3 widgets)@${throttle}`].map;
  const theirs = results[`Leaflet 1.9 baseline (map)@${throttle}`].map;
  console.log(`ratio ours/Leaflet (map painted) at ${throttle}× CPU: ${(ours / theirs).toFixed(2)} (target ≤ 0.5)`);
}
await browser.close();

console.log('\n== (d) Lighthouse, demo page');
try {
  // Asynchronous: this process also serves the page Lighthouse loads.
  const { stdout: out } = await promisify(execFile)(
    'npx',
    ['lighthouse', `${base}/demo/`, '--quiet', '--output=json', '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu`],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(out);
  for (const [id, category] of Object.entries(report.categories)) console.log(`${id.padEnd(16)} ${Math.round(category.score * 100)}`);
  console.log(`layout shift (CLS) ${report.audits['cumulative-layout-shift'].numericValue.toFixed(3)}`);
} catch (error) {
  console.log(`Lighthouse did not run: ${String(error.message).split('\n')[0]}`);
}
server.close();
