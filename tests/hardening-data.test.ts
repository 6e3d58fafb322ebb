import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/contact-card/define.js';
import type { CrsContactCard } from '../src/contact-card/contact-card.js';
import { cachedDatasetCount, loadDataset, MAX_CACHED } from '../src/core/data/load.js';
import { settle, shadow, text } from './harness.js';
import { setDebug } from '../src/core/element/crs-element.js';

// These tests read the on-screen notices a partner sees with `debug` (visitors never see them).
before(() => setDebug(true));
after(() => setDebug(false));

// Issue 16 items 5 (superseded data-src fetches), 9 (unbounded cache) and 10 (office id lookups).

/** Records every fetch the page makes, with its abort signal. */
function recordFetches(): { calls: { url: string; signal?: AbortSignal | null }[]; restore(): void } {
  const original = window.fetch;
  const calls: { url: string; signal?: AbortSignal | null }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), signal: init?.signal });
    return original.call(window, input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

const title = (el: Element) => text(shadow(el).querySelector('[part="title"]'));
const problems: string[] = [];
const onRejection = (e: PromiseRejectionEvent) => problems.push(String(e.reason));

describe('superseded data-src requests are cancelled (issue 16 item 5)', () => {
  beforeEach(() => {
    problems.length = 0;
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => window.removeEventListener('unhandledrejection', onRejection));

  it('six quick changes to slow URLs, then a fast one: the slow requests are aborted and the fast one loads', async function () {
    this.timeout(30_000);
    const fetches = recordFetches();
    try {
      const el = await fixture<CrsContactCard>(html`<crs-contact-card office="east"></crs-contact-card>`);
      for (let i = 0; i < 6; i++) {
        el.dataSrc = `/tests/fixtures/slow.json?ms=20000&n=${i}-${Math.random()}`;
        await el.updateComplete;
      }
      el.dataSrc = `/tests/fixtures/partner-data.json?fast=${Math.random()}`;
      // Browsers open six connections per host: had the slow requests run on, this one would wait
      // for them (20 s) and hit the 10 s timeout ("took too long") instead of loading.
      await waitUntil(() => title(el) === 'Partner East Office <b>bold</b>', 'the partner data did not load', { timeout: 9000 });
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      const slow = fetches.calls.filter((c) => c.url.includes('slow.json'));
      expect(slow).to.have.length(6);
      expect(slow.every((c) => c.signal?.aborted), 'every superseded request was aborted').to.equal(true);
      expect(problems).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('aborts the request when the element leaves the page, and loads again when it comes back', async function () {
    this.timeout(20_000);
    const fetches = recordFetches();
    try {
      const src = `/tests/fixtures/slow.json?ms=20000&leave=${Math.random()}`;
      const el = await fixture<CrsContactCard>(html`<crs-contact-card data-src=${src}></crs-contact-card>`);
      await waitUntil(() => fetches.calls.length === 1);
      const parent = el.parentElement!;
      el.remove();
      expect(fetches.calls[0].signal?.aborted).to.equal(true);
      el.dataSrc = `/tests/fixtures/partner-data.json?back=${Math.random()}`;
      parent.append(el);
      await waitUntil(() => title(el) === 'CRS Headquarters' && fetches.calls.length === 2 && !shadow(el).querySelector('[part="error"]'));
      expect(problems).to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('without AbortController: data still loads, a slow file still times out, nothing rejects', async function () {
    this.timeout(20_000);
    const saved = window.AbortController;
    // A page (or an old engine) without AbortController.
    (window as unknown as Record<string, unknown>).AbortController = undefined;
    try {
      const el = await fixture<CrsContactCard>(html`<crs-contact-card office="east" data-src="/tests/fixtures/partner-data.json?no-abort=1"></crs-contact-card>`);
      await waitUntil(() => title(el) === 'Partner East Office <b>bold</b>', 'no data without AbortController', { timeout: 8000 });
      const result = await loadDataset(`/tests/fixtures/slow.json?ms=3000&n=${Math.random()}`, location.href, 200);
      expect(result).to.deep.equal({ ok: false, problem: { kind: 'timeout' } });
      // A slow file (an empty object, which would put the bundled data back) superseded by the partner file:
      // without AbortController the slow request runs on, and its late answer must not win.
      const slow = `/tests/fixtures/slow.json?ms=300&n=${Math.random()}`;
      el.dataSrc = slow;
      await el.updateComplete;
      el.dataSrc = '/tests/fixtures/partner-data.json?no-abort=2';
      await waitUntil(() => title(el) === 'Partner East Office <b>bold</b>');
      // The same slow file asked for now answers after the element's request did.
      await (await fetch(slow)).text();
      await settle();
      await el.updateComplete;
      expect(title(el)).to.equal('Partner East Office <b>bold</b>');
      expect(text(shadow(el).querySelector('[part="error"]')), 'no notice from the superseded file').to.equal('');
      expect(problems).to.deep.equal([]);
    } finally {
      window.AbortController = saved;
    }
  });
});

describe('the dataset cache is bounded (issue 16 item 9)', () => {
  it(`keeps at most ${MAX_CACHED} datasets however many URLs were loaded, and still one request per URL`, async function () {
    this.timeout(30_000);
    const run = Math.random();
    for (let i = 0; i < 12; i++) {
      const result = await loadDataset(`/tests/fixtures/partner-data.json?cache=${run}-${i}`, location.href);
      expect(result?.ok).to.equal(true);
      expect(cachedDatasetCount()).to.be.at.most(MAX_CACHED);
    }
    const fetches = recordFetches();
    try {
      const again = await Promise.all([1, 2, 3].map(() => loadDataset(`/tests/fixtures/partner-data.json?cache=${run}-11`, location.href)));
      expect(again.every((r) => r?.ok)).to.equal(true);
      expect(fetches.calls, 'a recent dataset is reused').to.have.length(0);
      await loadDataset(`/tests/fixtures/partner-data.json?cache=${run}-0`, location.href);
      expect(fetches.calls, 'the oldest was let go').to.have.length(1);
    } finally {
      fetches.restore();
    }
  });

  it('many elements with distinct data-src URLs, then none: the page keeps a bounded number of datasets', async function () {
    this.timeout(60_000);
    const host = document.createElement('div');
    document.body.append(host);
    const run = Math.random();
    for (let i = 0; i < 24; i++) {
      const el = document.createElement('crs-contact-card');
      el.setAttribute('data-src', `/tests/fixtures/partner-data.json?elements=${run}-${i}`);
      host.append(el);
    }
    await waitUntil(() => [...host.children].every((el) => !shadow(el).querySelector('[part="error"]') && title(el)), '', { timeout: 30_000 });
    host.remove();
    expect(cachedDatasetCount()).to.be.at.most(MAX_CACHED);
  });
});

describe('office ids (issue 16 item 10)', () => {
  for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`office="${id}" is an unknown office, not a lookup through Object.prototype`, async () => {
      const el = await fixture<CrsContactCard>(html`<crs-contact-card office=${id}></crs-contact-card>`);
      expect(title(el)).to.equal('CRS Headquarters');
      expect(text(shadow(el).querySelector('[part="error"]'))).to.include(id);
    });
  }

  it('matches office ids without regard to case: office="Houston" finds houston', async () => {
    const el = await fixture<CrsContactCard>(html`<crs-contact-card office="Houston"></crs-contact-card>`);
    expect(title(el)).to.equal('Houston Field Office');
    expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    const events: string[] = [];
    el.addEventListener('crs-contact-action', (e) => events.push(String(e.detail.officeId)));
    const tel = shadow(el).querySelector<HTMLAnchorElement>('.methods a[href^="tel:"]')!;
    tel.addEventListener('click', (e) => e.preventDefault());
    tel.click();
    // Events name the canonical id.
    expect(events).to.deep.equal(['houston']);
  });
});
