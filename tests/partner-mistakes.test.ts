/**
 * A partner's mistakes are for the partner: the widget falls back as documented, the console names the
 * mistake once per page, and only `debug` puts it on screen. Visitors get no alert for what they did not do.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/contact-card/define.js';
import '../src/services-list/define.js';
import '../src/office-locator/define.js';
import { setDebug } from '../src/core/element/crs-element.js';
import { setLocale } from '../src/core/i18n/locale.js';
import { BUNDLES, captureWarnings, mountAll, openPage, shadow, text } from './harness.js';

const mount = mountAll;

describe('partner mistakes stay with the partner', () => {
  it('falls back without any alert for visitors, and names each mistake once in the console', async () => {
    let els: LitElement[] = [];
    const warnings = await captureWarnings(async () => {
      els = await mount(`<crs-contact-card office="nope"></crs-contact-card><crs-contact-card office="nope"></crs-contact-card>
        <crs-office-locator state="ZZ" office="also-nope" view="maps"></crs-office-locator><crs-services-list heading-level="9"></crs-services-list>`);
    });
    for (const el of els) {
      expect(shadow(el).querySelector('[part="error"]'), el.localName).to.equal(null);
      expect(shadow(el).querySelector('[role="alert"]:not(:empty)'), el.localName).to.equal(null);
    }
    expect(text(shadow(els[0]).querySelector('[part="title"]'))).to.equal('CRS Headquarters');
    expect(warnings.filter((w) => w.includes('“nope”'))).to.have.length(1);
    for (const bad of ['“ZZ”', '“also-nope”', 'view="maps"', 'heading-level="9"']) expect(warnings.some((w) => w.includes(bad)), bad).to.be.true;
  });

  it('shows the mistakes on screen with debug, as a note (not an alert)', async () => {
    const [card] = await mount(`<crs-contact-card office="nope-debug" debug></crs-contact-card>`);
    const notice = shadow(card).querySelector('[part="error"]')!;
    expect(text(notice)).to.include('nope-debug');
    expect(notice.getAttribute('role')).to.equal(null);
  });

  it('with debug, names every bad attribute on screen too, by the rules each element declares', async () => {
    let els: LitElement[] = [];
    const warnings = await captureWarnings(async () => {
      els = await mount(`<crs-services-list debug theme="blue" heading-level="9" services="mediation bogus"></crs-services-list>
        <crs-contact-card debug help="sometimes" theme="blue"></crs-contact-card>`);
    });
    const [list, card] = els.map((el) => text(shadow(el).querySelector('[part="error"]')));
    expect(list).to.include('theme="blue"').and.include('heading-level="9"').and.include('"bogus"');
    expect(card).to.include('help="sometimes"').and.include('theme="blue"');
    expect(warnings.filter((w) => w.includes('<crs-contact-card>: help="sometimes"')), 'once in the console').to.have.length(1);
  });

  it('keeps the console bounded: 2,000 unsupported languages and bad values give at most a hundred lines and a note', async () => {
    const warnings = await captureWarnings(async () => {
      for (let i = 0; i < 2000; i++) await setLocale(`x-bad-${i}`);
      await setLocale(null);
      const card = document.createElement('crs-contact-card') as LitElement & { headingLevel: unknown };
      for (let i = 0; i < 200; i++) card.headingLevel = { bad: i };
    });
    expect(warnings.length, 'console lines').to.be.within(1, 101);
    expect(warnings.at(-1)).to.include('further ones are not');
  });

  it('shows them in every widget with CRSWidgets.debug (setDebug), and hides them again', async () => {
    const [card, locator] = await mount(`<crs-contact-card office="nope-all"></crs-contact-card><crs-office-locator state="QQ"></crs-office-locator>`);
    setDebug(true);
    try {
      await waitUntil(() => shadow(card).querySelector('[part="error"]') && shadow(locator).querySelector('[part="error"]'));
    } finally {
      setDebug(false);
    }
    await waitUntil(() => !shadow(card).querySelector('[part="error"]'));
  });

  it('finds office="Houston" in the locator as in the card (case-insensitive)', async () => {
    const [locator] = await mount(`<crs-office-locator office="Houston"></crs-office-locator>`);
    expect(shadow(locator).querySelector('.result crs-contact-card[office="houston"]')).to.exist;
  });

  it('leaves window.CRSWidgets reachable beside <div id="CRSWidgets">, and never throws for a locked one', async () => {
    const named = await openPage({ body: `<div id="CRSWidgets"></div>${BUNDLES.module}` });
    expect(typeof named.win.CRSWidgets?.setLocale, 'the API beside the div').to.equal('function');
    const locked = await openPage({ body: `<script>Object.defineProperty(window, 'CRSWidgets', { get() { throw new Error('mine'); } });</script>${BUNDLES.module}` });
    expect(locked.win.customElements.get('crs-office-locator'), 'the bundle ran').to.exist;
    expect(locked.recorded.problems).to.deep.equal([]);
    expect(locked.recorded.warnings.filter((w) => w.includes('window.CRSWidgets could not be set'))).to.have.length(1);
  });

  it('says whose element a foreign <crs-contact-card> is, and does not nest it in the locator', async () => {
    const page = await openPage({ body: `<script>customElements.define('crs-contact-card', class extends HTMLElement {});</script>
      <crs-office-locator state="TX"></crs-office-locator>${BUNDLES.module}` });
    expect(page.recorded.warnings.some((w) => w.includes('another script on this page, not by CRS Widgets'))).to.be.true;
    const locator = page.doc.querySelector('crs-office-locator')!;
    await waitUntil(() => locator.shadowRoot?.querySelector('.result'), 'no result');
    expect(locator.shadowRoot!.querySelector('crs-contact-card')).to.equal(null);
    expect(text(locator.shadowRoot!.querySelector('.office-plain'))).to.include('Southwestern Regional Office');
  });
});
