/** The demo partner page in a right-to-left language scrolls no wider than its window. */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './harness.js';

/** The demo page in a frame `width` px wide, once `ready` says it has loaded. */
async function openDemo(width: number, ready: (doc: Document) => unknown) {
  const page = await openPage({ src: '/demo/index.html', width, height: 600 });
  await waitUntil(() => ready(page.doc), 'the demo did not load', { timeout: 20000 });
  return page.doc;
}

describe('demo page', () => {
  it('has no horizontal scroll with <html lang="ar" dir="rtl">, and its skip link still appears on focus', async function () {
    this.timeout(20000);
    const doc = await openDemo(800, (d) => d.querySelector('.skip'));
    doc.documentElement.lang = 'ar';
    doc.documentElement.dir = 'rtl';
    const root = doc.scrollingElement!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    const skip = doc.querySelector<HTMLAnchorElement>('.skip')!;
    skip.focus();
    const box = skip.getBoundingClientRect();
    expect(box.width).to.be.greaterThan(20);
    expect(box.right).to.be.at.most(root.clientWidth + 1);
    expect(box.left).to.be.at.least(0);
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
  });

  it('at 320 px does not scroll sideways; its language menu turns the widgets Arabic and leaves its English text left to right', async function () {
    this.timeout(30000);
    // Every widget has rendered: each renders in a task of its own, the locator after a frame, not all at once.
    const doc = await openDemo(320, (d) => {
      const widgets = [...d.querySelectorAll('crs-contact-card, crs-services-list, crs-office-locator')];
      return widgets.length > 0 && widgets.every((w) => w.shadowRoot?.querySelector('.base'));
    });
    const root = doc.scrollingElement!;
    expect(root.scrollWidth, 'horizontal scroll at 320 px').to.be.at.most(root.clientWidth + 1);
    const menu = doc.querySelector<HTMLSelectElement>('#language')!;
    menu.value = 'ar';
    menu.dispatchEvent(new Event('change'));
    const card = doc.querySelector('[data-widget-language] crs-contact-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('.base')!.getAttribute('lang') === 'ar', 'the card did not turn Arabic');
    expect(card.shadowRoot!.querySelector('.base')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(doc.querySelector('.intro p')!).direction, 'the page’s English text').to.equal('ltr');
    const pair = [...doc.querySelectorAll('.both-languages crs-contact-card')];
    expect(pair.map((c) => c.shadowRoot!.querySelector('.base')!.getAttribute('lang'))).to.deep.equal(['en', 'es']);
  });
});
