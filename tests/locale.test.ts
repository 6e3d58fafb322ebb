import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/contact-card/define.js';
import '../src/office-locator/define.js';
import '../src/services-list/define.js';
import { getLocale, LOCALES, setLocale } from '../src/core/i18n/locale.js';
import { captureWarnings, shadow, text } from './harness.js';
import '../src/locales/all.js';

const title = (el: Element) => text(shadow(el).querySelector('[part="title"]'));
const base = (el: Element) => shadow(el).querySelector<HTMLElement>('.base')!;

/** The headquarters title in every locale, as the translators wrote it. */
const HQ_TITLE: Record<string, RegExp> = {
  en: /^CRS Headquarters$/,
  'zh-Hans': /CRS 总部/,
  'zh-Hant': /總部/,
  es: /Sede/i,
  vi: /Trụ sở/i,
  ko: /본부/,
  tl: /Punong-?tanggapan/i,
  ar: /المقر/,
};

/** Counts the updates (renders) of one element from now on, through Lit's public controller hook. */
function countRenders(el: LitElement): () => number {
  let renders = 0;
  el.addController({ hostUpdated: () => void renders++ });
  return () => renders;
}

describe('languages: each widget its own', () => {
  afterEach(async () => {
    await setLocale(null);
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  });

  for (const locale of LOCALES) {
    it(`renders the card in ${locale} from its own lang attribute`, async () => {
      const el = await fixture<LitElement>(html`<crs-contact-card lang=${locale}></crs-contact-card>`);
      expect(base(el).lang).to.equal(locale);
      expect(title(el)).to.match(HQ_TITLE[locale]);
      expect(base(el).dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
    });
  }

  for (const locale of LOCALES) {
    it(`runs the office locator in ${locale}: menu, map names and answer`, async () => {
      const el = await fixture<LitElement>(html`<crs-office-locator lang=${locale} state="CA"></crs-office-locator>`);
      await el.updateComplete;
      const answer = text(shadow(el).querySelector('.answer'));
      const option = text(shadow(el).querySelector('#state-select option[value="CA"]'));
      const label = shadow(el).querySelector('#state-TX')!.getAttribute('aria-label')!;
      if (locale === 'en') {
        expect(answer).to.include('The Western Regional Office (Los Angeles, California) served California');
        expect(option).to.equal('California');
      } else {
        expect(answer).not.to.include('is served by');
        expect(label).not.to.include('served by');
        if (!['es', 'vi', 'tl'].includes(locale)) expect(option).not.to.equal('California');
      }
    });
  }

  it('shows an English and a Spanish card side by side, each wholly in its language', async () => {
    const page = await fixture(html`<div>
      <crs-contact-card lang="en" office="southwest"></crs-contact-card>
      <crs-contact-card lang="es" office="southwest"></crs-contact-card>
      <crs-contact-card lang="ar" office="southwest"></crs-contact-card>
    </div>`);
    const [en, es, ar] = [...page.querySelectorAll('crs-contact-card')];
    await Promise.all([en, es, ar].map((c) => (c as LitElement).updateComplete));
    expect(text(shadow(en))).to.include('Save contact');
    expect(text(shadow(en))).not.to.include('Guardar contacto');
    expect(text(shadow(es))).to.include('Guardar contacto');
    expect(text(shadow(es))).not.to.include('Save contact');
    expect(base(en).dir).to.equal('ltr');
    expect(base(ar).dir).to.equal('rtl');
    expect(getComputedStyle(shadow(ar).querySelector('.card')!).direction).to.equal('rtl');
  });

  it("re-renders only the widget whose language changed", async () => {
    const page = await fixture(html`<div>
      <crs-contact-card lang="en"></crs-contact-card><crs-contact-card lang="en"></crs-contact-card>
    </div>`);
    const [first, second] = [...page.querySelectorAll<LitElement>('crs-contact-card')];
    await Promise.all([first.updateComplete, second.updateComplete]);
    const firstRenders = countRenders(first);
    const secondRenders = countRenders(second);
    first.lang = 'ko';
    await first.updateComplete;
    // Had the change reached the second card, its update would be pending now (and counted once done).
    await second.updateComplete;
    expect(title(first)).to.match(HQ_TITLE.ko);
    expect(title(second)).to.match(HQ_TITLE.en);
    expect(firstRenders()).to.equal(1);
    expect(secondRenders()).to.equal(0);
  });

  it('follows <html lang> live', async () => {
    const el = await fixture<LitElement>(html`<crs-contact-card></crs-contact-card>`);
    document.documentElement.lang = 'zh-CN';
    await waitUntil(() => HQ_TITLE['zh-Hans'].test(title(el)), 'did not follow html lang');
    document.documentElement.lang = 'es-MX';
    await waitUntil(() => HQ_TITLE.es.test(title(el)), 'did not follow the second change');
    expect(getLocale()).to.equal('es');
  });

  it('follows the nearest ancestor with a lang attribute, live', async () => {
    document.documentElement.lang = 'en';
    const section = await fixture(html`<section lang="vi"><div><crs-contact-card></crs-contact-card></div></section>`);
    const el = section.querySelector('crs-contact-card')!;
    await (el as LitElement).updateComplete;
    expect(title(el)).to.match(HQ_TITLE.vi);
    section.setAttribute('lang', 'ko');
    await waitUntil(() => HQ_TITLE.ko.test(title(el)), 'did not follow the section');
  });

  it('orders the sources: own lang, then setLocale, then ancestors, then the page', async () => {
    document.documentElement.lang = 'es';
    const page = await fixture(html`<div lang="vi">
      <crs-contact-card id="own" lang="ko"></crs-contact-card><crs-contact-card id="inherits"></crs-contact-card>
    </div>`);
    const own = page.querySelector('#own')!;
    const inherits = page.querySelector('#inherits')!;
    await (inherits as LitElement).updateComplete;
    expect(title(own)).to.match(HQ_TITLE.ko);
    expect(title(inherits)).to.match(HQ_TITLE.vi);
    await setLocale('zh-TW');
    expect(getLocale()).to.equal('zh-Hant');
    expect(title(own)).to.match(HQ_TITLE.ko);
    expect(title(inherits)).to.match(HQ_TITLE['zh-Hant']);
    await setLocale(null);
    expect(title(inherits)).to.match(HQ_TITLE.vi);
    expect(getLocale()).to.equal('es');
  });

  it('lets the last request win, however quickly they come', async () => {
    const el = await fixture<LitElement>(html`<crs-contact-card></crs-contact-card>`);
    void setLocale('es');
    await setLocale('en');
    expect(getLocale()).to.equal('en');
    expect(title(el)).to.match(HQ_TITLE.en);
    await Promise.all([setLocale('ar'), setLocale('en')]);
    expect(title(el)).to.match(HQ_TITLE.en);
    expect(base(el).dir).to.equal('ltr');
    void setLocale('ko');
    await setLocale(null);
    expect(title(el)).to.match(HQ_TITLE.en);
    el.lang = 'es';
    el.lang = 'en';
    await el.updateComplete;
    expect(title(el)).to.match(HQ_TITLE.en);
  });

  it('falls back to English with a warning naming an unknown language', async () => {
    let el!: Element;
    const warnings = await captureWarnings(async () => {
      el = await fixture(html`<crs-contact-card lang="klingon"></crs-contact-card>`);
    });
    expect(title(el)).to.equal('CRS Headquarters');
    expect(warnings.join('\n')).to.include('klingon');
  });

  it('uses the visitor’s browser languages when the page says nothing', async () => {
    document.documentElement.removeAttribute('lang');
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['fr-FR', 'zh-HK', 'en'] });
    try {
      const el = await fixture<LitElement>(html`<crs-contact-card></crs-contact-card>`);
      expect(title(el)).to.match(HQ_TITLE['zh-Hant']);
      expect(getLocale()).to.equal('zh-Hant');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).languages;
      Object.defineProperty(Navigator.prototype, 'languages', languages);
    }
  });

  it('gives the locator’s own contact cards the locator’s language', async () => {
    const el = await fixture<LitElement>(html`<crs-office-locator lang="es" state="TX"></crs-office-locator>`);
    const card = shadow(el).querySelector<LitElement>('crs-contact-card')!;
    await card.updateComplete;
    expect(text(shadow(card))).to.include('Guardar contacto');
    el.lang = 'en';
    await el.updateComplete;
    await card.updateComplete;
    expect(text(shadow(card))).to.include('Save contact');
  });
});
