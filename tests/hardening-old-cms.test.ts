import { expect, waitUntil } from '@open-wc/testing';
import { BUNDLES, openPage, text } from './harness.js';

// Issue 16 item 3: old CMS pages that load Prototype.js or MooTools before us. Those libraries
// replace built-ins (Prototype 1.6's Array.prototype.reduce, Prototype's and MooTools's Array.from)
// that Lit's `css` tag and our map used: no theme rules, an empty HQ star, black regions, and no
// word in the console. Real libraries from npm: `prototype` (Prototype 1.7's core; 1.6's reduce
// added verbatim, see the fixture) and `mootools` 1.5.2.

const LIBRARIES = {
  'Prototype.js 1.7 + 1.6 reduce': '<script src="/tests/fixtures/old-cms/prototype-1.7.script"></script><script src="/tests/fixtures/old-cms/prototype-1.6-reduce.js"></script>',
  'MooTools 1.5.2': '<script src="/tests/fixtures/old-cms/mootools-1.5.2.script"></script>',
};


describe('old CMS pages with Prototype.js and MooTools (issue 16 item 3)', () => {
  for (const [name, scripts] of Object.entries(LIBRARIES)) {
    it(`${name}: styles, map patterns and the HQ star survive, and the console says why the page is odd`, async function () {
      this.timeout(30_000);
      const page = await openPage({ width: 900, height: 900, body: `${scripts}${BUNDLES.module}
        <crs-contact-card office="houston"></crs-contact-card><crs-office-locator view="map"></crs-office-locator>` });
      const { win, doc } = page;
      // The library really is in place and really breaks the built-ins.
      expect(Array.from.call(Array, { length: 3 } as ArrayLike<unknown>, () => 1).join(), 'this engine').to.equal('1,1,1');
      expect((win as unknown as { Array: ArrayConstructor }).Array.from({ length: 3 } as ArrayLike<unknown>, () => 1).join(), name).not.to.equal('1,1,1');
      await waitUntil(() => doc.querySelector('crs-office-locator')?.shadowRoot?.querySelector('.map-svg polygon.pin-shape'), 'the map did not render', { timeout: 20_000 });
      const card = doc.querySelector('crs-contact-card')!.shadowRoot!;
      const locator = doc.querySelector('crs-office-locator')!.shadowRoot!;
      expect(text(card.querySelector('[part="title"]'))).to.equal('Houston Field Office');
      // Theme rules apply (Lit's css tag no longer calls the page's reduce).
      expect(win.getComputedStyle(card.querySelector('.card')!).borderTopStyle).to.equal('solid');
      // Every state and territory is in the menu and on the map, named, in order.
      const menu = [...locator.querySelectorAll('#state-select option')].slice(1).map((o) => text(o));
      expect(menu, 'menu').to.have.length(56);
      expect(menu.slice(0, 2), 'menu').to.deep.equal(['Alabama', 'Alaska']);
      expect(new Set(menu).size, 'distinct menu labels').to.equal(56);
      expect(menu.filter((label) => label.length < 4), 'menu labels are names').to.deep.equal([]);
      expect(locator.querySelectorAll('.state[role="option"]'), 'map options').to.have.length(56);
      // The HQ star has its ten points.
      const points = locator.querySelector('polygon.pin-shape')!.getAttribute('points')!.trim().split(/\s+/);
      expect(points).to.have.length(10);
      expect(points.every((p) => /^-?\d+(\.\d)?,-?\d+(\.\d)?$/.test(p))).to.equal(true);
      // The region pattern tiles are filled with their region colours, not black.
      const fills = [...locator.querySelectorAll('pattern .pattern-fill')].map((r) => win.getComputedStyle(r).fill);
      expect(fills.length).to.be.greaterThan(0);
      expect(fills.filter((f) => f === 'rgb(0, 0, 0)' || f === 'none')).to.deep.equal([]);
      // Nothing thrown, and one console warning naming the replaced built-ins and the guide.
      expect(page.recorded.problems).to.deep.equal([]);
      const notes = page.recorded.warnings.filter((w) => w.includes('replaces built-in JavaScript functions'));
      expect(notes).to.have.length(1);
      expect(notes[0]).to.include('Array.from').and.include('Old CMS pages');
      if (name.startsWith('Prototype')) expect(notes[0]).to.include('Array.prototype.reduce');
    });
  }

  it('a clean page gets no such warning', async function () {
    this.timeout(20_000);
    const page = await openPage({ body: `${BUNDLES.module}<crs-contact-card></crs-contact-card>` });
    await waitUntil(() => page.$('crs-contact-card', '[part="title"]'), 'no card', { timeout: 15_000 });
    expect(page.recorded.warnings.filter((w) => w.includes('replaces built-in'))).to.deep.equal([]);
    expect(page.recorded.problems).to.deep.equal([]);
  });
});
