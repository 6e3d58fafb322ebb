/** The locator as a visitor meets it: small screens, small states, location in every view, answers seen and heard, words. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/office-locator/define.js';
import type { CrsOfficeLocator } from '../src/office-locator/office-locator.js';
import { setLocale } from '../src/core/i18n/locale.js';
import { distance } from '../src/office-locator/messages.js';
import { sendKeys } from '@web/test-runner-commands';
import { mockGeolocation, shadow, text } from './harness.js';
import '../src/locales/all.js';

const q = <T extends Element = HTMLElement>(el: Element, s: string) => shadow(el).querySelector<T>(s);
const status = (el: Element) => text(q(el, '[role="status"].answer'));

async function enterZip(el: CrsOfficeLocator, zip: string) {
  q<HTMLInputElement>(el, '#zip')!.value = zip;
  q<HTMLButtonElement>(el, 'form.zip button')!.click();
  await el.updateComplete;
}

async function narrow(width = 320, attrs = html`<crs-office-locator></crs-office-locator>`) {
  const wrapper = await fixture(html`<div style="inline-size: ${width}px">${attrs}</div>`);
  const el = wrapper.querySelector('crs-office-locator') as CrsOfficeLocator;
  await el.updateComplete;
  return el;
}

const size = (el: Element | null) => {
  const r = el!.getBoundingClientRect();
  return { width: r.width, height: r.height };
};

async function locateAt(el: CrsOfficeLocator, latitude: number, longitude: number) {
  const restore = mockGeolocation({ latitude, longitude });
  try {
    q<HTMLButtonElement>(el, '.geo button')!.click();
    await el.updateComplete;
  } finally {
    restore();
  }
}

describe('<crs-office-locator> for visitors', () => {
  afterEach(() => setLocale(null));

  for (const [zip, code] of [['77002', 'TX'], ['02903', 'RI'], ['19901', 'DE']] as const) {
    it(`at 320 px, zooms to the region so ${code} is at least 40 px wide (ZIP ${zip})`, async function () {
      this.timeout(20000);
      const el = await narrow();
      const before = size(q(el, `#state-${code} > .shape:last-of-type`)).width;
      await enterZip(el, zip);
      await waitUntil(() => size(q(el, `#state-${code} > .shape:last-of-type`)).width >= 40, `${code} stays narrower than 40 px`, { timeout: 5000 });
      if (code !== 'TX') expect(before).to.be.below(40);
      // The whole map is one button away; the zoom is a transition (none when the visitor asks for reduced motion).
      expect(text(q(el, '.whole-country'))).to.equal('Show the whole country');
      const duration = parseFloat(getComputedStyle(q(el, '.zoom')!).transitionDuration);
      expect(duration).to.equal(matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 0.45);
    });
  }

  it('keeps the inset and call-out labels legible at 320 px (at least 9 px text)', async () => {
    const el = await narrow(320);
    await waitUntil(() => Number(q(el, '.inset-labels')!.getAttribute('font-size')) > 12, 'the labels were not sized for the map width');
    for (const label of shadow(el).querySelectorAll('.inset-label')) {
      expect(label.getBoundingClientRect().height, label.textContent!).to.be.at.least(9);
    }
  });

  it('gives Rhode Island, Delaware and D.C. call-out boxes of at least 24 × 24 px at 320 px, which choose the state', async () => {
    const el = await narrow();
    const sizes: Record<string, { width: number; height: number }> = {};
    for (const code of ['RI', 'DE', 'DC', 'VT', 'NH', 'MA', 'CT', 'NJ', 'MD']) {
      sizes[code] = size(q(el, `#state-${code} .inset`));
      expect(sizes[code].width, code).to.be.at.least(24);
      expect(sizes[code].height, code).to.be.at.least(24);
    }
    const report = (widget: Element) =>
      ['RI', 'DE', 'DC'].map((c) => {
        const box = size(q(widget, `#state-${c} .inset`));
        const shape = size(q(widget, `#state-${c} > .shape:last-of-type`));
        return `${c} ${box.width.toFixed(1)}×${box.height.toFixed(1)} (on the map ${shape.width.toFixed(1)}×${shape.height.toFixed(1)})`;
      });
    console.log(`[measure] call-out targets, 320 px column: ${report(el).join(', ')}`);
    console.log(`[measure] call-out targets, 900 px column: ${report(await narrow(900)).join(', ')}`);
    const seen: string[] = [];
    el.addEventListener('crs-office-select', (e) => seen.push(e.detail.state ?? ''));
    q(el, '#state-DC .inset')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).to.deep.equal(['DC']);
  });

  it('finds the state of a position with view="list", from the bundled geometry', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator view="list"></crs-office-locator>`);
    expect(q(el, '.map-svg')).to.equal(null);
    await locateAt(el, 29.76, -95.37);
    // One answer: the office that served Texas, with its distance; never another, "nearest" office.
    expect(status(el)).to.match(/^You appear to be in Texas\. The Southwestern Regional Office \(Dallas, Texas\) served Texas; it may not answer now\. Dallas, Texas is about \d+ miles \(\d+ km\) from you\.$/);
    expect(status(el)).not.to.match(/nearest|Houston/);
    expect(q(el, '.region[data-region="southwest"]')!.getAttribute('aria-current')).to.equal('true');
    await locateAt(el, 38.8977, -77.0365);
    expect(status(el)).to.include('You appear to be in the District of Columbia.');
    await locateAt(el, 48.86, 2.35);
    expect(status(el)).to.include('Your location is not in a U.S. state or territory.');
    // Tijuana is a few kilometres from San Diego, on the other side of the border.
    await locateAt(el, 32.51, -117.04);
    expect(status(el)).to.include('Your location is not in a U.S. state or territory.').and.not.include('California');
    // Guam, San Juan and El Paso: one office each, and a distance only to that office.
    for (const [lat, lon, office, place] of [[13.48, 144.75, 'Western Regional Office', 'Guam'], [18.45, -66.1, 'Northeastern Regional Office', 'Puerto Rico'], [31.7587, -106.4869, 'Southwestern Regional Office', 'Texas']] as const) {
      await locateAt(el, lat, lon);
      expect(status(el)).to.include(`You appear to be in ${place}.`).and.include(office);
      expect(status(el).match(/Regional Office|Field Office|Headquarters/g), status(el)).to.have.length(1);
      expect(status(el).match(/miles/g), status(el)).to.have.length(1);
    }
  });

  it('shows the region swatches with their patterns in the list view', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator view="list"></crs-office-locator>`);
    const rect = q(el, '.directory .swatch rect')!;
    const id = /#([\w-]+)/.exec(rect.getAttribute('fill')!)![1];
    expect(q(el, `pattern#${id}`), id).to.exist;
    expect(shadow(el).querySelectorAll(`[id="${id}"]`)).to.have.length(1);
  });

  it('takes the previous answer away when a ZIP is malformed', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator></crs-office-locator>`);
    await enterZip(el, '77002');
    expect(status(el)).to.include('Texas');
    await enterZip(el, '7700');
    expect(status(el)).to.equal('');
    expect(q(el, '.result crs-contact-card')).to.equal(null);
    expect(text(q(el, '#zip-error'))).to.include('5 digits');
  });

  it('announces an answer again when it repeats, and the same bad ZIP again', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator></crs-office-locator>`);
    await enterZip(el, '77002');
    const first = q(el, '.answer')!.firstElementChild;
    await enterZip(el, '77002');
    const second = q(el, '.answer')!.firstElementChild;
    expect(text(second)).to.equal(text(first));
    // A new node in the live region: screen readers announce it, the same words included.
    expect(second).not.to.equal(first);
    await enterZip(el, '12');
    const error = q(el, '#zip-error')!.firstElementChild;
    await enterZip(el, '12');
    expect(q(el, '#zip-error')!.firstElementChild).not.to.equal(error);
    expect(text(q(el, '#zip-error'))).to.include('5 digits');
  });

  it('keeps the list button the visitor used focused and in view, and announces the answer above it', async function () {
    this.timeout(15000);
    const el = await narrow(320);
    const button = [...shadow(el).querySelectorAll<HTMLButtonElement>('.region .button')].at(-1)!;
    button.scrollIntoView();
    button.focus();
    button.click();
    await el.updateComplete;
    await waitUntil(() => {
      const r = button.getBoundingClientRect();
      // Within the viewport, to the pixel (scrolling aligns edges to fractions of one).
      return r.top >= -1 && r.bottom <= innerHeight + 1;
    }, 'the button the visitor used left the screen', { timeout: 5000 });
    expect(shadow(el).activeElement).to.equal(button);
    expect(q(el, '.answer')!.getAttribute('role')).to.equal('status');
    expect(status(el)).to.include('Northwestern Regional Office');
  });

  // Every way of asking, at 320 px: focus stays on the control the visitor used, and that control stays on screen.
  const ways: [string, (el: CrsOfficeLocator) => Promise<Element>][] = [
    ['Enter on a state of the map', async (el) => {
      const option = q<SVGGElement>(el, '#state-TX')!;
      option.scrollIntoView({ block: 'end' });
      option.focus();
      await sendKeys({ press: 'Enter' });
      return option;
    }],
    ['the state menu', async (el) => {
      const menu = q<HTMLSelectElement>(el, 'select')!;
      menu.scrollIntoView({ block: 'end' });
      menu.focus();
      menu.value = 'TX';
      menu.dispatchEvent(new Event('change', { bubbles: true }));
      return menu;
    }],
    ['a ZIP code and Enter', async (el) => {
      const zip = q<HTMLInputElement>(el, '#zip')!;
      zip.scrollIntoView({ block: 'end' });
      zip.focus();
      zip.value = '77002';
      zip.dispatchEvent(new Event('input', { bubbles: true }));
      await sendKeys({ press: 'Enter' });
      return zip;
    }],
    ['Use my location', async (el) => {
      const button = q<HTMLButtonElement>(el, '.geo button')!;
      button.scrollIntoView({ block: 'end' });
      button.focus();
      const restore = mockGeolocation({ latitude: 29.76, longitude: -95.37 });
      try {
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => status(el).includes('Texas'), 'no answer for the location');
      } finally {
        restore();
      }
      return button;
    }],
  ];
  for (const [way, ask] of ways) {
    it(`at 320 px, after ${way}, focus stays on that control and on screen while the answer is announced`, async function () {
      this.timeout(15000);
      const el = await narrow(320);
      const control = await ask(el);
      await waitUntil(() => status(el).includes('Southwestern Regional Office'), `${way}: no answer`, { timeout: 5000 });
      await waitUntil(() => {
        const r = control.getBoundingClientRect();
        return r.top >= -1 && r.bottom <= innerHeight + 1;
      }, `${way}: the control left the screen`, { timeout: 5000 });
      expect(shadow(el).activeElement, way).to.equal(control);
      expect(q(el, '.answer')!.getAttribute('role')).to.equal('status');
    });
  }

  it('says each sentence once: headquarters for ZIP 00000 and military ZIPs', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator></crs-office-locator>`);
    for (const zip of ['00000', '09001']) {
      await enterZip(el, zip);
      expect(status(el).match(/headquarters/gi), status(el)).to.have.length(1);
    }
    expect(status(el)).to.equal('ZIP code 09001 is a military mail address (APO, FPO or DPO), not a state. No CRS region was listed for this place; the contact listed for CRS headquarters in Washington, D.C. is shown.');
  });

  it('says “the District of Columbia” in sentences', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator></crs-office-locator>`);
    await enterZip(el, '20530');
    expect(status(el)).to.equal(
      'ZIP code 20530 is in the District of Columbia. The Mid-Atlantic Regional Office (Philadelphia, Pennsylvania) served the District of Columbia; it may not answer now. (only a CRS source from 2003 says so)',
    );
  });

  it('counts miles with the language’s plural rules (Intl.PluralRules), Arabic’s six forms included', async () => {
    expect(distance('Houston, Texas', 1.7)).to.equal('Houston, Texas is about 1 mile (2 km) from you.');
    expect(distance('Houston, Texas', 8)).to.include('about 5 miles (8 km)');
    expect(distance('Houston, Texas', 0.4)).to.equal('Houston, Texas is less than a mile from you.');
    await setLocale('ar');
    const unit = (miles: number) => /نحو \S+ (\S+) \(/.exec(distance('X', miles * 1.609344))![1];
    // 1 ميل, 2 ميلين, 3–10 أميال, 11–99 ميلًا, 100+ ميل.
    expect([1, 2, 3, 11, 100].map(unit)).to.deep.equal(['ميل', 'ميلين', 'أميال', 'ميلًا', 'ميل']);
  });

  it('names each state on the map in the visitor’s language, marking an assignment no current source confirms', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator></crs-office-locator>`);
    await setLocale('zh-Hans');
    await el.updateComplete;
    expect(q(el, '#state-TX')!.getAttribute('aria-label')).to.equal('德克萨斯州');
    expect(q(el, '#state-IL')!.getAttribute('aria-label')).to.include('伊利诺伊州').and.include('推断');
  });

  it('keeps facts, not sentences: after a language change every answer reads as in a fresh widget', async function () {
    this.timeout(30000);
    const drive: [string, (el: CrsOfficeLocator) => Promise<void>][] = [
      ['ZIP in a state', (el) => enterZip(el, '20530')],
      ['military ZIP', (el) => enterZip(el, '09001')],
      ['bad ZIP', (el) => enterZip(el, 'abc')],
      ['located', (el) => locateAt(el, 29.76, -95.37)],
      ['outside', (el) => locateAt(el, 48.86, 2.35)],
    ];
    const visible = (el: Element) => text(q(el, '.locator'));
    for (const [name, act] of drive) {
      await setLocale('en');
      const switched = await fixture<CrsOfficeLocator>(html`<crs-office-locator view="map"></crs-office-locator>`);
      await act(switched);
      await setLocale('es');
      await switched.updateComplete;
      const fresh = await fixture<CrsOfficeLocator>(html`<crs-office-locator view="map"></crs-office-locator>`);
      await act(fresh);
      expect(visible(switched), name).to.equal(visible(fresh));
      expect(visible(switched), name).not.to.include(' is in ');
    }
  });

  it('lines up its labels and the “Show the … region” buttons, and puts office symbols beside the first line', async () => {
    const el = await narrow(900);
    const top = (s: string) => q(el, s)!.getBoundingClientRect().top;
    expect(Math.abs(top('label[for="state-select"]') - top('label[for="zip"]'))).to.be.below(2);
    const buttons = [...shadow(el).querySelectorAll('.region > .button')].map((b) => b.getBoundingClientRect());
    // Cards side by side share a row: their buttons' bottoms agree within each row of cards.
    const cards = [...shadow(el).querySelectorAll('.region')].map((c) => c.getBoundingClientRect());
    for (let i = 0; i < cards.length; i++) {
      for (let j = i + 1; j < cards.length; j++) {
        if (Math.abs(cards[i].top - cards[j].top) < 1) expect(Math.abs(buttons[i].bottom - buttons[j].bottom), `cards ${i} and ${j}`).to.be.below(2);
      }
    }
    for (const button of shadow(el).querySelectorAll('.office-button')) {
      const icon = button.querySelector('.pin-icon')!.getBoundingClientRect();
      const label = button.querySelector('span')!.getBoundingClientRect();
      expect(icon.top - label.top).to.be.below(12);
    }
  });
});

describe('<crs-office-locator> region zoom and its territories', () => {
  const rect = (el: Element, s: string) => q(el, s)!.getBoundingClientRect();
  const within = (inner: DOMRect, outer: DOMRect) =>
    inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
  const overlap = (a: DOMRect, b: DOMRect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  /** Waits for the zoom's transition to end: the chosen state's box stops moving. */
  async function settled(el: Element, selector: string) {
    let last = '';
    await waitUntil(() => {
      const now = JSON.stringify(rect(el, selector));
      const same = now === last;
      last = now;
      return same;
    }, 'the zoom never settled', { interval: 100, timeout: 5000 });
  }

  for (const width of [320, 900]) {
    for (const [zip, code, territories] of [['94102', 'CA', ['GU', 'MP', 'AS']], ['10001', 'NY', ['PR', 'VI']], ['96910', 'GU', ['GU', 'MP', 'AS']]] as const) {
      it(`at ${width} px, the ${code} region's zoom keeps its territories' insets in view, clear of its states (ZIP ${zip})`, async function () {
        this.timeout(20000);
        const el = await narrow(width);
        // The geometry after the zoom, not its animation (the transition is tested above).
        const still = new CSSStyleSheet();
        still.replaceSync('.zoom, .pinned { transition: none !important; }');
        shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, still];
        await enterZip(el, zip);
        await waitUntil(() => q(el, '.whole-country'), 'the region did not zoom');
        await settled(el, `#state-${code} > .shape:last-of-type`);
        const map = rect(el, '.map-svg');
        for (const t of territories) {
          const frame = rect(el, `#state-${t} .inset`);
          expect(within(frame, map), `${t}'s inset is inside the zoomed map`).to.equal(true);
          expect(frame.width, `${t}'s inset keeps its size`).to.be.greaterThan(map.width * 0.09);
          for (const state of ['CA', 'NV', 'AZ', 'NY', 'NJ'].filter((s) => q(el, `#state-${s}.in-region`))) {
            const shape = rect(el, `#state-${state} > .shape:last-of-type`);
            expect(overlap(frame, shape), `${t}'s inset covers ${state}`).to.be.below(frame.width * frame.height * 0.02);
          }
        }
        // Alaska and Hawaii, drawn off their real place, are not shown in another region's zoom.
        if (code === 'NY') for (const moved of ['AK', 'HI']) expect(getComputedStyle(q(el, `#state-${moved}`)!).opacity, moved).to.equal('0');
        // The chosen state is drawn inside the view too.
        expect(within(rect(el, `#state-${code} > .shape:last-of-type`), map), `${code} is inside the zoomed map`).to.equal(true);
        // A click where a territory's inset is drawn chooses that territory.
        const last = territories[territories.length - 1];
        q(el, `#state-${last} .inset`)!.scrollIntoView({ block: 'center' });
        const frame = rect(el, `#state-${last} .inset`);
        const hit = shadow(el).elementFromPoint(frame.left + frame.width / 2, frame.top + frame.height / 2);
        hit!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(q(el, `#state-${last}`)!.getAttribute('aria-selected'), `a click on ${last}'s inset`).to.equal('true');
      });
    }
  }
});
