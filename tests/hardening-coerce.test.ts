import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { LitElement } from 'lit';
import { captureWarnings, shadow, text } from './harness.js';
import { setDebug } from '../src/core/crs-element.js';

// These tests read the on-screen notices a partner sees with `debug` (visitors never see them).
before(() => setDebug(true));
after(() => setDebug(false));

// Issue 16 items 7 (wrongly typed properties, SES lockdown) and 10 ("Save contact" in a sandbox
// without allow-downloads).

type Loose = LitElement & Record<string, unknown>;

/** Runs `run` and returns the errors and unhandled rejections it caused on this page. */
async function uncaught(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => (seen.push(`error: ${e.message}`), e.preventDefault());
  const onRejection = (e: PromiseRejectionEvent) => (seen.push(`rejection: ${String(e.reason)}`), e.preventDefault());
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

const cases: [string, string, unknown, (el: Loose) => void][] = [
  ['crs-services-list', 'services', ['mediation'], (el) => {
    expect(shadow(el).querySelectorAll('.service')).to.have.length(1);
  }],
  ['crs-services-list', 'sections', ['about'], (el) => expect(shadow(el).querySelector('.service')).to.equal(null)],
  ['crs-services-list', 'headingLevel', Symbol('level'), (el) => expect(shadow(el).querySelector('[aria-level="2"]')).to.exist],
  ['crs-contact-card', 'office', 5, (el) => {
    expect(text(shadow(el).querySelector('[part="title"]'))).to.equal('CRS Headquarters');
    expect(text(shadow(el).querySelector('[part="error"]'))).to.include('“5”');
  }],
  ['crs-contact-card', 'office', Symbol('office'), (el) => expect(text(shadow(el).querySelector('[part="title"]'))).to.equal('CRS Headquarters')],
  ['crs-contact-card', 'office', { id: 'houston' }, (el) => expect(text(shadow(el).querySelector('[part="title"]'))).to.equal('CRS Headquarters')],
  ['crs-contact-card', 'headingLevel', Symbol('level'), (el) => expect(shadow(el).querySelector('[aria-level="2"]')).to.exist],
  ['crs-contact-card', 'dataSrc', 5, (el) => expect(shadow(el).querySelector('[part="error"]')).to.equal(null)],
  ['crs-contact-card', 'theme', Symbol('theme'), (el) => expect(el.getAttribute('theme')).to.equal(null)],
  ['crs-office-locator', 'office', 5, (el) => expect(text(shadow(el).querySelector('[part="error"]'))).to.include('5')],
  ['crs-office-locator', 'state', { code: 'TX' }, (el) => expect(el.state).to.equal(null)],
  ['crs-office-locator', 'view', Symbol('view'), (el) => expect(shadow(el).querySelector('svg')).to.exist],
  ['crs-office-locator', 'headingLevel', Symbol('level'), (el) => expect(shadow(el).querySelector('[role="heading"]')).to.exist],
  ['crs-office-locator', 'dataSrc', { href: 'x' }, (el) => expect(shadow(el).querySelector('svg')).to.exist],
];

describe('wrongly typed properties (issue 16 item 7)', () => {
  for (const [tag, prop, value, check] of cases) {
    it(`<${tag}>.${prop} = ${typeof value === 'symbol' ? 'Symbol()' : JSON.stringify(value)}: coerced or ignored with a warning, never an uncaught error`, async () => {
      let el!: Loose;
      let warnings: string[] = [];
      const errors = await uncaught(async () => {
        el = (await fixture(html`<div></div>`)).appendChild(document.createElement(tag)) as Loose;
        await el.updateComplete;
        warnings = await captureWarnings(async () => {
          el[prop] = value;
          await el.updateComplete;
          await el.updateComplete;
        });
      });
      expect(errors).to.deep.equal([]);
      check(el);
      // A value that is not a string (or a list of strings, or a level number) is named in a warning.
      const silent = Array.isArray(value) || typeof value === 'number';
      if (!silent) expect(warnings.join('\n')).to.match(/\[crs-widgets\]/);
    });
  }
});

/** A frame running `head` before the bundle, reporting its errors. */
async function frameWith(head: string, bundle: string, body = '<crs-contact-card office="houston"></crs-contact-card><crs-services-list></crs-services-list><crs-office-locator state="TX"></crs-office-locator>') {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<script>window.problems=[];addEventListener('error',e=>problems.push('error: '+e.message));addEventListener('unhandledrejection',e=>problems.push('rejection: '+e.reason));</script>${head}${bundle}${body}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as Window & { problems: string[] } };
}

describe('SES lockdown: a frozen Symbol (issue 16 item 7)', () => {
  for (const bundle of ['<script type="module" src="/dist/crs-widgets.js"></script>', '<script src="/dist/crs-widgets.iife.js"></script>']) {
    it(`${bundle.includes('iife') ? 'the classic' : 'the module'} bundle loads and renders after Object.freeze(Symbol)`, async function () {
      this.timeout(20_000);
      const { frame, win } = await frameWith('<script>Object.freeze(Symbol);</script>', bundle);
      const doc = win.document;
      await waitUntil(() => [...doc.querySelectorAll('crs-contact-card, crs-services-list, crs-office-locator')].every((el) => el.shadowRoot?.querySelector('[role="heading"]')), 'the widgets did not render', { timeout: 15_000 });
      expect((win as unknown as { Symbol: SymbolConstructor }).Symbol).to.satisfy(Object.isFrozen);
      expect(text(doc.querySelector('crs-contact-card')!.shadowRoot!.querySelector('[part="title"]'))).to.equal('Houston Field Office');
      // Properties still react (the decorators kept their metadata).
      (doc.querySelector('crs-contact-card') as unknown as Loose).office = 'miami';
      await waitUntil(() => text(doc.querySelector('crs-contact-card')!.shadowRoot!.querySelector('[part="title"]')) === 'Miami Field Office');
      expect(win.problems).to.deep.equal([]);
      frame.remove();
    });
  }
});

describe('"Save contact" in a sandbox without allow-downloads (issue 16 item 10)', () => {
  it('says the file was not saved, and fires no event', async function () {
    this.timeout(20_000);
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    frame.srcdoc = '<script type="module" src="/dist/crs-widgets.js"></script><crs-contact-card office="houston"></crs-contact-card>';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('crs-contact-card')?.shadowRoot?.querySelector('.actions button'), 'no card', { timeout: 15_000 });
    const card = doc.querySelector('crs-contact-card')!;
    const events: unknown[] = [];
    card.addEventListener('crs-contact-action', (e) => events.push((e as CustomEvent).detail));
    card.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
    await waitUntil(() => text(card.shadowRoot!.querySelector('[role="status"]')).length > 0);
    expect(text(card.shadowRoot!.querySelector('[role="status"]'))).to.include('does not allow downloads');
    expect(events).to.deep.equal([]);
    frame.remove();
  });
});
