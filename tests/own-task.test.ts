import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';
import { CrsContactCard } from '../src/index.js';
import { shadow } from './harness.js';

// A responsive start: each widget renders in a task of its own, so a page with several widgets can answer
// a click or a key between them; and until a widget has rendered, it keeps the size the page reserved
// for it before the script ran, so the text below does not jump twice.

/** Calls `check` on every change under `root` (in the task that made it) until it returns true. */
const until = (root: Node, check: () => boolean): Promise<void> => new Promise((resolve, reject) => {
  if (check()) return resolve();
  const timer = setTimeout(() => {
    observer.disconnect();
    reject(new Error('the awaited change never came'));
  }, 10_000);
  const observer = new MutationObserver(() => {
    if (!check()) return;
    observer.disconnect();
    clearTimeout(timer);
    resolve();
  });
  observer.observe(root, { childList: true, subtree: true });
});

describe('a responsive start', function () {
  this.timeout(20_000);

  it('renders each of three widgets in its own task, and the locator after a frame that laid out the others', async () => {
    // Mounted by hand, so the watch starts before any first render can happen.
    const page = await fixture<HTMLElement>(html`<div></div>`);
    let frames = 0;
    let counting = true;
    const count = () => {
      frames++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const widgets = ['crs-contact-card', 'crs-services-list', 'crs-office-locator'].map((tag) => document.createElement(tag) as LitElement);
    page.append(...widgets);
    const rendered = () => widgets.filter((w) => w.shadowRoot?.querySelector('.base')).length;
    // Mutation observers report at the end of the task that made the change. Rendered in one task, all
    // three would be there at the first report.
    const seen: { count: number; frame: number; at: number }[] = [];
    await Promise.all(widgets.map((w) => until(w.shadowRoot!, () => {
      const done = Boolean(w.shadowRoot!.querySelector('.base'));
      if (done) seen.push({ count: rendered(), frame: frames, at: performance.now() });
      return done;
    })));
    counting = false;
    expect(seen.map((s) => s.count), 'widgets rendered when each one was first seen').to.deep.equal([1, 2, 3]);
    // A frame came between the services list and the locator; where frames do not run (headless WebKit at
    // times), the locator waited 100 ms after the services list instead.
    const [, list, locator] = seen;
    expect(locator.frame > list.frame || locator.at - list.at >= 100, 'a frame, or 100 ms, between the list and the locator').to.equal(true);
  });

  it("draws the locator's controls before its map's shapes, and the map keeps its size when they come", async () => {
    const page = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
    const locator = document.createElement('crs-office-locator') as LitElement;
    page.append(locator);
    const seen: { options: number; controls: boolean; mapHeight: number }[] = [];
    await until(locator.shadowRoot!, () => {
      const svg = locator.shadowRoot!.querySelector('.map-svg');
      if (!svg) return false;
      const options = svg.querySelectorAll('[role="option"]').length;
      const controls = Boolean(locator.shadowRoot!.querySelector('#state-select'));
      if (!seen.length || options) seen.push({ options, controls, mapHeight: svg.getBoundingClientRect().height });
      return options > 0;
    });
    const [first, last] = [seen[0], seen[seen.length - 1]];
    expect(first.controls, 'the state menu in the first render').to.equal(true);
    expect(first.options, 'no shapes in the first render').to.equal(0);
    expect(last.options).to.be.greaterThan(50);
    expect(last.mapHeight, 'the map frame had its final size').to.be.closeTo(first.mapHeight, 0.5);
    // updateComplete waits for the shapes too.
    const fresh = document.createElement('crs-office-locator') as LitElement;
    page.append(fresh);
    await fresh.updateComplete;
    expect(shadow(fresh).querySelectorAll('.map-svg [role="option"]').length).to.equal(last.options);
  });

  it('keeps the size the page reserved with :not(:defined) until its first render', async () => {
    // A tag of its own, so the element is on the page before it is defined, as with a partner's script tag.
    const tag = 'test-late-contact-card';
    const page = await fixture<HTMLElement>(html`<div style="width: 600px">
      <style>test-late-contact-card:not(:defined) { display: block; min-block-size: 777px; }</style>
      <test-late-contact-card office="houston"></test-late-contact-card><p>Below</p>
    </div>`);
    const el = page.querySelector(tag)!;
    const below = page.querySelector('p')!;
    const height = () => el.getBoundingClientRect().height;
    const gap = () => below.getBoundingClientRect().top - el.getBoundingClientRect().bottom;
    const gapBefore = gap();
    expect(height()).to.be.closeTo(777, 1);
    customElements.define(tag, class extends CrsContactCard {});
    // Defined, not yet rendered: still the reserved size, so the text below has not moved.
    await Promise.resolve();
    expect(el.shadowRoot?.querySelector('.base'), 'not rendered yet').to.equal(null);
    expect(height()).to.be.closeTo(777, 1);
    await (el as LitElement).updateComplete;
    // Rendered: the card's own height, no longer the reservation, and the text right below it.
    expect(shadow(el).querySelector('[part="title"]')).to.exist;
    expect(height()).not.to.be.closeTo(777, 1);
    expect(gap()).to.be.closeTo(gapBefore, 1);
  });
});
