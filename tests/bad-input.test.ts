import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { $$, captureWarnings, mount, record, rendered, shadow, text, waitForNotice, watch } from './harness.js';
import '../src/locales/all.js';
import { setDebug } from '../src/core/element/crs-element.js';

// These tests read the on-screen notices a partner sees with `debug` (visitors never see them).
before(() => setDebug(true));
after(() => setDebug(false));

declare global {
  interface Window {
    pwned?: number;
  }
}

const TAGS = ['crs-contact-card', 'crs-services-list', 'crs-office-locator'] as const;

describe('bad input never breaks the host page', () => {
  const BAD_ATTRIBUTES: Record<string, Record<string, string>[]> = {
    'crs-contact-card': [{ office: '' }, { office: '   ' }, { office: '../../etc' }, { 'heading-level': '-1' }, { theme: 'neon' }, { lang: '' }, { compact: 'no' }],
    'crs-services-list': [{ services: '' }, { services: '🙂 🙃' }, { sections: 'none' }, { 'heading-level': '1e9' }, { expanded: 'false' }, { lang: 'xx-YY' }],
    'crs-office-locator': [{ state: 'T' }, { state: '<b>TX</b>' }, { office: 'Hq' }, { view: '' }, { view: 'MAP' }, { 'heading-level': 'h2' }, { 'no-geolocation': 'nope' }],
  };
  for (const [tag, cases] of Object.entries(BAD_ATTRIBUTES)) {
    for (const attrs of cases) {
      it(`<${tag} ${Object.entries(attrs).map(([k, v]) => `${k}="${v}"`).join(' ')}> renders and throws nothing`, async () => {
        let el!: LitElement;
        const { problems, errors } = await record(async () => {
          el = await mount(tag, attrs);
        });
        expect(problems).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
        expect(text(shadow(el).querySelector('.base')).length).to.be.greaterThan(20);
      });
    }
  }

  for (const tag of TAGS) {
    // A data-src that answers too late: tests/element-suite.test.ts (every element).

    it(`<${tag}> refuses a huge data-src file`, async () => {
      let el!: LitElement;
      await captureWarnings(async () => {
        el = await mount(tag, { 'data-src': '/tests/fixtures/huge.json' });
        await waitForNotice(el);
      });
      expect(text(shadow(el).querySelector('[part="error"]'))).to.include('too large');
    });

    it(`<${tag}> shows markup in partner data as text and runs none of it`, async () => {
      delete window.pwned;
      let el!: LitElement;
      const attrs: Record<string, string> = { 'data-src': '/tests/fixtures/markup-data.json' };
      if (tag === 'crs-contact-card') attrs.office = 'east';
      if (tag === 'crs-office-locator') attrs.office = 'east';
      await captureWarnings(async () => {
        // Rendered: the file has been read (the services list shows no office or date from it).
        el = await mount(tag, attrs);
        if (tag !== 'crs-services-list') await waitUntil(() => text(shadow(el).querySelector('.base')).includes('<b>2024</b>'), 'partner data not applied', { timeout: 3000 });
      });
      const all = [el, ...$$<LitElement>(el, 'crs-contact-card')];
      await Promise.all(all.map((node) => rendered(node)));
      for (const node of all) {
        const root = node.shadowRoot!;
        expect(root.querySelector('img, script, b')).to.equal(null);
        for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href')!).to.match(/^(https:|mailto:|tel:)/);
      }
      expect(window.pwned).to.equal(undefined);
    });

    it(`<${tag}> rejects data with a javascript: link`, async () => {
      let el!: LitElement;
      await captureWarnings(async () => {
        el = await mount(tag, { 'data-src': '/tests/fixtures/javascript-link-data.json' });
        await waitForNotice(el);
      });
      // Visitors get a short notice; validate.test.ts checks the field-by-field list partners get.
      expect(text(shadow(el).querySelector('[part="error"]'))).to.include('contains errors');
      for (const a of shadow(el).querySelectorAll('a')) expect(a.getAttribute('href')!).not.to.match(/^javascript:/i);
    });
  }

  it('tells the visitor one short sentence and the developer every problem of a partner file, one per line', async () => {
    let el!: LitElement;
    const warnings = await captureWarnings(async () => {
      el = await fixture<LitElement>(html`<crs-contact-card data-src="/tests/fixtures/two-mistakes.json"></crs-contact-card>`);
      await waitForNotice(el);
    });
    const notice = text(shadow(el).querySelector('[part="error"]'));
    expect(notice).to.include('contains errors');
    expect(notice).not.to.include('houston');
    const note = warnings.find((w) => w.includes('two-mistakes.json'))!;
    const lines = note.split('\n').filter((l) => l.trim().startsWith('- '));
    expect(lines).to.have.length(2);
    expect(lines[0]).to.include('office "hq", phone').and.include('call us');
    expect(lines[1]).to.include('office "houston", email').and.include('bcc');
    expect(text(shadow(el).querySelector('[part="title"]'))).to.equal('CRS Headquarters');
  });
});

describe('partner data on a slow server', function () {
  this.timeout(20_000);
  /** The words of every alert that says something (empty live regions wait silently). */
  const alerts = (el: Element) => [...shadow(el).querySelectorAll('[role="alert"]')].map((a) => text(a)).filter(Boolean);
  /** What a visitor can see or hear: the bundled content laid out unseen under the placeholder left out. */
  const seen = (el: Element): string => {
    const copy = shadow(el).querySelector('.base')!.cloneNode(true) as Element;
    copy.querySelectorAll('.unseen').forEach((unseen) => unseen.remove());
    return text(copy);
  };
  const title = (el: Element) => text([...shadow(el).querySelectorAll('[part="title"]')].find((t) => !t.closest('.unseen')));

  it('shows a quiet loading state, no alert and no bundled facts, until the partner file arrives', async () => {
    const src = '/tests/fixtures/slow.json?ms=3000&file=partner-data.json';
    const page = await fixture(html`<div>
      <crs-contact-card office="east" data-src=${src}></crs-contact-card>
      <crs-office-locator office="east" view="list" data-src=${src}></crs-office-locator>
    </div>`);
    const [card, locator] = [...page.children] as LitElement[];
    await Promise.all([card.updateComplete, locator.updateComplete]);
    // Watch the whole wait, every change to either widget: never an alert, never a bundled phone number.
    const looks = await watch([shadow(card), shadow(locator)], () => {
      for (const el of [card, locator]) {
        expect(alerts(el), `${el.localName}: alert while loading`).to.deep.equal([]);
        expect(seen(el), `${el.localName}: bundled facts while loading`).not.to.include('202-305-2935');
        expect(shadow(el).querySelector('.base')!.getAttribute('aria-busy')).to.equal('true');
      }
    }, () => Boolean(title(card)));
    expect(looks, 'the loading state was seen').to.be.greaterThan(0);
    expect(title(card)).to.include('Partner East');
    await locator.updateComplete;
    expect(alerts(locator)).to.deep.equal([]);
    expect(text(shadow(locator).querySelector('.answer'))).to.include('Partner East');
  });
});
