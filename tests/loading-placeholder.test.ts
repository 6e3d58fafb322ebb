import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { shadow } from './harness.js';

// A partner's data file on a slow server: the placeholder has the widget's final size, so the
// page does not jump when the bundled data appears after `data-timeout` (or the file arrives).

const TAGS = ['crs-contact-card', 'crs-services-list', 'crs-office-locator'] as const;

describe('the loading placeholder', function () {
  this.timeout(30_000);

  for (const width of [320, 1000]) {
    it(`keeps each widget's final height while a file that never answers is awaited, at ${width} px`, async () => {
      // Its own URL per test: a page loads a file once, and keeps its failure.
      const src = `/tests/fixtures/slow.json?ms=20000&file=partner-data.json&test=height-${width}`;
      const page = await fixture<HTMLElement>(html`<div style="width: ${width}px">
        ${TAGS.map((tag) => html`<div>${tag === 'crs-contact-card'
          ? html`<crs-contact-card office="houston" data-src=${src} data-timeout="1500"></crs-contact-card>`
          : tag === 'crs-services-list'
            ? html`<crs-services-list data-src=${src} data-timeout="1500"></crs-services-list>`
            : html`<crs-office-locator data-src=${src} data-timeout="1500"></crs-office-locator>`}</div>`)}
      </div>`);
      const widgets = TAGS.map((tag) => page.querySelector(tag) as LitElement);
      await Promise.all(widgets.map((w) => w.updateComplete));
      for (const w of widgets) expect(shadow(w).querySelector('[part="loading"]'), `${w.localName} is loading`).to.exist;
      const before = widgets.map((w) => w.getBoundingClientRect().height);
      await waitUntil(() => widgets.every((w) => !shadow(w).querySelector('[part="loading"]')), 'the bundled data never appeared', { timeout: 10_000 });
      await Promise.all(widgets.map((w) => w.updateComplete));
      const after = widgets.map((w) => w.getBoundingClientRect().height);
      widgets.forEach((w, i) => {
        expect(after[i], `${w.localName}: the bundled content is drawn`).to.be.greaterThan(100);
        expect(Math.abs(after[i] - before[i]), `${w.localName}: ${before[i]} px while loading, ${after[i]} px after`).to.be.lessThan(2);
      });
    });
  }

  it('hides the bundled content from sight, screen readers and the keyboard while loading', async () => {
    const src = '/tests/fixtures/slow.json?ms=20000&file=partner-data.json&test=unseen';
    const el = await fixture<LitElement>(html`<crs-contact-card office="houston" data-src=${src}></crs-contact-card>`);
    await el.updateComplete;
    const unseen = shadow(el).querySelector('.unseen') as HTMLElement;
    expect(unseen).to.exist;
    expect(getComputedStyle(unseen).visibility).to.equal('hidden');
    expect(unseen.getAttribute('aria-hidden')).to.equal('true');
    expect(unseen.inert).to.equal(true);
    // Nothing inside takes focus.
    const focusable = unseen.querySelector('a, button, input, select') as HTMLElement | null;
    focusable?.focus();
    expect(shadow(el).activeElement).to.equal(null);
    el.remove();
  });
});
