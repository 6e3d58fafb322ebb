import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/contact-card/define.js';
import '../src/services-list/define.js';
import '../src/office-locator/define.js';
import { setLocale } from '../src/core/i18n/locale.js';
import { captureWarnings, engine, rendered, shadow } from './harness.js';
import { sameColor } from './color.js';
import '../src/locales/all.js';

const THEMES = ['light', 'dark', 'high-contrast'] as const;

describe('accessibility (axe, WCAG 2.2 AA)', function () {
  // axe walks every node of a widget (the locator's map has hundreds): seconds on a busy machine.
  this.timeout(60_000);
  after(() => setLocale(null));

  for (const theme of THEMES) {
    for (const office of ['hq', 'houston', 'southeast']) {
      it(`contact card "${office}" has no violations in the ${theme} theme`, async () => {
        const el = await fixture(html`<crs-contact-card office=${office} theme=${theme}></crs-contact-card>`);
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const theme of THEMES) {
    it(`services list has no violations in the ${theme} theme, open and closed`, async () => {
      const el = await fixture(html`<div>
        <crs-services-list theme=${theme}></crs-services-list>
        <crs-services-list theme=${theme} expanded heading-level="3"></crs-services-list>
      </div>`);
      await expect(el).to.be.accessible();
    });
  }

  it('services list has no violations right to left (Arabic) in every theme', async () => {
    await setLocale('ar');
    const el = await fixture(html`<div>
      ${THEMES.map((theme) => html`<crs-services-list theme=${theme} expanded></crs-services-list>`)}
    </div>`);
    await expect(el).to.be.accessible();
    await setLocale(null);
  });

  for (const theme of THEMES) {
    it(`office locator has no violations in the ${theme} theme, with a selection`, async () => {
      const el = await fixture(html`<crs-office-locator theme=${theme} state="TX"></crs-office-locator>`);
      await expect(el).to.be.accessible();
    });
  }

  it('office locator has no violations right to left (Arabic), empty and with a territory selected', async () => {
    await setLocale('ar');
    const el = await fixture(html`<div>
      <crs-office-locator></crs-office-locator>
      <crs-office-locator theme="dark" state="PR" view="map"></crs-office-locator>
    </div>`);
    await expect(el).to.be.accessible();
    await setLocale(null);
  });

  it('has no violations right to left (Arabic), compact, and with a notice', async () => {
    await setLocale('ar');
    const el = await fixture(html`<div>
      <crs-contact-card office="west" theme="dark"></crs-contact-card>
      <crs-contact-card compact theme="high-contrast"></crs-contact-card>
      <crs-contact-card office="nowhere"></crs-contact-card>
    </div>`);
    await expect(el).to.be.accessible();
  });

  it('really runs axe: a nameless button fails', async () => {
    const el = await fixture(html`<div><button></button></div>`);
    await expect(el).not.to.be.accessible();
  });
});

// Each theme's colours and the fallback for an unknown one: tests/element-suite.ts, for every element.
describe('themes', () => {
  it('takes partner tokens set on an ancestor', async () => {
    const wrapper = await fixture(html`<div style="--crs-color-primary: rgb(128, 0, 64); --crs-font-family: Georgia, serif">
      <crs-contact-card></crs-contact-card>
    </div>`);
    const el = wrapper.querySelector('crs-contact-card')!;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const title = shadow(el).querySelector('[part="title"]')!;
    expect(sameColor(getComputedStyle(title).color, 'rgb(128, 0, 64)'), getComputedStyle(title).color).to.be.true;
    expect(getComputedStyle(title).fontFamily).to.include('Georgia');
  });
});

/** The branding examples partners copy: the README's Theming section and the demo page's style sheet. */
async function brandingExamples(): Promise<[string, string][]> {
  const readme = await (await fetch('/README.md')).text();
  const demo = await (await fetch('/demo/demo.css')).text();
  const fromReadme = /## Theming[\s\S]*?```css\n:root \{([^}]*)\}/.exec(readme)![1];
  const fromDemo = /:root \{([^}]*)\}/.exec(demo)![1].split('\n').filter((l) => l.includes('--crs-')).join('');
  return [['README', fromReadme], ['demo', fromDemo]];
}

describe('the README and demo branding examples pass axe in every theme', function () {
  this.timeout(60000);
  // auto is tested on a dark system where the browser can pretend to be one (Chromium).
  before(async () => {
    if (engine === 'chromium') await emulateMedia({ colorScheme: 'dark' });
  });
  after(async () => {
    if (engine === 'chromium') await emulateMedia({ colorScheme: 'light' });
  });
  for (const theme of ['light', 'dark', 'auto', 'high-contrast']) {
    it(`${theme}${theme === 'auto' && engine === 'chromium' ? ' (dark system)' : ''}`, async () => {
      for (const [source, declarations] of await brandingExamples()) {
        expect(declarations, source).to.include('--crs-color-primary');
        const el = await fixture(html`<div style=${declarations}>
          <crs-contact-card theme=${theme}></crs-contact-card>
          <crs-services-list theme=${theme} services="mediation" expanded></crs-services-list>
          <crs-office-locator theme=${theme} state="RI" no-geolocation></crs-office-locator>
        </div>`);
        await Promise.all([...el.children].map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
        await expect(el, source).to.be.accessible();
      }
    });
  }
});

describe('partner colours the theme has to adjust', () => {
  it('says once, in the console, which colour was adjusted and what is used instead', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture(html`<div style="--crs-color-primary: #ffd700; --crs-color-link: #005ea2">
        <crs-contact-card></crs-contact-card>
        <crs-services-list></crs-services-list>
        <crs-contact-card theme="dark" style="--crs-dark-color-primary: #111111"></crs-contact-card>
      </div>`);
      await Promise.all([...wrapper.children].map((el) => rendered(el)));
      // The notes are said from a zero-delay timer; captureWarnings returns after it has run.
    });
    const about = (what: string) => warnings.filter((w) => w.includes(what));
    expect(about('--crs-color-primary: #ffd700'), warnings.join('\n')).to.have.length(1);
    expect(about('--crs-color-primary: #ffd700')[0]).to.match(/light theme.*use #[0-9a-f]{6} instead/);
    expect(about('--crs-dark-color-primary: #111111'), warnings.join('\n')).to.have.length(1);
    expect(about('--crs-color-link: #005ea2 is too light for the light'), 'a colour that passes is used as it is, silently').to.deep.equal([]);
    expect(about('--crs-color-link: #005ea2 is too dark for the dark theme'), 'the dark card derives its own link shade').to.have.length(1);
  });
});

describe('hostile host CSS', () => {
  it('keeps the card intact under resets, tiny rem, line-height 0, right alignment and uppercase', async () => {
    const reference = await fixture(html`<crs-contact-card office="houston"></crs-contact-card>`);
    const refTitle = shadow(reference).querySelector('[part="title"]')!;
    const refSize = getComputedStyle(refTitle).fontSize;
    const refHeight = reference.getBoundingClientRect().height;

    const style = document.createElement('style');
    style.textContent = `html { font-size: 62.5% !important; line-height: 0 !important; }
      body, div { line-height: 0; text-align: right; text-transform: uppercase; font-family: "Comic Sans MS", cursive;
        letter-spacing: 3px; word-spacing: 10px; font-size: 9px; color: lime; }
      * { box-sizing: content-box !important; margin: 7px; padding: 3px; border: 1px dotted red; }
      a { color: hotpink !important; text-decoration: none; } button { all: unset; }`;
    document.head.append(style);
    try {
      const wrapper = await fixture(html`<div><crs-contact-card office="houston"></crs-contact-card></div>`);
      const el = wrapper.querySelector('crs-contact-card')!;
      await el.updateComplete;
      const title = shadow(el).querySelector('[part="title"]')!;
      const base = shadow(el).querySelector('.base')!;
      expect(getComputedStyle(title).fontSize).to.equal(refSize);
      expect(getComputedStyle(base).lineHeight).not.to.equal('0px');
      expect(getComputedStyle(base).textAlign).to.equal('start');
      expect(getComputedStyle(title).textTransform).to.equal('none');
      expect(getComputedStyle(base).fontFamily).not.to.include('Comic');
      expect(getComputedStyle(shadow(el).querySelector('a')!).color).not.to.equal('rgb(255, 105, 180)');
      expect(getComputedStyle(shadow(el).querySelector('button')!).cursor).to.equal('pointer');
      // Text spacing a visitor sets reaches the text (WCAG 1.4.12): a few more lines wrap, nothing collapses.
      expect(Math.abs(el.getBoundingClientRect().height - refHeight)).to.be.lessThan(refHeight * 0.08);
    } finally {
      style.remove();
    }
  });
});
