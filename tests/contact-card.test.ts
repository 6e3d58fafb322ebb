import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/contact-card/define.js';
import type { CrsContactCard } from '../src/contact-card/contact-card.js';
import { defaultDataset } from '../src/core/data/dataset.js';
import { setLocale } from '../src/core/i18n/locale.js';
import { captureWarnings, savedVCard, shadow, text, waitForNotice } from './harness.js';
import '../src/locales/all.js';
import { setDebug } from '../src/core/element/crs-element.js';

// These tests read the on-screen notices a partner sees with `debug` (visitors never see them).
before(() => setDebug(true));
after(() => setDebug(false));

const card = (office = 'hq', extra = '') =>
  fixture<CrsContactCard>(html`<crs-contact-card office=${office} data-extra=${extra}></crs-contact-card>`);
const q = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const qa = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const hrefs = (el: Element) => qa(el, 'a').map((a) => a.getAttribute('href'));

describe('<crs-contact-card>', () => {
  afterEach(async () => {
    await setLocale(null);
    document.documentElement.lang = 'en';
  });

  it('shows CRS headquarters by default with every way to reach it', async () => {
    const el = await fixture<CrsContactCard>(html`<crs-contact-card></crs-contact-card>`);
    expect(text(q(el, '[part="title"]'))).to.equal('CRS Headquarters');
    expect(hrefs(el)).to.include.members([
      'tel:+12023052935',
      'mailto:askcrs@usdoj.gov',
      'https://www.justice.gov/crs',
      'https://www.facebook.com/DOJCRS',
      'https://x.com/DOJ_CRS',
    ]);
    expect(text(q(el, '.methods'))).to.include('202-305-2935').and.include('askcrs@usdoj.gov');
    // The 2003 headquarters street address is old: never shown.
    expect(text(q(el, '.base'))).not.to.include('600 E Street');
  });

  for (const office of defaultDataset.offices) {
    it(`renders office "${office.id}" and follows the display rule`, async () => {
      const el = await card(office.id);
      const shown = text(q(el, '.base'));
      expect(q(el, '[part="error"]')).to.equal(null);
      expect(text(q(el, '[part="title"]')).length).to.be.greaterThan(3);
      if (office.street) expect(shown.includes(office.street)).to.equal(office.provenance.street?.confidence === 'confirmed');
      if (office.phone && office.id !== 'hq') {
        expect(shown.includes(office.phone)).to.equal(office.provenance.phone?.confidence === 'confirmed');
      }
      if (office.provenance.phone?.confidence !== 'confirmed') {
        // Routed to headquarters, said so in words.
        expect(hrefs(el)).to.include('tel:+12023052935');
        expect(text(q(el, '.methods'))).to.include('CRS headquarters');
      }
      expect(text(q(el, '[part="source"]'))).to.include('Compiled by CRS Widgets, not by CRS, from sources of 2003 and about 2016–2020');
    });
  }

  it('opens web links in a new tab without an opener, and says so to screen readers', async () => {
    const el = await card('hq');
    const external = qa(el, 'a[href^="https:"]');
    expect(external.length).to.be.greaterThan(3);
    for (const a of external) {
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(text(a)).to.include('opens in a new tab');
    }
  });

  it('names an unknown office id and shows headquarters', async () => {
    let el!: CrsContactCard;
    const warnings = await captureWarnings(async () => {
      el = await card('atlantis');
    });
    const notice = q(el, '[part="error"]')!;
    // A note for the partner (debug), not an alert announced to visitors.
      expect(notice.getAttribute('role')).to.equal(null);
    expect(text(notice)).to.include('“atlantis”');
    expect(text(q(el, '[part="title"]'))).to.equal('CRS Headquarters');
    expect(warnings.join('\n')).to.include('atlantis');
  });

  it('treats markup in the office attribute as text', async () => {
    const el = await card('<img src=x onerror=alert(1)>');
    expect(q(el, 'img')).to.equal(null);
    expect(text(q(el, '[part="error"]'))).to.include('<img src=x onerror=alert(1)>');
  });

  it('falls back to heading level 2 with a console warning for a bad heading-level', async () => {
    const good = await fixture(html`<crs-contact-card heading-level="4"></crs-contact-card>`);
    expect(q(good, '[part="title"]')!.getAttribute('aria-level')).to.equal('4');
    let bad!: Element;
    const warnings = await captureWarnings(async () => {
      bad = await fixture(html`<crs-contact-card heading-level="9"></crs-contact-card>`);
    });
    expect(q(bad, '[part="title"]')!.getAttribute('aria-level')).to.equal('2');
    expect(warnings.join()).to.include('heading-level="9"');
  });

  it('is denser when compact: no social links or address block', async () => {
    const full = await card('houston');
    expect(q(full, 'address')).not.to.equal(null);
    const el = await fixture<CrsContactCard>(html`<crs-contact-card compact></crs-contact-card>`);
    expect(q(el, '.social')).to.equal(null);
    expect(hrefs(el)).to.include('tel:+12023052935');
    const compactHouston = await fixture(html`<crs-contact-card office="houston" compact></crs-contact-card>`);
    expect(q(compactHouston, 'address')).to.equal(null);
  });

  it('fires crs-contact-action for calls, email, web and social links', async () => {
    const el = await card('houston');
    const actions: string[] = [];
    el.addEventListener('crs-contact-action', (e) => {
      actions.push(`${e.detail.officeId}:${e.detail.action}`);
      e.composedPath()[0] instanceof HTMLAnchorElement && e.preventDefault();
    });
    // Stop the navigation itself; the event is what we observe.
    shadow(el).addEventListener('click', (e) => e.preventDefault());
    q(el, '.methods a[href^="tel:"]')!.click();
    q(el, '.methods a[href^="mailto:"]')!.click();
    q(el, '.methods a[href="https://www.justice.gov/crs"]')!.click();
    expect(actions).to.deep.equal(['houston:call', 'houston:email', 'houston:website']);
    const hq = await card('hq');
    shadow(hq).addEventListener('click', (e) => e.preventDefault());
    const fired = oneEvent(hq, 'crs-contact-action');
    q(hq, 'a[href*="facebook"]')!.click();
    const event = await fired;
    expect(event.detail).to.deep.equal({ officeId: 'hq', action: 'social' });
    expect(event.bubbles && event.composed).to.be.true;
  });

  it('copies the phone number and announces it', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (value: string) => void copied.push(value) },
    });
    try {
      const el = await card('northeast');
      const button = qa(el, 'button.copy')[0];
      expect(text(button)).to.include('phone number');
      const fired = oneEvent(el, 'crs-contact-action');
      button.click();
      const event = await fired;
      expect(event.detail).to.deep.equal({ officeId: 'northeast', action: 'copy', what: 'phone' });
      expect(copied).to.deep.equal(['212-264-0700']);
      await el.updateComplete;
      const status = q(el, '[role="status"]')!;
      expect(text(status)).to.include('212-264-0700');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('says so when copying is not allowed', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    const originalExec = document.execCommand;
    document.execCommand = () => false;
    try {
      const el = await card('hq');
      qa(el, 'button.copy')[1].click();
      await waitUntil(() => text(q(el, '[role="status"]')).includes('askcrs@usdoj.gov'));
      expect(text(q(el, '[role="status"]'))).to.include('Could not copy');
    } finally {
      document.execCommand = originalExec;
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('downloads a vCard built in the page', async () => {
    const blobs: Blob[] = [];
    const originalCreate = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return originalCreate.call(URL, blob);
    };
    const downloads: string[] = [];
    const onClick = (e: Event) => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      if (a.download) {
        downloads.push(a.download);
        e.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      const el = await card('southwest');
      const save = qa(el, 'button').find((b) => text(b).includes('Save contact'))!;
      const fired = oneEvent(el, 'crs-contact-action');
      save.click();
      const event = await fired;
      expect(event.detail.action).to.equal('vcard');
      expect(downloads).to.deep.equal(['crs-southwest.vcf']);
      expect(blobs[0].type).to.equal('text/vcard;charset=utf-8');
      const vcf = await blobs[0].text();
      expect(vcf).to.include('VERSION:4.0').and.include('FN:Southwestern Regional Office');
      expect(vcf).to.include('tel:+12146558175').and.include('1999 Bryan Street');
    } finally {
      URL.createObjectURL = originalCreate;
      document.removeEventListener('click', onClick, true);
    }
  });

  it('leaves unconfirmed addresses out of the vCard', async () => {
    const vcf = await savedVCard(await card('new-england'));
    expect(vcf).not.to.include('408 Atlantic');
    expect(vcf).to.include('Boston').and.include('tel:+12023052935');
  });

  it('is operable by keyboard: links and buttons are in tab order with visible focus', async () => {
    const el = await card('houston');
    const focusable = qa(el, 'a[href], button');
    expect(focusable.length).to.be.greaterThan(5);
    for (const control of focusable) expect(control.tabIndex).to.equal(0);
    const button = qa(el, 'button')[0];
    button.focus();
    expect(shadow(el).activeElement).to.equal(button);
  });
});

describe('<crs-contact-card> with partner data (data-src)', () => {
  it('uses a valid partner file, keeping markup in names as text', async () => {
    const el = await fixture<CrsContactCard>(
      html`<crs-contact-card office="east" data-src="/tests/fixtures/partner-data.json"></crs-contact-card>`,
    );
    await waitUntil(() => text(q(el, '[part="title"]')).includes('Partner East'), 'partner data not shown');
    expect(text(q(el, '[part="title"]'))).to.equal('Partner East Office <b>bold</b>');
    expect(q(el, '[part="title"] b')).to.equal(null);
    expect(hrefs(el)).to.include('tel:+12155550100');
    // Credited to the partner, with the span of its sources' dates (2003, 2024, 2025-01-15).
    expect(text(q(el, '[part="source"]'))).to.include('Compiled by Example Partner Coalition, not by CRS, from sources of 2003–2025');
  });

  it('applies the display rule to partner data too', async () => {
    const el = await fixture<CrsContactCard>(
      html`<crs-contact-card office="west" data-src="/tests/fixtures/partner-data.json"></crs-contact-card>`,
    );
    await waitUntil(() => text(q(el, '[part="title"]')).includes('Partner West'));
    const shown = text(q(el, '.base'));
    expect(shown).not.to.include('2 Unverified Way');
    expect(shown).not.to.include('303-555-0199');
    expect(hrefs(el)).to.include('tel:+12023052935');
  });

  const failures: [string, string, string][] = [
    ['garbage', '/tests/fixtures/garbage.json', 'not valid JSON'],
    ['a 404', '/tests/fixtures/does-not-exist.json', 'HTTP status 404'],
    ['the wrong shape', '/tests/fixtures/wrong-shape.json', 'contains errors'],
    ['a javascript: URL', 'javascript:alert(1)', 'not an http or https URL'],
  ];
  for (const [what, src, message] of failures) {
    it(`explains ${what} and keeps the bundled data on screen`, async () => {
      let el!: CrsContactCard;
      await captureWarnings(async () => {
        el = await fixture<CrsContactCard>(html`<crs-contact-card office="houston" data-src=${src}></crs-contact-card>`);
        await waitForNotice(el);
      });
      const notice = q(el, '[part="error"]')!;
      // A note for the partner (debug), not an alert announced to visitors.
      expect(notice.getAttribute('role')).to.equal(null);
      expect(text(notice)).to.include(message).and.include('built into this widget');
      expect(text(q(el, '[part="title"]'))).to.equal('Houston Field Office');
      expect(hrefs(el)).to.include('tel:+17137184861');
    });
  }
});
