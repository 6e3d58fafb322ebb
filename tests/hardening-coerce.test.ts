import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { LitElement } from 'lit';
import { $, BUNDLES, mount, openPage, record, shadow, text } from './harness.js';
import { setDebug } from '../src/core/element/crs-element.js';

// These tests read the on-screen notices a partner sees with `debug` (visitors never see them).
before(() => setDebug(true));
after(() => setDebug(false));

// Issue 16 items 7 (wrongly typed properties, SES lockdown) and 10 ("Save contact" in a sandbox
// without allow-downloads).

type Loose = LitElement & Record<string, unknown>;


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
      const el = await mount<Loose>(tag);
      const { warnings, problems, errors } = await record(async () => {
        el[prop] = value;
        await el.updateComplete;
        await el.updateComplete;
      });
      expect(problems).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      check(el);
      // A value that is not a string (or a list of strings, or a level number) is named in a warning.
      const silent = Array.isArray(value) || typeof value === 'number';
      if (!silent) expect(warnings.join('\n')).to.match(/\[crs-widgets\]/);
    });
  }
});

const WIDGETS = '<crs-contact-card office="houston"></crs-contact-card><crs-services-list></crs-services-list><crs-office-locator state="TX"></crs-office-locator>';

describe('SES lockdown: a frozen Symbol (issue 16 item 7)', () => {
  for (const bundle of [BUNDLES.module, BUNDLES.classic]) {
    it(`${bundle === BUNDLES.classic ? 'the classic' : 'the module'} bundle loads and renders after Object.freeze(Symbol)`, async function () {
      this.timeout(20_000);
      const page = await openPage({ body: `<script>Object.freeze(Symbol);</script>${bundle}${WIDGETS}` });
      const widgets = () => [...page.doc.querySelectorAll('crs-contact-card, crs-services-list, crs-office-locator')];
      await waitUntil(() => widgets().every((el) => $(el, '[role="heading"]')), 'the widgets did not render', { timeout: 15_000 });
      expect(page.win.Symbol).to.satisfy(Object.isFrozen);
      const title = () => text(page.$('crs-contact-card', '[part="title"]'));
      expect(title()).to.equal('Houston Field Office');
      // Properties still react (the decorators kept their metadata).
      (page.doc.querySelector('crs-contact-card') as unknown as Loose).office = 'miami';
      await waitUntil(() => title() === 'Miami Field Office');
      expect(page.recorded.problems).to.deep.equal([]);
    });
  }
});

describe('"Save contact" in a sandbox without allow-downloads (issue 16 item 10)', () => {
  it('says the file was not saved, and fires no event', async function () {
    this.timeout(20_000);
    const page = await openPage({ sandbox: 'allow-scripts allow-same-origin', body: `${BUNDLES.module}<crs-contact-card office="houston"></crs-contact-card>` });
    await waitUntil(() => page.$('crs-contact-card', '.actions button'), 'no card', { timeout: 15_000 });
    const save = page.$('crs-contact-card', '.actions button')!;
    const card = page.doc.querySelector('crs-contact-card')!;
    const events: unknown[] = [];
    card.addEventListener('crs-contact-action', (e) => events.push((e as CustomEvent).detail));
    save.click();
    await waitUntil(() => text($(card, '[role="status"]')).length > 0);
    expect(text($(card, '[role="status"]'))).to.include('does not allow downloads');
    expect(events).to.deep.equal([]);
  });
});
