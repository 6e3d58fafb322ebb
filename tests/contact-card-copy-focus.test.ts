/** The copy fallback (no Clipboard API) gives focus back to the copy button instead of dropping it to <body>. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/contact-card/define.js';
import { shadow, text } from './harness.js';

describe('<crs-contact-card> copy fallback', () => {
  for (const works of [true, false]) {
    it(`keeps focus on the copy button when the fallback copy ${works ? 'works' : 'fails'}`, async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      const originalExec = document.execCommand;
      let used = 0;
      document.execCommand = () => (used++, works);
      try {
        const el = await fixture(html`<crs-contact-card office="hq"></crs-contact-card>`);
        const button = shadow(el).querySelectorAll<HTMLButtonElement>('button.copy')[1];
        button.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => text(shadow(el).querySelector('[role="status"]')).includes('askcrs@usdoj.gov'), 'no copy message');
        expect(used).to.equal(1);
        expect(document.activeElement).to.equal(el);
        expect(shadow(el).activeElement).to.equal(button);
      } finally {
        document.execCommand = originalExec;
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });
  }
});
