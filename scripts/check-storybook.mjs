// Loads every page of the static Storybook (storybook-static/) in Chromium: every docs page and every
// story must load without console errors, and every story must pass axe (WCAG 2.2 AA) in each theme,
// left to right and right to left. Run after `npm run build-storybook`.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveStatic } from './static-server.mjs';
import { launch } from './chromium.mjs';

const DIR = 'storybook-static';
if (!existsSync(`${DIR}/index.json`)) {
  console.error('storybook-static/ is missing: run npm run build-storybook first.');
  process.exit(1);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { entries } = JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8'));
const stories = Object.values(entries).filter((e) => e.type === 'story');
const docs = Object.values(entries).filter((e) => e.type === 'docs');
const VARIANTS = [
  ['light', 'en'], ['dark', 'en'], ['high-contrast', 'en'],
  ['light', 'ar'], ['dark', 'ar'], ['high-contrast', 'ar'],
];
/** Browser noise that is not ours: the missing favicon. */
const IGNORED = [/favicon/];

const server = await serveStatic(DIR);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const failures = [];
let pages = 0;
let axeRuns = 0;
let widgets = 0;

function collect(page) {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && !IGNORED.some((r) => r.test(m.text() + (m.location()?.url ?? ''))) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => !IGNORED.some((re) => re.test(r.url())) && errors.push(`request failed: ${r.url()}`));
  return errors;
}

/** Every CRS element in the story has rendered (locale switches included). */
const settle = (page) =>
  page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => r()));
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    await Promise.all(all(document).filter((el) => el.localName.startsWith('crs-')).map((el) => el.updateComplete));
  });

for (const entry of docs) {
  const page = await browser.newPage();
  const errors = collect(page);
  await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs`, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('#storybook-docs')?.textContent.trim().length > 20, { timeout: 20_000 }).catch(() => errors.push('nothing rendered'));
  await settle(page);
  pages++;
  if (errors.length) failures.push(`${entry.id} (docs): ${errors.join('; ')}`);
  await page.close();
}

// One page per theme/direction; stories are switched through Storybook's own channel, which is
// what the manager does when you click a story, so every story renders in every variant.
for (const [theme, locale] of VARIANTS) {
  const page = await browser.newPage();
  const errors = collect(page);
  await page.goto(`${base}/iframe.html?id=${stories[0].id}&viewMode=story&globals=theme:${theme};locale:${locale}`, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__ && document.querySelector('#storybook-root')?.children.length, { timeout: 20_000 });
  await page.evaluate(axeSource);
  pages++;
  for (const entry of stories) {
    errors.length = 0;
    await page.evaluate(
      (id) =>
        new Promise((resolve) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          const done = (e) => {
            if (e && e !== id && e.storyId !== id) return;
            channel.off('storyRendered', done);
            resolve();
          };
          channel.on('storyRendered', done);
          channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
          setTimeout(resolve, 10_000);
        }),
      entry.id,
    );
    await settle(page);
    const violations = await page.evaluate(async () => {
      // The a11y addon runs axe after each render too; axe allows one run at a time, so wait our turn.
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await window.axe.run('#storybook-root', {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        } catch (error) {
          if (attempt > 50 || !String(error).includes('already running')) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    });
    axeRuns++;
    const rendered = await page.evaluate(() => document.querySelectorAll('#storybook-root [data-crs-story] crs-contact-card, #storybook-root crs-services-list, #storybook-root crs-office-locator').length);
    if (!rendered) errors.push('no widget rendered');
    widgets += rendered;
    if (errors.length) failures.push(`${entry.id} [${theme}, ${locale}]: ${errors.join('; ')}`);
    if (violations.length) failures.push(`${entry.id} [${theme}, ${locale}] axe: ${violations.join('; ')}`);
  }
  await page.close();
}
await browser.close();
server.close();

console.log(`storybook: ${docs.length} docs pages; ${stories.length} stories × ${VARIANTS.length} theme/direction variants = ${axeRuns} axe runs over ${widgets} rendered widgets (${pages} page loads)`);
if (failures.length) {
  console.error(failures.join('\n'));
  console.error(`${failures.length} problem(s)`);
  process.exit(1);
}
console.log('storybook: no console errors, no axe violations');
