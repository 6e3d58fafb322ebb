import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { shadow } from './harness.js';
import { sameColor } from './color.js';

/** A partner sets one brand colour: links and the focus ring follow it, unless they are set on their own. */
async function card(style: string, theme = 'light') {
  const wrapper = await fixture(html`<div style=${style}><crs-contact-card office="houston" theme=${theme}></crs-contact-card></div>`);
  const el = wrapper.firstElementChild as LitElement;
  await el.updateComplete;
  const host = getComputedStyle(el);
  return { link: host.getPropertyValue('--_crs-link'), focus: host.getPropertyValue('--_crs-focus'), primary: host.getPropertyValue('--_crs-primary'), el };
}

describe('links and focus follow the brand colour', () => {
  it('draws links and the focus ring in the brand colour when it passes, exactly', async () => {
    const { link, focus, primary, el } = await card('--crs-color-primary: #0b6e4f');
    expect(sameColor(primary, '#0b6e4f'), primary).to.be.true;
    expect(sameColor(link, '#0b6e4f'), link).to.be.true;
    expect(sameColor(focus, '#0b6e4f'), focus).to.be.true;
    const a = shadow(el).querySelector('a');
    if (a) expect(sameColor(getComputedStyle(a).color, '#0b6e4f'), getComputedStyle(a).color).to.be.true;
  });

  it('lets --crs-color-link and --crs-color-focus override the brand', async () => {
    const { link, focus } = await card('--crs-color-primary: #0b6e4f; --crs-color-link: #5b2a86; --crs-color-focus: #1a1a8c');
    expect(sameColor(link, '#5b2a86'), link).to.be.true;
    expect(sameColor(focus, '#1a1a8c'), focus).to.be.true;
  });

  it('keeps the default link and focus colours without a brand', async () => {
    const { link, focus } = await card('');
    expect(sameColor(link, '#005ea2'), link).to.be.true;
    expect(sameColor(focus, '#0050d8'), focus).to.be.true;
  });
});

describe('type from the host page, in one line', () => {
  it('follows the surrounding text size with --crs-font-size: 1em', async () => {
    const wrapper = await fixture(html`<div style="font: 19px Georgia, serif; --crs-font-family: Georgia, serif; --crs-font-size: 1em">
      <crs-contact-card office="houston"></crs-contact-card></div>`);
    const el = wrapper.firstElementChild as LitElement;
    await el.updateComplete;
    const base = getComputedStyle(shadow(el).querySelector('.base')!);
    expect(base.fontSize).to.equal('19px');
    expect(base.fontFamily).to.contain('Georgia');
  });

  it('keeps the documented recipe for html { font-size: 62.5% } at the visitor’s size', async () => {
    const style = document.createElement('style');
    // The page's own convention: 1rem = 10px, body text 1.6rem. The recipe sizes the widgets like the body text.
    style.textContent = 'html { font-size: 62.5% } .page { font-size: 1.6rem } crs-contact-card { --crs-font-size: 1.6rem }';
    document.head.append(style);
    try {
      const wrapper = await fixture(html`<div class="page"><crs-contact-card office="houston"></crs-contact-card></div>`);
      const el = wrapper.firstElementChild as LitElement;
      await el.updateComplete;
      const base = getComputedStyle(shadow(el).querySelector('.base')!);
      expect(base.fontSize).to.equal(getComputedStyle(wrapper).fontSize);
      expect(base.fontSize).to.equal('16px');
    } finally {
      style.remove();
    }
  });
});
