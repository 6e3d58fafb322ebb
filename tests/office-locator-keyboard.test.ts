/** The locator by keyboard alone: one Tab stop, keys on the focused option, the documented arrow model, focus kept. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/office-locator/define.js';
import type { CrsOfficeLocator, OfficeSelectDetail } from '../src/office-locator/office-locator.js';
import { mockGeolocation, shadow, text } from './harness.js';
import '../src/locales/all.js';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => shadow(el).querySelector<T>(s);
const focusedCode = (el: Element) => (shadow(el).activeElement as SVGGElement | null)?.dataset?.state;
const events = (el: Element) => {
  const seen: OfficeSelectDetail[] = [];
  el.addEventListener('crs-office-select', (e) => seen.push((e as CustomEvent<OfficeSelectDetail>).detail));
  return seen;
};
/** Focus is on something inside the page, never dropped to <body>. */
const expectFocusKept = (where: string) => expect(document.activeElement, where).not.to.equal(document.body);

async function press(el: CrsOfficeLocator, key: string, expected: string) {
  await sendKeys({ press: key });
  await waitUntil(() => focusedCode(el) === expected, `${key}: expected ${expected}, focus is on ${focusedCode(el)}`);
  expectFocusKept(key);
}

describe('<crs-office-locator> keyboard', () => {
  it('Tab lands on one option of the map, and the next Tab leaves it', async () => {
    const page = await fixture(html`<div><crs-office-locator view="map" no-geolocation></crs-office-locator><button>after</button></div>`);
    const el = page.querySelector('crs-office-locator')!;
    await el.updateComplete;
    const options = [...shadow(el).querySelectorAll('.state[role="option"]')];
    expect(options.filter((o) => o.getAttribute('tabindex') === '0')).to.have.length(1);
    // The listbox itself is no Tab stop (no focus listener makes Chromium treat it as focusable).
    expect(q(el, '[role="listbox"]')!.hasAttribute('tabindex')).to.be.false;
    q<HTMLButtonElement>(el, 'form.zip button')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => focusedCode(el), 'Tab did not reach the map');
    // With nothing chosen, the first state in the menu's order holds the Tab stop.
    expect(focusedCode(el)).to.equal('AL');
    await sendKeys({ press: 'Tab' });
    expect(focusedCode(el)).to.equal(undefined);
    expectFocusKept('Tab out of the map');
  });

  it('acts on the focused option: focusing Texas directly, then Enter, selects Texas', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator></crs-office-locator>`);
    const seen = events(el);
    q<SVGGElement>(el, '#state-TX')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(seen).to.deep.equal([{ officeId: 'southwest', regionId: 'southwest', state: 'TX', via: 'map' }]);
    await el.updateComplete;
    expect(q(el, '#state-TX')!.getAttribute('aria-selected')).to.equal('true');
    // The Tab stop follows focus.
    expect(q(el, '#state-TX')!.getAttribute('tabindex')).to.equal('0');
    q<SVGGElement>(el, '#state-OR')!.focus();
    await sendKeys({ press: ' ' });
    expect(seen[1].state).to.equal('OR');
  });

  it('arrows follow the announced (alphabetical) order: ↓/→ next, ↑/← previous, stopping at the ends', async function () {
    this.timeout(30000);
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator state="TX"></crs-office-locator>`);
    const menu = [...q<HTMLSelectElement>(el, '#state-select')!.options].slice(1).map((o) => o.value);
    const describedBy = q(el, '[role="listbox"]')!.getAttribute('aria-describedby')!;
    expect(text(q(el, `#${describedBy}`))).to.include('alphabetical').and.not.include('grid');
    const at = menu.indexOf('TX');
    q<SVGGElement>(el, '#state-TX')!.focus();
    await press(el, 'ArrowDown', menu[at + 1]);
    await press(el, 'ArrowRight', menu[at + 2]);
    await press(el, 'ArrowUp', menu[at + 1]);
    await press(el, 'ArrowLeft', menu[at]);
    await press(el, 'Home', menu[0]);
    await press(el, 'ArrowUp', menu[0]);
    await press(el, 'ArrowLeft', menu[0]);
    await press(el, 'End', menu[menu.length - 1]);
    await press(el, 'ArrowDown', menu[menu.length - 1]);
  });

  it('swaps ← and → in right-to-left Arabic: ← next, → previous', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator lang="ar" state="TX"></crs-office-locator>`);
    await waitUntil(() => q(el, '[dir="rtl"]'), 'no right-to-left layout');
    const menu = [...q<HTMLSelectElement>(el, '#state-select')!.options].slice(1).map((o) => o.value);
    const at = menu.indexOf('TX');
    q<SVGGElement>(el, '#state-TX')!.focus();
    await press(el, 'ArrowLeft', menu[at + 1]);
    await press(el, 'ArrowRight', menu[at]);
    await press(el, 'ArrowDown', menu[at + 1]);
    await press(el, 'ArrowUp', menu[at]);
  });

  it('a language switch keeps focus on the same state: Texas stays Texas in Spanish, and Enter chooses Texas', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator lang="en"></crs-office-locator>`);
    const seen = events(el);
    q<SVGGElement>(el, '#state-TX')!.focus();
    await waitUntil(() => q(el, '.focus-outline'), 'no focus outline');
    el.setAttribute('lang', 'es');
    await waitUntil(() => q(el, '#state-select option[value="AS"]')?.textContent?.includes('Samoa Estadounidense'), 'not in Spanish');
    await el.updateComplete;
    expect(focusedCode(el)).to.equal('TX');
    const focused = shadow(el).activeElement as SVGGElement;
    expect(focused.id).to.equal('state-TX');
    expect(focused.getAttribute('aria-label')).to.include('Texas');
    await sendKeys({ press: 'Enter' });
    expect(seen.map((s) => s.state)).to.deep.equal(['TX']);
  });

  it('Tab into the map lands on the state just chosen elsewhere, not the one visited before', async () => {
    const page = await fixture(html`<div><crs-office-locator view="map" no-geolocation></crs-office-locator></div>`);
    const el = page.querySelector('crs-office-locator')! as CrsOfficeLocator;
    await el.updateComplete;
    q<SVGGElement>(el, '#state-GA')!.focus();
    q<HTMLInputElement>(el, '#zip')!.value = '77002';
    q<HTMLButtonElement>(el, 'form.zip button')!.click();
    await waitUntil(() => q(el, '#state-TX[aria-selected="true"]'), 'ZIP 77002 chose no Texas');
    // The one Tab stop (Tab lands on it: see the first test) is Texas, inside the zoom.
    const stops = [...shadow(el).querySelectorAll<SVGGElement>('.state[tabindex="0"]')].map((o) => o.dataset.state);
    expect(stops).to.deep.equal(['TX']);
    q<SVGGElement>(el, '#state-TX')!.focus();
    await el.updateComplete;
    expect(q(el, '.whole-country'), 'Texas is inside the zoom').to.exist;
  });

  it('entering a zoomed region with no state chosen lands inside it; a state outside the zoom zooms out', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator no-geolocation></crs-office-locator>`);
    q<HTMLButtonElement>(el, '.region[data-region="northwest"] > button.button')!.click();
    await waitUntil(() => q(el, '.whole-country'), 'the region did not zoom');
    const stop = q<SVGGElement>(el, '.state[tabindex="0"]')!;
    expect(['AK', 'ID', 'OR', 'WA']).to.include(stop.dataset.state);
    stop.focus();
    await press(el, 't', 'TN');
    await waitUntil(() => !q(el, '.whole-country'), 'focus outside the zoom did not zoom out');
  });

  it('Home, End and type-ahead follow the menu’s alphabetical order', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator state="TX"></crs-office-locator>`);
    const menu = [...q<HTMLSelectElement>(el, '#state-select')!.options].slice(1).map((o) => o.value);
    const options = [...shadow(el).querySelectorAll<SVGGElement>('.state[role="option"]')].map((o) => o.dataset.state);
    expect(options).to.deep.equal(menu);
    q<SVGGElement>(el, '#state-TX')!.focus();
    await press(el, 'Home', menu[0]);
    await press(el, 'End', menu[menu.length - 1]);
    await press(el, 'v', 'VT');
    await press(el, 'v', 'VA');
    const seen = events(el);
    await sendKeys({ press: 'Enter' });
    expect(seen.map((s) => s.state)).to.deep.equal(['VA']);
  });

  it('keeps focus on “Use my location” while locating and says what it is doing', async () => {
    // A browser that never answers: the button must stay focused and say so.
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: { getCurrentPosition() {} } });
    try {
      const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator></crs-office-locator>`);
      const button = [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Use my location')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(button);
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.disabled).to.be.false;
      expect(text(q(el, '[role="status"]'))).to.equal('Finding your location…');
      expectFocusKept('while locating');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).geolocation;
    }
  });

  for (const answer of [1, 3] as const) {
    it(`keeps focus on the location button when locating ends (${answer === 1 ? 'denied' : 'too slow'})`, async () => {
      const restore = mockGeolocation(answer);
      try {
        const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator></crs-office-locator>`);
        const button = [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Use my location')!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(shadow(el).activeElement).to.equal(button);
        expect(q(el, '.geo-message')).to.exist;
      } finally {
        restore();
      }
    });
  }

  it('zooms to the region and back to the whole country without losing focus', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator></crs-office-locator>`);
    q<SVGGElement>(el, '#state-OR')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const back = q<HTMLButtonElement>(el, '.whole-country')!;
    expect(text(back)).to.equal('Show the whole country');
    back.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, '.whole-country')).to.equal(null);
    expect(focusedCode(el)).to.equal('OR');
    expectFocusKept('after the whole country');
  });

  it('reaches and chooses a field office from the list by keyboard, on a target at least 24 px high', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator view="list"></crs-office-locator>`);
    const seen = events(el);
    const houston = q<HTMLButtonElement>(el, '.office-button[data-office="houston"]')!;
    expect(houston.getBoundingClientRect().height).to.be.at.least(24);
    houston.focus();
    await sendKeys({ press: 'Enter' });
    expect(seen).to.deep.equal([{ officeId: 'houston', regionId: 'southwest', state: null, via: 'list' }]);
    // A field office does not serve the region (its regional office does): the answer says where it is.
    await el.updateComplete;
    const answer = text(q(el, '.answer'));
    expect(answer).to.equal('The Houston Field Office (Houston, Texas) was a field office in the Southwest region; it may not answer now.');
    expect(answer).not.to.include('served by');
  });

  it('commits the state menu once, as a native select does, not on every arrow key', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator></crs-office-locator>`);
    const seen = events(el);
    const select = q<HTMLSelectElement>(el, '#state-select')!;
    select.value = 'TX';
    select.dispatchEvent(new Event('change'));
    expect(seen.map((s) => s.state)).to.deep.equal(['TX']);
    // Keys that move a closed select's value: no answer until Enter or leaving it.
    select.focus();
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    select.value = 'UT';
    select.dispatchEvent(new Event('change'));
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    select.value = 'VT';
    select.dispatchEvent(new Event('change'));
    expect(seen).to.have.length(1);
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(seen.map((s) => s.state)).to.deep.equal(['TX', 'VT']);
    select.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    select.value = 'VA';
    select.dispatchEvent(new Event('change'));
    select.blur();
    expect(seen.map((s) => s.state)).to.deep.equal(['TX', 'VT', 'VA']);
  });

  it('with real keys, the closed state menu answers once: on Enter, or on Tab out', async () => {
    const page = await fixture(html`<div><crs-office-locator view="list" no-geolocation></crs-office-locator><button>after</button></div>`);
    const el = page.querySelector('crs-office-locator')!;
    await el.updateComplete;
    const seen = events(el);
    const select = q<HTMLSelectElement>(el, '#state-select')!;
    select.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'ArrowDown' });
    // Each arrow may move the value (Chromium, WebKit) or not (Firefox): either way no answer per key.
    expect(seen).to.deep.equal([]);
    const value = select.value;
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(seen.map((s) => s.state)).to.deep.equal(value ? [value] : []);
    expectFocusKept('after the menu');
  });
});
