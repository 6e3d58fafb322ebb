// Loads every page of the static Storybook (storybook-static/) in Chromium: every docs page and every
// story must load without console errors, and every story must pass axe (WCAG 2.2 AA) in each theme,
// left to right and right to left. For each element it also checks what a developer relies on:
// - no private or protected member in its Controls/API tables (docs page tables included);
// - every control changes what the story shows;
// - every event the element fires reaches the Actions panel;
// - its docs page has the import section (script tag, npm, React);
// - each story on a docs page renders in its own `lang` (once the core resolves language per element).
// Run after `npm run build-storybook`.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveStatic } from '../dev/static-server.mjs';
import { launch } from '../lib/chromium.mjs';

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
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
/** Members a partner cannot use: they must never appear in a table. */
const hiddenNames = (d) => new Set((d.members ?? []).filter((m) => (m.privacy && m.privacy !== 'public') || m.static).map((m) => m.name));
/**
 * A value to try for each control that is not a select or a boolean: what a developer would type. A text
 * control with no value here fails the check, so a new attribute cannot slip through untried.
 */
const TRY = {
  theme: 'dark', lang: 'es', office: 'houston', state: 'TX', view: 'list', 'heading-level': 4,
  'data-src': '/no-such-dataset.json', services: ['mediation'], sections: ['about'], help: 'never',
};
/**
 * Controls that act only on a partner's mistake or a partner file: on a story without one they change nothing
 * a visitor sees, by design (a bad data-src falls back silently; debug shows mistakes; data-timeout waits).
 */
const QUIET = new Set(['debug', 'data-src', 'data-timeout']);

const server = await serveStatic(DIR);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const failures = [];
let pages = 0;
let axeRuns = 0;
let widgets = 0;
let controlsTried = 0;
let eventsTried = 0;
let langChecks = 0;
let langSkipped = false;
const docsPages = new Set();
const rowCounts = [];

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
  if (entry.title.startsWith('Elements/')) {
    const found = await page.evaluate(() => {
      const section = document.querySelector('[data-import-section]');
      const panel = (name) => section?.querySelector(`[data-import="${name}"]`)?.textContent ?? '';
      return {
        script: panel('Script tag'), npm: panel('npm'), react: panel('React'),
        tables: [...document.querySelectorAll('[data-api-table] tbody th')].map((th) => th.textContent.trim()),
        langs: [...document.querySelectorAll('#storybook-docs [lang]')]
          .filter((el) => el.localName.startsWith('crs-'))
          .map((el) => [el.localName, el.getAttribute('lang'), el.shadowRoot?.querySelector('.base')?.lang]),
        perElement: typeof customElements.get('crs-contact-card')?.prototype.inLocale === 'function',
      };
    });
    const tag = declarations.find((d) => entry.title === `Elements/${{ 'crs-contact-card': 'Contact card', 'crs-services-list': 'Services list', 'crs-office-locator': 'Office locator' }[d.tagName]}`);
    docsPages.add(entry.title);
    if (!found.script.includes('<script type="module"') || !found.npm.includes("import 'crs-widgets/") || !found.react.includes("from 'crs-widgets/react'")) {
      failures.push(`${entry.id}: no import section with script-tag, npm and React tabs`);
    }
    if (tag) {
      const hidden = hiddenNames(tag);
      const leaked = found.tables.filter((name) => hidden.has(name));
      if (leaked.length) failures.push(`${entry.id}: private members in the API tables: ${leaked.join(', ')}`);
      if (!found.tables.length) failures.push(`${entry.id}: no API tables`);
    }
    if (found.perElement) {
      for (const [name, asked, shown] of found.langs) {
        if (asked !== shown) failures.push(`${entry.id}: a <${name} lang="${asked}"> story renders in "${shown}"`);
      }
      langChecks += found.langs.length;
    } else {
      langSkipped = true;
    }
  }
  await page.close();
}

// The API of each element's stories: tables, controls, Actions. One page, stories switched through the channel.
const byComponent = new Map();
for (const entry of stories) if (entry.title.startsWith('Elements/') && !byComponent.has(entry.title)) byComponent.set(entry.title, entry);
/**
 * Switches the page to a story and waits until Storybook says it rendered. Rejects (the caller records a
 * failure) when Storybook reports an error, a missing story, or nothing within 20 s: a story that never
 * renders fails instead of passing on a timer.
 */
const show = (page, storyId) =>
  page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const mine = (e) => !e || e === id || e.storyId === id;
        const off = () => {
          clearTimeout(timer);
          for (const type of DONE) channel.off(type, done);
          for (const type of FAILED) channel.off(type, failed);
        };
        const done = (e) => mine(e) && (off(), resolve());
        const failed = (e) => (off(), reject(new Error(`${id}: ${e?.title ?? e?.message ?? e?.storyId ?? 'failed'}`)));
        // The story already on screen is not rendered again: Storybook says "unchanged" instead.
        const DONE = ['storyRendered', 'storyUnchanged'];
        const FAILED = ['storyErrored', 'storyThrewException', 'storyMissing'];
        const timer = setTimeout(() => (off(), reject(new Error(`${id}: never rendered (20 s)`))), 20_000);
        for (const type of DONE) channel.on(type, done);
        for (const type of FAILED) channel.on(type, failed);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    storyId,
  );
/** show(), with a failure recorded instead of thrown; false when the story did not render. */
const shown = (page, storyId, label) =>
  show(page, storyId).then(
    () => true,
    (error) => (failures.push(`${label}: ${error.message}`), false),
  );
/** What a visitor sees of every CRS element in the story: text, language, direction, colours, heading levels. */
const snapshot = (page) =>
  page.evaluate(() => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    return JSON.stringify(
      all(document.querySelector('#storybook-root'))
        .filter((el) => el.localName.startsWith('crs-'))
        .map((w) => {
          const base = w.shadowRoot?.querySelector('.base');
          const parts = [...(w.shadowRoot?.querySelectorAll('[part]') ?? [])].slice(0, 6).map((p) => {
            const style = getComputedStyle(p);
            return `${style.color}/${style.backgroundColor}`;
          });
          const levels = [...(w.shadowRoot?.querySelectorAll('[role="heading"], h2, h3, h4, h5, h6') ?? [])].map((h) => h.getAttribute('aria-level') ?? h.localName);
          return [w.localName, base?.innerText, base?.lang, base?.dir, parts, levels];
        }),
    );
  });

const apiPage = await browser.newPage();
// Start on a story the loop below does not check first, so switching to each one renders it (and its
// "Show code" snippet) while we listen: the story already on screen would only be "unchanged".
const checked = new Set([...byComponent.values()].map((e) => e.id));
const firstStory = stories.find((s) => !checked.has(s.id)) ?? stories[0];
// The preview may replace its document once while it starts (seen on a busy machine: "execution context was
// destroyed"); wait for the network to settle, and start again once if it happens all the same.
for (let attempt = 0; ; attempt++) {
  try {
    await apiPage.goto(`${base}/iframe.html?id=${firstStory.id}&viewMode=story`, { waitUntil: 'networkidle0', timeout: 60_000 });
    await apiPage.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__?.storyStoreValue, { timeout: 20_000 });
    await apiPage.evaluate(() => true);
    break;
  } catch (error) {
    if (attempt >= 2 || !/context was destroyed|navigation/i.test(String(error))) throw error;
  }
}
pages++;
for (const [title, entry] of byComponent) {
  if (!docsPages.has(title)) failures.push(`${title}: no docs page`);
  // "Show code": the snippet Storybook shows must be the element alone, with its language.
  await apiPage.evaluate(() => {
    window.__crsSnippets = {};
    window.__STORYBOOK_ADDONS_CHANNEL__.on('storybook/docs/snippet-rendered', (e) => (window.__crsSnippets[e.id] = e.source));
  });
  if (!(await shown(apiPage, entry.id, title))) continue;
  await settle(apiPage);
  const snippet = await apiPage.evaluate((id) => window.__crsSnippets[id] ?? '', entry.id);
  // The element alone, with no `lang` the reader did not choose: a pasted lang="en" switches off the automatic language.
  if (!/^\s*<crs-[a-z-]+[\s>]/.test(snippet) || snippet.includes('data-crs-story') || /\blang=/.test(snippet)) {
    failures.push(`${title}: "Show code" is not the element alone, without a lang nobody set: ${snippet.slice(0, 120)}`);
  }
  const story = await apiPage.evaluate(async (id) => {
    const s = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId: id });
    return {
      component: s.component,
      args: s.initialArgs,
      argTypes: Object.fromEntries(Object.entries(s.argTypes).map(([name, a]) => [name, {
        shown: a.table?.disable !== true,
        category: a.table?.category,
        control: a.control === false || a.control?.disable ? false : (a.control?.type ?? a.control),
        options: a.options,
        action: a.action,
      }])),
    };
  }, entry.id);
  const d = declarations.find((x) => x.tagName === story.component);
  if (!d) {
    failures.push(`${title}: component ${story.component} is not in custom-elements.json`);
    continue;
  }
  const rows = Object.entries(story.argTypes).filter(([, a]) => a.shown);
  const counts = {};
  for (const [, a] of rows) counts[a.category ?? 'other'] = (counts[a.category ?? 'other'] ?? 0) + 1;
  rowCounts.push(`${d.tagName}: ${rows.length} rows (${Object.entries(counts).map(([c, n]) => `${n} ${c}`).join(', ')})`);

  // Tables: only the public API.
  const hidden = hiddenNames(d);
  const leaked = rows.map(([name]) => name).filter((name) => hidden.has(name));
  if (leaked.length) failures.push(`${title}: private or protected members in the Controls table: ${leaked.join(', ')}`);

  // Controls: each one, changed from the story's initial args, must change what the story shows.
  for (const [name, a] of rows.filter(([n, x]) => x.control && !QUIET.has(n))) {
    const current = story.args[name];
    let next;
    if (a.control === 'boolean') next = !current;
    else if (name in TRY) next = TRY[name];
    else if (a.options?.length) next = a.options.find((o) => o !== current);
    if (next === undefined || JSON.stringify(next) === JSON.stringify(current)) {
      failures.push(`${title}: no value to try for the "${name}" control (add one to TRY in scripts/check/storybook.mjs)`);
      continue;
    }
    await apiPage.evaluate((id) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('resetStoryArgs', { storyId: id }), entry.id);
    if (!(await shown(apiPage, entry.id, title))) break;
    await settle(apiPage);
    const before = await snapshot(apiPage);
    await apiPage.evaluate((id, updatedArgs) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId: id, updatedArgs }), entry.id, { [name]: next });
    let after = before;
    for (let i = 0; i < 50 && after === before; i++) {
      await new Promise((r) => setTimeout(r, 100));
      await settle(apiPage);
      after = await snapshot(apiPage);
    }
    controlsTried++;
    if (after === before) failures.push(`${title}: the "${name}" control (set to ${JSON.stringify(next)}) does not change the story`);
  }
  await apiPage.evaluate((id) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('resetStoryArgs', { storyId: id }), entry.id);
  if (!(await shown(apiPage, entry.id, title))) continue;
  await settle(apiPage);

  // Actions: every event the element fires, dispatched from inside it as the element does, is logged.
  for (const event of d.events ?? []) {
    const wired = Object.values(story.argTypes).some((a) => a.action === event.name);
    const logged = await apiPage.evaluate(
      (tag, type) =>
        new Promise((resolve) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          const seen = (e) => {
            if (e?.data?.name !== type) return;
            channel.off('storybook/actions/action-event', seen);
            resolve(true);
          };
          channel.on('storybook/actions/action-event', seen);
          const el = document.querySelector(`#storybook-root ${tag}`);
          const inside = el?.shadowRoot?.querySelector('.base') ?? el;
          inside?.dispatchEvent(new CustomEvent(type, { detail: { check: true }, bubbles: true, composed: true }));
          setTimeout(() => resolve(false), 2000);
        }),
      d.tagName,
      event.name,
    );
    eventsTried++;
    if (!wired || !logged) failures.push(`${title}: the ${event.name} event does not reach the Actions panel`);
  }
}
await apiPage.close();

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
    if (!(await shown(page, entry.id, `${theme}, ${locale}`))) continue;
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
    const rendered = await page.evaluate(() => document.querySelectorAll('#storybook-root crs-contact-card, #storybook-root crs-services-list, #storybook-root crs-office-locator').length);
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
console.log(`storybook: Controls/API table rows per element: ${rowCounts.join('; ')}`);
console.log(`storybook: ${controlsTried} controls changed the story, ${eventsTried} events checked in Actions, ${docsPages.size} element pages with import tabs`);
console.log(langSkipped
  ? 'storybook: per-story language on docs pages not checked: this core has one language per page'
  : `storybook: ${langChecks} stories on element pages render in their own language`);
if (failures.length) {
  console.error(failures.join('\n'));
  console.error(`${failures.length} problem(s)`);
  process.exit(1);
}
console.log('storybook: no console errors, no axe violations');
