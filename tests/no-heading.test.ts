/**
 * `no-heading`: a partner who titles the section with their own heading gets no second title from the
 * widget, and the widget's region keeps an accessible name.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { shadow, text } from './harness.js';

const headings = (el: Element) => [...shadow(el).querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')];
/** The page's own h2, then the widget, as a partner writes it. */
async function under(widget: ReturnType<typeof html>, own = html`<h2 id="own">Get help from CRS</h2>`) {
  const page = await fixture(html`<section aria-labelledby="own">${own}${widget}</section>`);
  const el = page.querySelector<LitElement>('crs-contact-card, crs-services-list, crs-office-locator')!;
  await el.updateComplete;
  return el;
}

describe('no-heading', () => {
  it('contact card: no office-name heading; the card keeps the office name as its accessible name', async () => {
    const el = await under(html`<crs-contact-card office="houston" no-heading></crs-contact-card>`);
    expect(headings(el).map((h) => text(h))).to.not.include('Houston Field Office');
    expect(shadow(el).querySelector('[part="title"]')).to.equal(null);
    const card = shadow(el).querySelector('article')!;
    expect(card.getAttribute('aria-label')).to.equal('Houston Field Office');
    expect(card.hasAttribute('aria-labelledby')).to.be.false;
    await expect(el.closest('section')).to.be.accessible();
  });

  it('services list: no title heading; its section a region named by it, the services one level below the page’s heading', async () => {
    const el = await under(html`<crs-services-list no-heading></crs-services-list>`);
    expect([...shadow(el).querySelectorAll('[part="heading"]')].map((h) => text(h))).to.deep.equal(['How CRS worked with LGBTQ communities', 'About CRS']);
    const sections = [...shadow(el).querySelectorAll('section')];
    expect(sections.map((s) => s.getAttribute('aria-label'))).to.deep.equal(['CRS programs and services for LGBTQ communities', null, null]);
    const about = await under(html`<crs-services-list no-heading sections="about"></crs-services-list>`);
    expect(shadow(about).querySelectorAll('[part="heading"]')).to.have.length(0);
    expect(shadow(about).querySelector('section')!.getAttribute('aria-label')).to.equal('About CRS');
    const levels = new Set([...shadow(el).querySelectorAll('.service > [role="heading"]')].map((h) => h.getAttribute('aria-level')));
    expect([...levels]).to.deep.equal(['3']);
    await expect(el.closest('section')).to.be.accessible();
  });

  it('office locator: no “Find” heading; the locator is a region with that name', async () => {
    const el = await under(html`<crs-office-locator no-heading no-geolocation view="list"></crs-office-locator>`);
    const region = shadow(el).querySelector('.locator')!;
    const name = region.getAttribute('aria-label');
    expect(region.getAttribute('role')).to.equal('region');
    expect(name).to.be.a('string').and.not.equal('');
    expect(headings(el).map((h) => text(h))).to.not.include(name);
    await expect(el.closest('section')).to.be.accessible();
  });

  it('under the page’s own h3 with heading-level="3", the widget’s own headings stay at h3 and below', async () => {
    const el = await under(html`<crs-office-locator no-heading heading-level="3" no-geolocation state="TX"></crs-office-locator>`, html`<h2>Partner</h2><h3 id="own">Find help</h3>`);
    const levels = headings(el).map((h) => Number(h.getAttribute('aria-level')));
    expect(Math.min(...levels), 'nothing above the page’s own heading').to.equal(3);
    expect(headings(el).map((h) => text(h))).to.not.include(shadow(el).querySelector('.locator')!.getAttribute('aria-label'));
    await expect(el.closest('section')).to.be.accessible();
  });

  it('without it, each element shows its own heading as before', async () => {
    const card = await under(html`<crs-contact-card office="houston"></crs-contact-card>`);
    expect(text(shadow(card).querySelector('[part="title"]'))).to.equal('Houston Field Office');
    const list = await under(html`<crs-services-list></crs-services-list>`);
    expect(shadow(list).querySelectorAll('[part="heading"]')).to.have.length(3);
  });
});
