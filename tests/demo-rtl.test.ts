/** The demo partner page in a right-to-left language scrolls no wider than its window. */
import { expect, waitUntil } from '@open-wc/testing';

/** The demo page in an iframe `width` px wide, once `ready` says it has loaded; removed by the caller. */
async function openDemo(width: number, ready: (doc: Document) => unknown) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: 600px; border: 0`;
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.readyState === 'complete' && ready(frame.contentDocument), 'the demo did not load', { timeout: 20000 });
  return frame;
}

describe('demo page', () => {
  it('has no horizontal scroll with <html lang="ar" dir="rtl">, and its skip link still appears on focus', async function () {
    this.timeout(20000);
    const frame = await openDemo(800, (doc) => doc.querySelector('.skip'));
    try {
      const doc = frame.contentDocument!;
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
    } finally {
      frame.remove();
    }
  });

  it('at 320 px does not scroll sideways; its language menu turns the widgets Arabic and leaves its English text left to right', async function () {
    this.timeout(30000);
    const frame = await openDemo(320, (doc) => doc.querySelector('crs-contact-card')?.shadowRoot?.querySelector('[part="title"]'));
    try {
      const doc = frame.contentDocument!;
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
    } finally {
      frame.remove();
    }
  });
});
