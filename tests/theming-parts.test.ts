import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { shadow } from './harness.js';

describe('parts of the cards inside the locator', () => {
  it('lets crs-office-locator::part(button) style the buttons of the contact card it shows', async () => {
    const style = document.createElement('style');
    style.textContent = 'crs-office-locator::part(button) { text-transform: uppercase; } crs-office-locator::part(card) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const el = await fixture<LitElement>(html`<crs-office-locator state="TX"></crs-office-locator>`);
      await waitUntil(() => shadow(el).querySelector('crs-contact-card'), 'a card is shown');
      const card = shadow(el).querySelector('crs-contact-card') as LitElement;
      await card.updateComplete;
      const copy = shadow(card).querySelector<HTMLElement>('.copy')!;
      expect(getComputedStyle(copy).textTransform).to.equal('uppercase');
      expect(getComputedStyle(shadow(card).querySelector('[part~="card"]')!).outlineColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });
});
