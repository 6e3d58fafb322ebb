import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { Seen, mount as Mount } from './react/app.js';

// Bundled on request by the test runner (React ships CommonJS only).
const BUNDLE = '/tests/react/app.bundle.js';

describe('React wrappers (crs-widgets/react)', () => {
  it('render every element with typed props and call the event props', async () => {
    const { mount } = (await import(/* @vite-ignore */ BUNDLE)) as { mount: typeof Mount };
    const container = document.createElement('div');
    document.body.append(container);
    const seen: Seen = { contact: [], toggle: [], select: [] };
    const root = mount(container, seen);
    try {
      await waitUntil(() => container.querySelector('crs-office-locator')?.shadowRoot?.querySelector('.answer'), 'wrappers did not render');
      const card = container.querySelector('crs-contact-card') as LitElement & { compact: boolean };
      const list = container.querySelector('crs-services-list') as LitElement;
      const locator = container.querySelector('crs-office-locator') as LitElement & { noGeolocation: boolean };
      await Promise.all([card, list, locator].map((el) => el.updateComplete));
      expect(card.getAttribute('office')).to.equal('houston');
      expect(card.compact).to.be.true;
      expect(locator.noGeolocation).to.be.true;
      expect(locator.shadowRoot!.querySelector('.answer')!.textContent).to.include('Washington');
      // Preselection by attribute is the page's own doing: no crs-office-select for it.
      expect(seen.select).to.deep.equal([]);
      const stop = (e: Event) => e.preventDefault();
      card.shadowRoot!.addEventListener('click', stop);
      card.shadowRoot!.querySelector<HTMLAnchorElement>('.methods a[href^="tel:"]')!.click();
      list.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
      expect(seen.contact).to.deep.equal(['houston:call']);
      expect(seen.toggle).to.deep.equal(['mediation:true']);
    } finally {
      root.unmount();
      container.remove();
    }
  });
});
