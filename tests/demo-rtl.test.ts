/** The demo partner page in a right-to-left language scrolls no wider than its window. */
import { expect, waitUntil } from '@open-wc/testing';

describe('demo page', () => {
  it('has no horizontal scroll with <html lang="ar" dir="rtl">, and its skip link still appears on focus', async function () {
    this.timeout(20000);
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 800px; block-size: 600px; border: 0';
    frame.src = '/demo/index.html';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.readyState === 'complete' && frame.contentDocument.querySelector('.skip'), 'the demo did not load', { timeout: 10000 });
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
});
