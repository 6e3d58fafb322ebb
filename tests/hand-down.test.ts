/**
 * The locator hands its dataset and its language down to the contact cards it renders: a nested card
 * loads nothing of its own, repeats no data notice, and speaks the locator's language as it changes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/office-locator/define.js';
import '../src/locales/all.js';
import { setDebug } from '../src/core/element/crs-element.js';
import { shadow, text } from './harness.js';

/** The nested card shown (not the one laid out unseen under the loading placeholder). */
const card = (locator: Element) => shadow(locator).querySelector<LitElement>('.base:not([aria-busy]) .result crs-contact-card');

describe('a locator hands its data and language to its nested cards', () => {
  // The notices are read as a partner building the page sees them, with `debug`.
  before(() => setDebug(true));
  after(() => setDebug(false));

  it('a data-src that fails is fetched once for the page, and only the locator shows its notice', async () => {
    const src = `/tests/fixtures/does-not-exist.json?hand-down=${Math.random()}`;
    const original = window.fetch;
    const asked: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (asked.push(String(input)), original.call(window, input, init));
    try {
      const locator = await fixture<LitElement>(html`<crs-office-locator state="TX" data-src=${src}></crs-office-locator>`);
      await waitUntil(() => card(locator), 'the locator did not show the serving office', { timeout: 8000 });
      const nested = card(locator)!;
      await nested.updateComplete;
      // A second locator on the same page, with the same file: it asks nobody again either.
      const second = await fixture<LitElement>(html`<crs-office-locator state="NY" data-src=${src}></crs-office-locator>`);
      await waitUntil(() => card(second), 'the second locator did not render', { timeout: 8000 });
      await card(second)!.updateComplete;
      expect(asked.filter((url) => url.includes('hand-down')), 'requests for the file').to.have.length(1);
      expect(text(shadow(locator).querySelector('[part="error"]'))).to.include('could not be loaded');
      expect(shadow(second).querySelector('[part="error"]'), "the second locator's notice").to.exist;
      for (const c of [nested, card(second)!]) expect(shadow(c).querySelector('[part="error"]'), 'a notice in the nested card').to.equal(null);
    } finally {
      window.fetch = original;
    }
  });

  it('a nested card follows the locator when its language changes, and back', async () => {
    const locator = await fixture<LitElement>(html`<crs-office-locator state="TX" lang="en"></crs-office-locator>`);
    await waitUntil(() => card(locator));
    const base = () => shadow(card(locator)!).querySelector('[part="base"]');
    const copy = () => text(shadow(card(locator)!).querySelector('button.copy'));
    await waitUntil(() => base()?.getAttribute('lang') === 'en');
    const english = copy();
    locator.setAttribute('lang', 'es');
    await waitUntil(() => base()?.getAttribute('lang') === 'es', 'the nested card stayed in English');
    expect(copy()).not.to.equal(english);
    locator.setAttribute('lang', 'ar');
    await waitUntil(() => base()?.getAttribute('dir') === 'rtl', 'the nested card is not right to left in Arabic');
    locator.setAttribute('lang', 'en');
    await waitUntil(() => copy() === english, 'the nested card did not come back to English');
  });
});
