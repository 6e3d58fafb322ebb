import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/office-locator/define.js';
import type { CrsOfficeLocator, OfficeSelectDetail } from '../src/office-locator/office-locator.js';
import { setLocale } from '../src/core/i18n/locale.js';
import { captureWarnings, mockGeolocation, shadow, text } from './harness.js';
import '../src/locales/all.js';
import { setDebug } from '../src/core/element/crs-element.js';

// These tests read the on-screen notices a partner sees with `debug` (visitors never see them).
before(() => setDebug(true));
after(() => setDebug(false));

const locator = (markup = html`<crs-office-locator></crs-office-locator>`) => fixture<CrsOfficeLocator>(markup);
const q = <T extends Element = HTMLElement>(el: Element, s: string) => shadow(el).querySelector<T>(s);
const status = (el: Element) => text(q(el, '[role="status"].answer'));
const resultCard = (el: Element) => q(el, '.result crs-contact-card');
const events = (el: Element) => {
  const seen: OfficeSelectDetail[] = [];
  el.addEventListener('crs-office-select', (e) => seen.push((e as CustomEvent<OfficeSelectDetail>).detail));
  return seen;
};

async function enterZip(el: CrsOfficeLocator, zip: string) {
  const input = q<HTMLInputElement>(el, '#zip')!;
  input.value = zip;
  q<HTMLButtonElement>(el, 'form.zip button')!.click();
  await el.updateComplete;
}

describe('<crs-office-locator>', () => {
  afterEach(() => setLocale(null));

  it('shows the map, the controls and the office list, and prompts for a choice', async () => {
    const el = await locator();
    expect(q(el, 'svg.map-svg')).to.exist;
    expect(shadow(el).querySelectorAll('.state')).to.have.length(56);
    expect(shadow(el).querySelectorAll('.directory .region')).to.have.length(10);
    expect(text(q(el, 'label[for="state-select"]'))).to.equal('State or territory');
    expect(text(q(el, 'label[for="zip"]'))).to.include('ZIP');
    expect(text(q(el, '.result'))).to.include('Choose your state');
  });

  const zipCases: [string, string, string][] = [
    ['02110', 'new-england', 'MA'], ['10278', 'northeast', 'NY'], ['19106', 'mid-atlantic', 'PA'], ['30303', 'southeast', 'GA'],
    ['60604', 'midwest', 'IL'], ['77002', 'southwest', 'TX'], ['64106', 'central', 'MO'], ['80202', 'rocky-mountain', 'CO'],
    ['90017', 'west', 'CA'], ['98174', 'northwest', 'WA'],
    ['00901', 'northeast', 'PR'], ['00802', 'northeast', 'VI'], ['96910', 'west', 'GU'], ['96950', 'west', 'MP'], ['96799', 'west', 'AS'],
  ];
  for (const [zip, region, state] of zipCases) {
    it(`ZIP ${zip} → ${state} → the ${region} regional office`, async () => {
      const el = await locator();
      const seen = events(el);
      await enterZip(el, zip);
      expect(seen).to.deep.equal([{ officeId: region, regionId: region, state, via: 'zip' }]);
      expect(resultCard(el)!.getAttribute('office')).to.equal(region);
      // The inferred state is shown, in the menu where it can be changed.
      expect(q<HTMLSelectElement>(el, '#state-select')!.value).to.equal(state);
      expect(status(el)).to.include(`ZIP code ${zip} is in`);
    });
  }

  for (const zip of ['09001', '34001', '96201']) {
    it(`military ZIP ${zip} has no state and offers headquarters`, async () => {
      const el = await locator();
      const seen = events(el);
      await enterZip(el, zip);
      expect(seen[0]).to.deep.equal({ officeId: 'hq', regionId: null, state: null, via: 'zip' });
      expect(status(el)).to.include('military');
      expect(resultCard(el)!.getAttribute('office')).to.equal('hq');
    });
  }

  it('explains a malformed ZIP inline, accessibly, and keeps focus in the field', async () => {
    const el = await locator();
    const seen = events(el);
    await enterZip(el, '7700');
    const input = q<HTMLInputElement>(el, '#zip')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = q(el, '#zip-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.include('5 digits');
    expect(input.getAttribute('aria-describedby')).to.include('zip-error');
    expect(shadow(el).activeElement).to.equal(input);
    expect(seen).to.deep.equal([]);
  });

  it('submits the ZIP with Enter', async () => {
    const el = await locator();
    const input = q<HTMLInputElement>(el, '#zip')!;
    input.focus();
    await sendKeys({ type: '98174' });
    const fired = oneEvent(el, 'crs-office-select');
    await sendKeys({ press: 'Enter' });
    const event = await fired;
    expect(event.detail.officeId).to.equal('northwest');
  });

  it('chooses from the state menu, which is labelled and sorted by name', async () => {
    const el = await locator();
    const select = q<HTMLSelectElement>(el, '#state-select')!;
    const names = [...select.options].slice(1).map((o) => o.textContent!.trim());
    expect(names).to.have.length(56);
    expect(names.slice(0, 3)).to.deep.equal(['Alabama', 'Alaska', 'American Samoa']);
    select.value = 'NM';
    const fired = oneEvent(el, 'crs-office-select');
    select.dispatchEvent(new Event('change'));
    const event = await fired;
    expect(event.detail).to.deep.equal({ officeId: 'southwest', regionId: 'southwest', state: 'NM', via: 'select' });
    await el.updateComplete;
    expect(status(el)).to.equal('The Southwestern Regional Office (Dallas, Texas) served New Mexico; it may not answer now.');
    // Field offices of the region and its states.
    expect(q(el, '.result crs-contact-card[office="houston"]')).to.exist;
    expect(text(q(el, '.state-list'))).to.include('Oklahoma');
  });

  it('names every state shortly, marks the assignments no current source confirms, and keeps pins decorative', async () => {
    const el = await locator();
    const tx = q(el, '#state-TX')!;
    expect(tx.getAttribute('role')).to.equal('option');
    expect(tx.getAttribute('aria-label')).to.equal('Texas');
    expect(q(el, '#state-IL')!.getAttribute('aria-label')).to.equal('Illinois (inferred: no source confirms this)');
    expect(q(el, '#state-ME')!.getAttribute('aria-label')).to.equal('Maine (only a CRS source from 2003 says so)');
    expect(q(el, '#state-AS')!.getAttribute('aria-label')).to.include('inferred');
    // 38 of the 56 assignments rest on the 2003 flyer or on no source.
    const marked = [...shadow(el).querySelectorAll('.state[role="option"]')].filter((o) => /\(/.test(o.getAttribute('aria-label')!.replace(/ \([A-Z]{2}\)/, '')));
    expect(marked).to.have.length(38);
    const pins = [...shadow(el).querySelectorAll('.pin')];
    expect(pins).to.have.length(15);
    expect(q(el, '.pins')!.getAttribute('aria-hidden')).to.equal('true');
    for (const pin of pins) expect([pin.getAttribute('role'), pin.getAttribute('aria-label'), pin.querySelector('title')]).to.deep.equal([null, null, null]);
    const shapes = new Set([...shadow(el).querySelectorAll('.pin .pin-shape')].map((s) => s.tagName));
    expect(shapes.size).to.equal(3);
  });

  it('selects a state by click; a pin is not a control', async () => {
    const el = await locator();
    const seen = events(el);
    q<SVGGElement>(el, '#state-OR')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    q<SVGGElement>(el, '.pin[data-office="miami"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).to.deep.equal([{ officeId: 'northwest', regionId: 'northwest', state: 'OR', via: 'map' }]);
  });

  it('answers a location with the one office that served its state, and its distance (near Houston)', async () => {
    const restore = mockGeolocation({ latitude: 29.79, longitude: -95.4 });
    try {
      const el = await locator();
      const button = [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Use my location')!;
      const fired = oneEvent(el, 'crs-office-select');
      button.click();
      const event = await fired;
      expect(event.detail).to.deep.equal({ officeId: 'southwest', regionId: 'southwest', state: 'TX', via: 'geolocation' });
      await el.updateComplete;
      expect(status(el)).to.match(/You appear to be in Texas\. The Southwestern Regional Office \(Dallas, Texas\) served Texas; it may not answer now\. Dallas, Texas is about \d+ miles \(\d+ km\) from you\./);
    } finally {
      restore();
    }
  });

  it('places a visitor in Puerto Rico from coordinates', async () => {
    const restore = mockGeolocation({ latitude: 18.4, longitude: -66.06 });
    try {
      const el = await locator();
      const fired = oneEvent(el, 'crs-office-select');
      [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Use my location')!.click();
      const event = await fired;
      expect(event.detail.state).to.equal('PR');
      expect(event.detail.officeId).to.equal('northeast');
    } finally {
      restore();
    }
  });

  it('says clearly when location permission is denied, and selects nothing', async () => {
    const restore = mockGeolocation(1);
    try {
      const el = await locator();
      const seen = events(el);
      [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Use my location')!.click();
      await el.updateComplete;
      const message = q(el, '.geo-message')!;
      expect(message.getAttribute('role')).to.equal('alert');
      expect(text(message)).to.include('denied');
      expect(seen).to.deep.equal([]);
    } finally {
      restore();
    }
  });

  it('drops a location message once the visitor chooses another way', async () => {
    const restore = mockGeolocation(3);
    try {
      const el = await locator();
      [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Use my location')!.click();
      await el.updateComplete;
      expect(text(q(el, '.geo-message'))).to.include('in time');
      await enterZip(el, '60604');
      expect(q(el, '.geo-message')).to.equal(null);
      expect(status(el)).to.include('Illinois');
    } finally {
      restore();
    }
  });

  it('asks for no location unless the visitor clicks, and hides the button with no-geolocation', async () => {
    let asked = 0;
    const restore = mockGeolocation(1, () => asked++);
    try {
      const el = await locator(html`<crs-office-locator no-geolocation></crs-office-locator>`);
      expect([...shadow(el).querySelectorAll('button')].some((b) => text(b) === 'Use my location')).to.be.false;
      await locator();
      expect(asked).to.equal(0);
    } finally {
      restore();
    }
  });

  it('preselects from the state and office attributes, firing no event (the page set them)', async () => {
    const seen: OfficeSelectDetail[] = [];
    const listener = (e: Event) => seen.push((e as CustomEvent<OfficeSelectDetail>).detail);
    document.addEventListener('crs-office-select', listener);
    try {
      const el = await locator(html`<crs-office-locator state="pr"></crs-office-locator>`);
      expect(resultCard(el)!.getAttribute('office')).to.equal('northeast');
      const byOffice = await locator(html`<crs-office-locator office="san-francisco"></crs-office-locator>`);
      expect(resultCard(byOffice)!.getAttribute('office')).to.equal('san-francisco');
      expect(seen).to.deep.equal([]);
    } finally {
      document.removeEventListener('crs-office-select', listener);
    }
  });

  it('chooses a region from the office list, in sync with the map', async () => {
    const el = await locator();
    const region = q(el, '.region[data-region="central"]')!;
    const fired = oneEvent(el, 'crs-office-select');
    region.querySelector('button')!.click();
    const event = await fired;
    expect(event.detail).to.deep.equal({ officeId: 'central', regionId: 'central', state: null, via: 'list' });
    await el.updateComplete;
    expect(q(el, '.region[data-region="central"]')!.getAttribute('aria-current')).to.equal('true');
    expect(shadow(el).querySelectorAll('.state.in-region')).to.have.length(4);
  });

  it('switches views', async () => {
    const map = await locator(html`<crs-office-locator view="map"></crs-office-locator>`);
    expect(q(map, '.map')).to.exist;
    expect(q(map, '.directory')).to.equal(null);
    const list = await locator(html`<crs-office-locator view="list"></crs-office-locator>`);
    expect(q(list, '.map')).to.equal(null);
    expect(q(list, '.directory')).to.exist;
  });

  it('explains bad attributes and shows the default view', async () => {
    await captureWarnings(async () => {
      const el = await locator(html`<crs-office-locator state="ZZ" office="atlantis" view="globe" heading-level="9"></crs-office-locator>`);
      const notice = text(q(el, '[part="error"]'));
      expect(notice).to.include('“ZZ”').and.include('“atlantis”').and.include('view="globe"').and.include('heading-level="9"');
      expect(q(el, '.map')).to.exist;
      expect(q(el, '.directory')).to.exist;
      expect(q(el, '.section-heading')!.getAttribute('aria-level')).to.equal('2');
    });
  });

  it('fits a 320 px wide column without horizontal scrolling', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 320px"><crs-office-locator state="GU"></crs-office-locator></div>`);
    const el = wrapper.querySelector('crs-office-locator')!;
    await (el as CrsOfficeLocator).updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    const base = q(el, '.base')!;
    expect(base.scrollWidth).to.be.at.most(320);
    // The Guam inset stays at least 24 px square.
    const inset = q(el, '#state-GU .inset')!.getBoundingClientRect();
    expect(inset.width).to.be.at.least(24);
    expect(inset.height).to.be.at.least(24);
  });

  it('works in Spanish and mirrors the panels, not the map, in Arabic', async () => {
    const el = await locator(html`<crs-office-locator state="TX"></crs-office-locator>`);
    await setLocale('ar');
    await el.updateComplete;
    expect(q(el, '.base')!.dir).to.equal('rtl');
    expect(getComputedStyle(q(el, '.map-svg')!).direction).to.equal('ltr');
    expect(status(el)).not.to.include('is served by');
  });
});

describe('<crs-office-locator> menu in sync', () => {
  it('shows the answer’s state in the menu after menu, ZIP and ZIP answers (Georgia, 10001, 30303)', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator></crs-office-locator>`);
    const select = q<HTMLSelectElement>(el, '#state-select')!;
    select.value = 'GA';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    for (const [zip, state] of [['10001', 'NY'], ['30303', 'GA'], ['09001', '']]) {
      const input = q<HTMLInputElement>(el, '#zip')!;
      input.value = zip;
      q(el, 'form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await el.updateComplete;
      expect(select.value, zip).to.equal(state);
    }
  });
});
