import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/index.js';
import { setLocale } from '../src/core/i18n/locale.js';
import { $, $$, chromiumOnly, mockGeolocation, settle, shadow } from './harness.js';
import '../src/locales/all.js';

type Metrics = { listeners: number; nodes: number; heap: number };

describe('privacy: no request beyond data-src, no storage', () => {
  it('uses every input path without a request or a storage write', async function () {
    // Its own budget: on a busy two-core machine rendering every element takes seconds, not ms.
    this.timeout(60_000);
    const writes: string[] = [];
    const originalSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(`storage ${key}`);
      return originalSetItem.call(this, key, value);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => cookie.get!.call(document), set: (v) => writes.push(`cookie ${v}`) });
    const originalOpen = indexedDB.open.bind(indexedDB);
    indexedDB.open = ((name: string) => (writes.push(`indexedDB ${name}`), originalOpen(name))) as typeof indexedDB.open;
    const restoreGeolocation = mockGeolocation({ latitude: 41.88, longitude: -87.63 });
    // Requests are seen as they start (fetch) and, for any other kind, once they end (resource timing).
    const started: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (started.push(new URL(String(input instanceof Request ? input.url : input), location.href).pathname), originalFetch.call(window, input, init));
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    const stopDownloads = (e: Event) => (e.composedPath()[0] as HTMLAnchorElement).download && e.preventDefault();
    document.addEventListener('click', stopDownloads, true);
    const since = performance.now();
    try {
      const page = await fixture(html`<div>
        <crs-services-list></crs-services-list>
        <crs-office-locator></crs-office-locator>
        <crs-contact-card data-src="/tests/fixtures/partner-data.json"></crs-contact-card>
      </div>`);
      const list = page.querySelector('crs-services-list') as LitElement;
      const locator = page.querySelector('crs-office-locator') as LitElement;
      const card = page.querySelector('crs-contact-card') as LitElement;
      await Promise.all([list.updateComplete, locator.updateComplete]);
      shadow(list).querySelector<HTMLButtonElement>('.toggle')!.click();
      const zip = shadow(locator).querySelector<HTMLInputElement>('#zip')!;
      zip.value = '77002';
      shadow(locator).querySelector<HTMLButtonElement>('form.zip button')!.click();
      const select = shadow(locator).querySelector<HTMLSelectElement>('#state-select')!;
      select.value = 'OR';
      select.dispatchEvent(new Event('change'));
      [...shadow(locator).querySelectorAll('button')].find((b) => b.textContent!.includes('Use my location'))!.click();
      await locator.updateComplete;
      const nested = shadow(locator).querySelector('.result crs-contact-card') as LitElement;
      await nested.updateComplete;
      for (const button of shadow(nested).querySelectorAll<HTMLButtonElement>('button')) button.click();
      for (const button of shadow(card).querySelectorAll<HTMLButtonElement>('button')) button.click();
      await setLocale('ko');
      // Every widget, nested cards included, has rendered everything asked of it, in Korean, its data file read.
      await waitUntil(() => $$(page, 'crs-contact-card, crs-services-list, crs-office-locator').every((el) => $(el, '.base:not([aria-busy])')?.lang === 'ko'), 'not all in Korean', { timeout: 10_000 });
      await Promise.all($$<LitElement>(page, 'crs-contact-card, crs-services-list, crs-office-locator').map((el) => el.updateComplete));
      await settle();
      window.fetch = originalFetch;
      // A last request of ours: once it has ended, one the widgets started before it has been listed too.
      await (await fetch('/tests/fixtures/garbage.json?privacy-sentinel')).text();
      const ended = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= since && !e.name.includes('privacy-sentinel'))
        .map((e) => new URL(e.name).pathname);
      expect([...new Set([...started, ...ended])]).to.deep.equal(['/tests/fixtures/partner-data.json']);
      expect(writes).to.deep.equal([]);
    } finally {
      window.fetch = originalFetch;
      Storage.prototype.setItem = originalSetItem;
      delete (document as unknown as Record<string, unknown>).cookie;
      indexedDB.open = originalOpen;
      restoreGeolocation();
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      document.removeEventListener('click', stopDownloads, true);
      await setLocale(null);
    }
  });
});

describe('leaks: mounting and removing every element hundreds of times', () => {
  chromiumOnly('counts listeners, nodes and heap through the Chromium DevTools protocol')('leaves listeners, DOM nodes and heap flat', async function () {
    // 320 mount/unmount cycles: seconds when the machine is idle, a minute when it is not. The
    // assertions count listeners, nodes and bytes, never time, so only the budget depends on load.
    this.timeout(300_000);
    const host = document.createElement('div');
    document.body.append(host);
    const cycle = async () => {
      host.innerHTML = `<crs-contact-card office="houston"></crs-contact-card><crs-services-list expanded></crs-services-list>
        <crs-office-locator state="TX"></crs-office-locator>`;
      await Promise.all([...host.children].map((el) => (el as LitElement).updateComplete));
      host.replaceChildren();
    };
    for (let i = 0; i < 20; i++) await cycle();
    const before = (await executeServerCommand('cdp-metrics')) as Metrics;
    for (let i = 0; i < 300; i++) await cycle();
    await waitUntil(() => true);
    let after = (await executeServerCommand('cdp-metrics')) as Metrics;
    // On CI the count has at times still included exactly one cycle's widgets (+74 listeners, +3,817 nodes) while
    // the same test here stays flat. The colour check's queue held a cycle's widgets until its timer ran (a 3 s
    // timer here: +1,480 listeners), which a busy page may put off; removed widgets now leave it at once. A leak
    // does not shrink, and 300 cycles of one would be thousands, so while the count is over the limit it is
    // taken again, a frame and a moment later.
    let counts = 1;
    while (counts < 5 && after.listeners - before.listeners >= 20) {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 250)));
      after = (await executeServerCommand('cdp-metrics')) as Metrics;
      counts++;
    }
    host.remove();
    console.log(`leaks: listeners ${before.listeners}→${after.listeners}, nodes ${before.nodes}→${after.nodes}, heap ${(before.heap / 1e6).toFixed(1)}→${(after.heap / 1e6).toFixed(1)} MB (counted ${counts}×)`);
    expect(after.listeners - before.listeners, 'event listeners').to.be.lessThan(20);
    expect(after.nodes - before.nodes, 'DOM nodes').to.be.lessThan(500);
    expect(after.heap - before.heap, 'heap bytes').to.be.lessThan(3e6);
  });
});
