// npm run bench: a benchmark, not a test (never part of npm test). Headless Chromium, pages built from dist/.
//
// (1) First frame: time from navigation to the first frame painted with the map (the demo: with all three
//     widgets and the map), minus an empty page's first frame measured in the same round (the floor). Our
//     locator page and a Leaflet 1.9 page drawing the same us-atlas states, at 1× and 4× CPU (CDP throttling),
//     and the demo page at 4×. Each load is cold (new browser context, HTTP cache off); the pages of a round
//     are loaded in a rotating order, and RUNS rounds give medians with 95 % intervals (order statistics for
//     a median, a paired bootstrap over rounds for a ratio). The same loads give the longest main-thread task,
//     the total of long tasks and the cumulative layout shift (CLS) for each page, the demo also as a partner
//     page that reserves no room for the widgets.
// (2) Per-instance cost of one locator (DOM nodes and JS event listeners from Performance.getMetrics, render
//     time) and a page of 1,000 locators.
// (3) Sizes (scripts/dev/size-report.mjs).
//
// RUNS=n sets the rounds (default 12: a few minutes on two cores); THOUSAND=n the locators on the many-instances
// page (default 1000, 0 skips it). EXPERIMENTS=probe,hint,cv adds same-run comparisons: the first frame as the
// probe before 2026-12-05 found it (any path in the map) beside the frame with 50 state shapes, stamped in the
// same loads; V8's compile hint on the bundle (with vs without `//# allFunctionsCalledOnLoad`); and
// `content-visibility: auto` on the demo's widgets (on vs off). BASE=<file> adds the locator page built from
// another build's crs-widgets.js (say, the previous commit's), and the demo page with it, compared with this
// build in the same rounds.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { cpus as cores } from 'node:os';
import { feature } from 'topojson-client';
import { serveStatic } from './static-server.mjs';
import { launch } from '../lib/chromium.mjs';
import { median, medianCI, ratioCI } from '../../bench/stats.mjs';
import { kib, readBundle, sizes } from '../lib/bundle-sizes.mjs';

const RUNS = Number(process.env.RUNS ?? 12);
const THOUSAND = Number(process.env.THOUSAND ?? 1000); // locators on the many-instances page (0 skips it)
const EXPERIMENTS = new Set((process.env.EXPERIMENTS ?? '').split(',').filter(Boolean));
const require = createRequire(import.meta.url);
const OUT = 'bench/.generated';
const HINT = '//# allFunctionsCalledOnLoad\n';

// ---------------------------------------------------------------------------------------------- pages
mkdirSync(OUT, { recursive: true });
copyFileSync(require.resolve('leaflet/dist/leaflet.js'), `${OUT}/leaflet.js`);
copyFileSync(require.resolve('leaflet/dist/leaflet.css'), `${OUT}/leaflet.css`);
const atlas = require('us-atlas/states-10m.json');
writeFileSync(`${OUT}/states.geojson`, JSON.stringify(feature(atlas, atlas.objects.states)));

const html = (title, head, body) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>${title}</title>${head}</head>
  <body>${body}</body>
</html>
`;
const BUNDLE = '../../dist/crs-widgets.js';
const moduleScript = (src) => `<script type="module" src="${src}"></script>`;
writeFileSync(`${OUT}/empty.html`, html('Empty page (the floor)', '', ''));
writeFileSync(`${OUT}/locator.html`, html('One office locator', moduleScript(BUNDLE), '<crs-office-locator></crs-office-locator>'));
writeFileSync(`${OUT}/instances.html`, html('Per-instance cost', moduleScript(BUNDLE), '<div id="host"></div>'));
writeFileSync(`${OUT}/leaflet.html`, html('Leaflet 1.9 drawing the same us-atlas states',
  '<link rel="stylesheet" href="./leaflet.css" /><script src="./leaflet.js"></script>',
  '<div id="map" style="width: 960px; height: 600px"></div><script src="../leaflet-map.js"></script>'));
// The demo page as served by npm start, its relative URLs pointed back at demo/ and dist/.
const demo = readFileSync('demo/index.html', 'utf8').replaceAll('"./demo.', '"../../demo/demo.').replaceAll('"../dist/', '"../../dist/');
writeFileSync(`${OUT}/demo.html`, demo);

// Experiment pages: the same bundle with and without the compile hint; the demo with content-visibility on/off
// (page CSS on the host elements overrides any :host rule, so "off" holds whatever the widgets ship).
const bare = readFileSync('dist/crs-widgets.js', 'utf8').replace(HINT, '');
writeFileSync(`${OUT}/crs-widgets.nohint.js`, bare);
writeFileSync(`${OUT}/crs-widgets.hint.js`, HINT + bare);
for (const v of ['hint', 'nohint']) {
  writeFileSync(`${OUT}/locator-${v}.html`, html(`One office locator (${v})`, moduleScript(`./crs-widgets.${v}.js`), '<crs-office-locator></crs-office-locator>'));
  writeFileSync(`${OUT}/demo-${v}.html`, demo.replace('"../../dist/crs-widgets.js"', `"./crs-widgets.${v}.js"`));
}
if (process.env.BASE) {
  copyFileSync(process.env.BASE, `${OUT}/crs-widgets.base.js`);
  writeFileSync(`${OUT}/locator-base.html`, html('One office locator (base build)', moduleScript('./crs-widgets.base.js'), '<crs-office-locator></crs-office-locator>'));
  writeFileSync(`${OUT}/demo-base.html`, demo.replace('"../../dist/crs-widgets.js"', '"./crs-widgets.base.js"'));
}
const WIDGETS = 'crs-contact-card, crs-services-list, crs-office-locator';
writeFileSync(`${OUT}/cv-off.css`, `${WIDGETS} { content-visibility: visible; }\n`);
// The rule src/core/styles/visibility.ts holds for :host.
writeFileSync(`${OUT}/cv-on.css`, `${WIDGETS} { content-visibility: auto; contain-intrinsic-size: auto none auto 30rem; }\n`);
for (const v of ['on', 'off']) writeFileSync(`${OUT}/demo-cv-${v}.html`, demo.replace('</head>', `  <link rel="stylesheet" href="./cv-${v}.css" />\n  </head>`));
// The demo as a partner page that reserves no room for the widgets (the Embedding guide's :not(:defined) rule undone).
writeFileSync(`${OUT}/unreserved.css`, WIDGETS.split(', ').map((w) => `${w}:not(:defined)`).join(', ') + ' { min-block-size: 0 !important; }\n');
writeFileSync(`${OUT}/demo-unreserved.html`, demo.replace('</head>', '  <link rel="stylesheet" href="./unreserved.css" />\n  </head>'));

// What "painted" waits for on each page: [host selector or null, selector inside its shadow root or the document,
// how many must match]. The map counts once 50 state shapes exist: our map's first render has only its frame
// and the hatching patterns' paths, its shapes come a task later, and a probe that took any path for the map
// stamped that empty frame (EXPERIMENTS=probe, 2026-12-05, same loads: ratio to
// Leaflet at 4× 1.04 with any path, 1.14 with 50 shapes).
const MAP_SHAPES = 50;
const READY = {
  empty: [],
  locator: [['crs-office-locator', '.map-svg [role="option"] path.shape', MAP_SHAPES]],
  leaflet: [[null, '#map svg path', MAP_SHAPES]],
  demo: [['crs-contact-card', '*', 1], ['crs-services-list', '*', 1], ['crs-office-locator', '.map-svg [role="option"] path.shape', MAP_SHAPES]],
};
/** EXPERIMENTS=probe: the probe before, which took any path for the map (the patterns' paths included). */
const READY_ANY_PATH = {
  locator: [['crs-office-locator', '.map-svg path', 1]],
  leaflet: [[null, '#map svg path', 1]],
};

/** Injected too: the page's cumulative layout shift (shifts right after input excluded, as CLS does). */
function shifts() {
  window.__benchShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__benchShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

// Injected before any page script: finds the first animation frame in which the page is ready; a task posted
// from that frame's callback runs after the frame's style, layout and paint, and stamps the time.
function probe(ready, key = '__benchFrame', mark = 'bench-frame') {
  const found = () => ready.every(([host, inner, min]) => {
    if (!host) return document.querySelectorAll(inner).length >= min;
    const hosts = document.querySelectorAll(host);
    return hosts.length > 0 && [...hosts].every((h) => (h.shadowRoot?.querySelectorAll(inner).length ?? 0) >= min);
  });
  const frame = () => {
    if (!found()) return requestAnimationFrame(frame);
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      window[key] = performance.now();
      performance.mark(mark);
    };
    port2.postMessage(0);
  };
  requestAnimationFrame(frame);
}

// ---------------------------------------------------------------------------------------------- browser
// Sampled before the bench's own browser starts.
const busyBefore = await othersBusy();
const server = await serveStatic('.');
const base = `http://127.0.0.1:${server.address().port}/${OUT}`;
const browser = await launch();

async function openPage(rate) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.setCacheEnabled(false);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

/**
 * Main-thread CPU time of the page's renderer until the probe's mark: the thread time (tdur) of its top-level
 * tasks. Unlike wall time it hardly moves when other processes share the cores (nor with CPU throttling), so it
 * is the steadier figure when comparing variants on a busy machine.
 */
function mainThreadCpu(trace) {
  const events = JSON.parse(Buffer.from(trace).toString()).traceEvents;
  const mark = events.find((e) => e.name === 'bench-frame');
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain' && e.pid === mark.pid);
  const tasks = events.filter((e) => e.pid === mark.pid && e.tid === main.tid && e.name === 'ThreadControllerImpl::RunTask');
  // Long tasks (over 50 ms, wall time) from navigation until LONG_TASK_TAIL after the frame: while one runs, the
  // page cannot answer a click or a key.
  const long = tasks.map((e) => (e.dur ?? 0) / 1000).filter((d) => d > 50);
  return {
    cpu: tasks.filter((e) => e.ts < mark.ts).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000,
    longest: Math.max(0, ...long),
    longTotal: long.reduce((a, b) => a + b, 0),
  };
}
/** How long the trace keeps running after the frame, so the tasks that finish the widgets' start are counted. */
const LONG_TASK_TAIL = 1500;

/** One cold load: ms from navigation start to the first frame painted ready, and the main thread's CPU ms till then. */
async function firstFrame(file, kind, rate) {
  const { context, page } = await openPage(rate);
  try {
    await page.evaluateOnNewDocument(probe, READY[kind]);
    const anyPath = EXPERIMENTS.has('probe') && READY_ANY_PATH[kind];
    if (anyPath) await page.evaluateOnNewDocument(probe, anyPath, '__benchAnyPath', 'bench-any-path');
    await page.evaluateOnNewDocument(shifts);
    await page.tracing.start({ categories: ['toplevel', 'blink.user_timing', '__metadata'] });
    await page.goto(`${base}/${file}`, { waitUntil: 'load', timeout: 120_000 });
    const stamp = await page.waitForFunction(() => window.__benchFrame, { polling: 100, timeout: 120_000 });
    const frame = await stamp.jsonValue();
    await new Promise((resolve) => setTimeout(resolve, LONG_TASK_TAIL));
    const [cls, anyPathFrame] = await page.evaluate(() => [window.__benchShift, window.__benchAnyPath]);
    return { frame, anyPathFrame, cls, ...mainThreadCpu(await page.tracing.stop()) };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------- (1) first frame
const CONFIGS = [
  { id: 'locator', file: 'locator.html', kind: 'locator', rates: [1, 4] },
  { id: 'leaflet', file: 'leaflet.html', kind: 'leaflet', rates: [1, 4] },
  { id: 'demo', file: 'demo.html', kind: 'demo', rates: [4] },
  { id: 'demo-unreserved', file: 'demo-unreserved.html', kind: 'demo', rates: [4] },
  ...(EXPERIMENTS.has('hint') ? [
    { id: 'locator-nohint', file: 'locator-nohint.html', kind: 'locator', rates: [1, 4] },
    { id: 'locator-hint', file: 'locator-hint.html', kind: 'locator', rates: [1, 4] },
    { id: 'demo-nohint', file: 'demo-nohint.html', kind: 'demo', rates: [4] },
    { id: 'demo-hint', file: 'demo-hint.html', kind: 'demo', rates: [4] },
  ] : []),
  ...(process.env.BASE ? [
    { id: 'locator-base', file: 'locator-base.html', kind: 'locator', rates: [1, 4] },
    { id: 'demo-base', file: 'demo-base.html', kind: 'demo', rates: [4] },
  ] : []),
  ...(EXPERIMENTS.has('cv') ? [
    { id: 'demo-cv-off', file: 'demo-cv-off.html', kind: 'demo', rates: [1, 4] },
    { id: 'demo-cv-on', file: 'demo-cv-on.html', kind: 'demo', rates: [1, 4] },
  ] : []),
];
const RATES = [...new Set(CONFIGS.flatMap((c) => c.rates))];
const loads = [
  ...RATES.map((rate) => ({ id: 'empty', file: 'empty.html', kind: 'empty', rate })),
  ...CONFIGS.flatMap((c) => c.rates.map((rate) => ({ ...c, rate }))),
];
const times = new Map(loads.map((l) => [`${l.id}@${l.rate}`, []]));
const cpus = new Map(loads.map((l) => [`${l.id}@${l.rate}`, []]));
const longest = new Map(loads.map((l) => [`${l.id}@${l.rate}`, []]));
const longTotals = new Map(loads.map((l) => [`${l.id}@${l.rate}`, []]));
const layoutShifts = new Map(loads.map((l) => [`${l.id}@${l.rate}`, []]));
const anyPathTimes = new Map(loads.map((l) => [`${l.id}@${l.rate}`, []]));
/**
 * The share of the machine's CPU time that other processes take, sampled before the bench starts its browser. Figures from a
 * busy machine are not comparable with an idle one's: with two busy loops beside the bench (2026-12-05, same
 * build), the locator's ratio to Leaflet at 4× went from 1.14 [1.04–1.34] to 1.33 [0.92–1.66], its interval four
 * times as wide, while the 1× ratio stayed at 1.00.
 */
async function othersBusy(ms = 3000) {
  const total = () => cores().reduce((t, c) => {
    const { user, nice, sys, irq, idle } = c.times;
    return { busy: t.busy + user + nice + sys + irq, all: t.all + user + nice + sys + irq + idle };
  }, { busy: 0, all: 0 });
  const a = total();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const b = total();
  return (b.busy - a.busy) / Math.max(1, b.all - a.all);
}
console.log(`== first frame: ${RUNS} interleaved rounds of ${loads.length} cold loads`);
console.log(`  other processes took ${(busyBefore * 100).toFixed(0)} % of the ${cores().length} cores before the bench started`);
if (busyBefore > 0.2) console.log('  the machine is busy: these figures are not comparable with an idle machine\'s');
// One untimed load of each page first, so the server has compressed every file before the timed rounds.
for (const l of loads) await firstFrame(l.file, l.kind, 1);
const started = Date.now();
for (let round = 0; round < RUNS; round++) {
  // A rotating order, so no page always follows the same one.
  const order = loads.map((_, i) => loads[(i + round * 3) % loads.length]);
  for (const l of order) {
    const { frame, anyPathFrame, cpu, longest: top, longTotal, cls } = await firstFrame(l.file, l.kind, l.rate);
    layoutShifts.get(`${l.id}@${l.rate}`).push(cls);
    anyPathTimes.get(`${l.id}@${l.rate}`).push(anyPathFrame ?? frame);
    times.get(`${l.id}@${l.rate}`).push(frame);
    cpus.get(`${l.id}@${l.rate}`).push(cpu);
    longest.get(`${l.id}@${l.rate}`).push(top);
    longTotals.get(`${l.id}@${l.rate}`).push(longTotal);
  }
  process.stdout.write(`\r  round ${round + 1}/${RUNS} (${Math.round((Date.now() - started) / 1000)} s)`);
}
process.stdout.write('\n');

const aboveFloor = (id, rate, of = times) => of.get(`${id}@${rate}`).map((t, i) => t - of.get(`empty@${rate}`)[i]);
const ms = (x) => x.toFixed(0);
const withCI = (xs) => {
  const [lo, hi] = medianCI(xs);
  return `${ms(median(xs))} [${ms(lo)}–${ms(hi)}]`;
};
const ratioText = (a, b) => {
  const { ratio, low, high } = ratioCI(a, b);
  return `${ratio.toFixed(2)} [${low.toFixed(2)}–${high.toFixed(2)}]`;
};
const LABEL = {
  empty: 'empty page (the floor)', locator: 'office locator', leaflet: 'Leaflet 1.9, same states', demo: 'demo page, 3 widgets',
  'demo-unreserved': 'demo, no room reserved',
  'locator-nohint': 'locator, no compile hint', 'locator-hint': 'locator, compile hint', 'demo-nohint': 'demo, no compile hint',
  'demo-hint': 'demo, compile hint', 'locator-base': 'locator, base build', 'demo-base': 'demo, base build', 'demo-cv-off': 'demo, content-visibility off', 'demo-cv-on': 'demo, content-visibility auto',
};
const GOAL = { 'locator@4': '≤ 0.5 (stretch 0.35)', 'locator@1': '≤ 0.35', 'demo@4': '≤ 1' };
console.log(`\nfirst frame painted, ms, median [95 % CI] over ${RUNS} rounds; ratio = above-floor median / Leaflet's;`);
console.log('main-thread CPU = the renderer main thread\'s CPU time until that frame, above the empty page\'s');
console.log('page                            CPU   navigation → frame   above the floor    ratio to Leaflet    goal                   main-thread CPU   CPU ratio');
for (const rate of RATES) {
  for (const id of ['empty', ...CONFIGS.filter((c) => c.rates.includes(rate)).map((c) => c.id)]) {
    const total = times.get(`${id}@${rate}`);
    const above = id === 'empty' ? null : aboveFloor(id, rate);
    const ratio = above && id !== 'leaflet' ? ratioText(above, aboveFloor('leaflet', rate)) : '';
    const cpu = id === 'empty' ? cpus.get(`empty@${rate}`) : aboveFloor(id, rate, cpus);
    const cpuRatio = above && id !== 'leaflet' ? ratioText(cpu, aboveFloor('leaflet', rate, cpus)) : '';
    console.log(`${LABEL[id].padEnd(31)} ${`${rate}×`.padEnd(5)} ${withCI(total).padStart(18)}   ${above ? withCI(above).padStart(15) : ''.padStart(15)}    ${ratio.padEnd(18)}  ${(GOAL[`${id}@${rate}`] ?? '').padEnd(20)}  ${withCI(cpu).padStart(16)}   ${cpuRatio}`);
  }
}
console.log(`\nresponsive start: main-thread tasks over 50 ms from navigation until ${LONG_TASK_TAIL} ms after the frame, median [95 % CI]`);
console.log('and the cumulative layout shift (CLS) until then, median [range]');
console.log('page                            CPU   longest task, ms     all long tasks, ms    goal              CLS');
const range = (xs) => `${median(xs).toFixed(3)} [${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}]`;
for (const rate of RATES) {
  for (const id of CONFIGS.filter((c) => c.rates.includes(rate)).map((c) => c.id)) {
    const key = `${id}@${rate}`;
    const goal = rate === 4 && id !== 'leaflet' ? 'longest ≤ 250' : '';
    console.log(`${LABEL[id].padEnd(31)} ${`${rate}×`.padEnd(5)} ${withCI(longest.get(key)).padStart(17)}   ${withCI(longTotals.get(key)).padStart(19)}    ${goal.padEnd(16)}  ${range(layoutShifts.get(key))}`);
  }
}

const compare = (title, a, b) => {
  console.log(`\n${title} (above-floor medians, same rounds; < 1 means ${b.split('-').pop()} is faster)`);
  for (const rate of RATES) {
    if (!times.has(`${a}@${rate}`) || !times.has(`${b}@${rate}`)) continue;
    console.log(`  ${`${rate}×`.padEnd(4)} ${LABEL[b]} / ${LABEL[a]}: first frame ${ratioText(aboveFloor(b, rate), aboveFloor(a, rate))}, main-thread CPU ${ratioText(aboveFloor(b, rate, cpus), aboveFloor(a, rate, cpus))}`);
  }
};
if (EXPERIMENTS.has('probe')) {
  console.log('\nprobe: the locator\'s first frame above the floor and its ratio to Leaflet\'s, with 50 state shapes (as above) and');
  console.log('with any path in the map (the probe before 2026-12-05), stamped in the same loads');
  for (const rate of [1, 4].filter((r) => times.has(`locator@${r}`))) {
    const anyPath = (id) => anyPathTimes.get(`${id}@${rate}`).map((t, i) => t - times.get(`empty@${rate}`)[i]);
    console.log(`  ${`${rate}×`.padEnd(4)} 50 shapes: ${withCI(aboveFloor('locator', rate))} ms, ratio ${ratioText(aboveFloor('locator', rate), aboveFloor('leaflet', rate))}` +
      `   any path: ${withCI(anyPath('locator'))} ms, ratio ${ratioText(anyPath('locator'), anyPath('leaflet'))}`);
  }
}
if (EXPERIMENTS.has('hint')) {
  compare('compile hint', 'locator-nohint', 'locator-hint');
  compare('compile hint', 'demo-nohint', 'demo-hint');
}
if (process.env.BASE) {
  compare('this build against the base build', 'locator-base', 'locator');
  compare('this build against the base build', 'demo-base', 'demo');
}
if (EXPERIMENTS.has('cv')) compare('content-visibility', 'demo-cv-off', 'demo-cv-on');

// ---------------------------------------------------------------------------------------------- (2) per instance
async function metrics(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map((x) => [x.name, x.value]));
  return { nodes: m.Nodes, listeners: m.JSEventListeners };
}
/** Adds `count` locators and waits until they are rendered, laid out and painted; returns the ms it took. */
const addLocators = (page, count) => page.evaluate(async (n) => {
  await customElements.whenDefined('crs-office-locator');
  const start = performance.now();
  const host = document.getElementById('host');
  const made = Array.from({ length: n }, () => document.createElement('crs-office-locator'));
  host.append(...made);
  await Promise.all(made.map((el) => el.updateComplete));
  host.getBoundingClientRect();
  await new Promise((resolve) => requestAnimationFrame(() => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = resolve;
    port2.postMessage(0);
  }));
  return performance.now() - start;
}, count);

console.log('\n== per instance (1× CPU)');
const instance = {};
{
  const { context, page, cdp } = await openPage(1);
  await cdp.send('Performance.enable');
  await page.goto(`${base}/instances.html`, { waitUntil: 'load' });
  const before = await metrics(cdp);
  instance.firstMs = await addLocators(page, 1);
  const after = await metrics(cdp);
  instance.nodes = after.nodes - before.nodes;
  instance.listeners = after.listeners - before.listeners;
  const further = [];
  for (let i = 0; i < 9; i++) further.push(await addLocators(page, 1));
  instance.furtherMs = median(further);
  await context.close();
}
{
  const { context, page, cdp } = await openPage(1);
  await cdp.send('Performance.enable');
  await page.goto(`${base}/empty.html`, { waitUntil: 'load' });
  const empty = await metrics(cdp);
  await page.evaluateOnNewDocument(probe, READY.leaflet);
  await page.goto(`${base}/leaflet.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__benchFrame, { polling: 100 });
  const leaflet = await metrics(cdp);
  instance.leafletNodes = leaflet.nodes - empty.nodes;
  instance.leafletListeners = leaflet.listeners - empty.listeners;
  await context.close();
}
if (THOUSAND) {
  const { context, page } = await openPage(1);
  await page.goto(`${base}/instances.html`, { waitUntil: 'load' });
  instance.thousandMs = await addLocators(page, THOUSAND);
  await context.close();
}
console.log('                                  DOM nodes   listeners     ms');
console.log(`one office locator (first)        ${String(instance.nodes).padStart(9)}   ${String(instance.listeners).padStart(9)}${ms(instance.firstMs).padStart(7)}`);
console.log(`${'one more office locator (median of 9)'.padEnd(55)}${ms(instance.furtherMs).padStart(7)}`);
console.log(`${'Leaflet page (above an empty page)'.padEnd(34)}${String(instance.leafletNodes).padStart(9)}   ${String(instance.leafletListeners).padStart(9)}`);
if (THOUSAND) console.log(`${`${THOUSAND.toLocaleString('en')} office locators on one page`.padEnd(55)}${ms(instance.thousandMs).padStart(7)}`);
await browser.close();
server.close();

// ---------------------------------------------------------------------------------------------- (3) sizes
console.log('\n== sizes (npm run size)');
process.stdout.write(execFileSync('node', ['scripts/dev/size-report.mjs'], { encoding: 'utf8' }));
const leaflet = sizes(readFileSync(`${OUT}/leaflet.js`));
const hinted = sizes(Buffer.from(HINT + bare));
const plain = sizes(readBundle('crs-widgets.js'));
console.log(`\nleaflet.js 1.9.4 (no data)                       gzip ${kib(leaflet.gzip)}, brotli ${kib(leaflet.brotli)}`);
console.log(`crs-widgets.js as built: ${readFileSync('dist/crs-widgets.js', 'utf8').startsWith(HINT) ? 'with' : 'without'} the compile hint (the hint costs ${hinted.gzip - sizes(Buffer.from(bare)).gzip} B gzip; file ${kib(plain.gzip)} gzip)`);
