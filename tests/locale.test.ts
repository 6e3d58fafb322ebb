import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/contact-card/define.js';
import '../src/office-locator/define.js';
import { getLocale, LOCALES, setLocale } from '../src/core/locale.js';
import { captureWarnings, shadow, text } from './helpers.js';

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

describe('languages', () => {
  afterEach(async () => {
    await setLocale(null);
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  });

  for (const locale of LOCALES) {
    it(`renders the card in ${locale}`, async () => {
      const el = await fixture<LitElement>(html`<crs-contact-card></crs-contact-card>`);
      await setLocale(locale);
      await waitUntil(() => base(el).lang === locale);
      expect(title(el)).to.match(HQ_TITLE[locale]);
      expect(base(el).dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      if (locale !== 'en') expect(text(shadow(el).querySelector('.source'))).not.to.include('as published by CRS');
    });
  }

  for (const locale of LOCALES) {
    it(`runs the office locator in ${locale}: menu, map names and answer`, async () => {
      const el = await fixture<LitElement>(html`<crs-office-locator state="CA"></crs-office-locator>`);
      await setLocale(locale);
      await el.updateComplete;
      const answer = text(shadow(el).querySelector('.answer'));
      const option = text(shadow(el).querySelector('#state-select option[value="CA"]'));
      const label = shadow(el).querySelector('#state-TX')!.getAttribute('aria-label')!;
      if (locale === 'en') {
        expect(answer).to.equal('California is served by the Western Regional Office (Los Angeles, California).');
        expect(option).to.equal('California');
      } else {
        expect(answer).not.to.include('is served by');
        expect(label).not.to.include('served by');
        if (!['es', 'vi', 'tl'].includes(locale)) expect(option).not.to.equal('California');
      }
    });
  }

  it('lays Arabic out right to left but keeps phone numbers and addresses left to right', async () => {
    const el = await fixture(html`<crs-contact-card office="houston"></crs-contact-card>`);
    await setLocale('ar');
    await waitUntil(() => base(el).dir === 'rtl');
    const card = shadow(el).querySelector<HTMLElement>('.card')!;
    expect(getComputedStyle(card).direction).to.equal('rtl');
    const phone = shadow(el).querySelector<HTMLElement>('a[href^="tel:"] .ltr')!;
    expect(getComputedStyle(phone).direction).to.equal('ltr');
    expect(getComputedStyle(phone).unicodeBidi).to.equal('isolate');
    // Logical properties: the term column sits on the right in RTL.
    const dt = shadow(el).querySelector('dt')!.getBoundingClientRect();
    const dd = shadow(el).querySelector('dd')!.getBoundingClientRect();
    expect(dt.left).to.be.greaterThan(dd.left);
  });

  it('follows <html lang> live', async () => {
    const el = await fixture<LitElement>(html`<crs-contact-card></crs-contact-card>`);
    document.documentElement.lang = 'zh-CN';
    await waitUntil(() => getLocale() === 'zh-Hans', 'did not follow html lang');
    await el.updateComplete;
    expect(title(el)).to.match(HQ_TITLE['zh-Hans']);
    document.documentElement.lang = 'es-MX';
    await waitUntil(() => getLocale() === 'es');
    await el.updateComplete;
    expect(title(el)).to.match(HQ_TITLE.es);
  });

  it("prefers a widget's lang attribute to <html lang>, and setLocale to both", async () => {
    document.documentElement.lang = 'es';
    const el = await fixture<LitElement>(html`<crs-contact-card lang="ko"></crs-contact-card>`);
    await waitUntil(() => getLocale() === 'ko');
    await setLocale('zh-TW');
    expect(getLocale()).to.equal('zh-Hant');
    await el.updateComplete;
    expect(title(el)).to.match(HQ_TITLE['zh-Hant']);
    await setLocale(null);
    expect(getLocale()).to.equal('ko');
  });

  it('warns when widgets ask for different languages, and the first wins', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture(html`<div><crs-contact-card lang="vi"></crs-contact-card><crs-contact-card lang="ar"></crs-contact-card></div>`);
      await nextFrame();
    });
    expect(getLocale()).to.equal('vi');
    expect(warnings.join('\n')).to.match(/different languages/);
  });

  it('falls back to English with a warning for an unknown language', async () => {
    let el!: Element;
    const warnings = await captureWarnings(async () => {
      el = await fixture(html`<crs-contact-card lang="klingon"></crs-contact-card>`);
      await nextFrame();
    });
    expect(getLocale()).to.equal('en');
    expect(title(el)).to.equal('CRS Headquarters');
    expect(warnings.join('\n')).to.include('klingon');
  });

  it('uses the visitor’s browser languages when the page says nothing', async () => {
    document.documentElement.removeAttribute('lang');
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['fr-FR', 'zh-HK', 'en'] });
    try {
      await fixture(html`<crs-contact-card></crs-contact-card>`);
      await waitUntil(() => getLocale() === 'zh-Hant');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).languages;
      Object.defineProperty(Navigator.prototype, 'languages', languages);
    }
  });
});
