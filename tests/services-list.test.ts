import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/services-list/define.js';
import type { CrsServicesList } from '../src/services-list/services-list.js';
import { SERVICE_IDS } from '../src/services-list/services.js';
import { LOCALES, setLocale } from '../src/core/i18n/locale.js';
import { captureWarnings, shadow, text } from './harness.js';
import '../src/locales/all.js';

const list = (markup: ReturnType<typeof html>) => fixture<CrsServicesList>(markup);
const toggles = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.toggle')];
const panel = (el: Element, button: HTMLButtonElement) => shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
const shownIds = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('[data-service]')].map((s) => s.dataset.service);
const headings = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[role="heading"]')].map((h) => `${h.getAttribute('aria-level')}:${text(h)}`);

describe('<crs-services-list>', () => {
  afterEach(() => setLocale(null));

  it('shows the five services closed, then how CRS works and about CRS', async () => {
    const el = await list(html`<crs-services-list></crs-services-list>`);
    expect(shownIds(el)).to.deep.equal([...SERVICE_IDS]);
    for (const button of toggles(el)) {
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel(el, button).hidden).to.be.true;
      expect(button.getAttribute('aria-controls')).to.equal(panel(el, button).id);
      // The button sits inside a heading.
      expect(button.parentElement!.getAttribute('role')).to.equal('heading');
    }
    const all = text(shadow(el).querySelector('.base'));
    expect(all).to.include('How CRS worked with LGBTQ communities').and.include('About CRS');
    expect(shadow(el).querySelectorAll('.works li')).to.have.length(4);
    expect(shadow(el).querySelector('a[href="https://www.justice.gov/crs"]')).to.exist;
  });

  it('carries the substance of every program', async () => {
    const el = await list(html`<crs-services-list expanded></crs-services-list>`);
    const all = text(shadow(el).querySelector('.base'));
    for (const fact of [
      'three-hour', 'first responders', 'roll-call training video', 'traffic stop', 'public restroom',
      'schools'.slice(0, 6), 'neighborhood', 'whole city', 'forums', 'confidential', 'impartial',
      'parades', 'contingency planning', 'marshals', 'Title X of the Civil Rights Act of 1964',
      'Hate Crimes Prevention Act of 2009', 'free, confidential and voluntary', 'did not investigate or prosecute',
      'gender identity', 'sexual orientation',
    ]) {
      expect(all, fact).to.include(fact);
    }
  });

  it('speaks of what CRS did in the past tense or as a dated source says, never as what it does now', async () => {
    // CRS closed its offices in 2025: the brochure (about 2016–2020) is what the list can vouch for.
    const el = await list(html`<crs-services-list expanded></crs-services-list>`);
    const all = text(shadow(el).querySelector('.base'));
    expect(all).to.include('According to its brochure (about 2016–2020)');
    for (const past of ['CRS brought together', 'CRS offered impartial', 'CRS provided facilitation', 'CRS served communities', 'CRS services were free']) {
      expect(all, past).to.include(past);
    }
    const present = /\bCRS(?: services)? (?:is|are|works|serves|offers|provides|helps|brings|does|has|aims?)\b|\b(?:It|Its staff|The forums|These services) (?:helps?|are|is)\b/g;
    expect(all.match(present), 'present-tense claims about CRS').to.equal(null);
  });

  /** A past-tense or dated marker for CRS's work, in each language, as its translation says it. */
  const PAST: Record<string, RegExp> = {
    'zh-Hans': /CRS 曾提供/, 'zh-Hant': /CRS 曾提供/, es: /el CRS ofrecía/, vi: /CRS đã cung cấp/,
    ko: /제공했습니다/, tl: /Nag-alok ang CRS/, ar: /قدّمت CRS/,
  };
  it('says what CRS did in the past in every language, every paragraph translated', async () => {
    const paragraphs = (el: Element) => [...shadow(el).querySelectorAll('.base p, .base li')].map((p) => text(p));
    const english = paragraphs(await list(html`<crs-services-list expanded></crs-services-list>`));
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const el = await list(html`<crs-services-list lang=${locale} expanded></crs-services-list>`);
      const all = text(shadow(el).querySelector('.base'));
      expect(all, locale).to.match(PAST[locale]);
      for (const p of paragraphs(el)) expect(english, `${locale}: left in English`).not.to.include(p);
    }
  });

  it('opens and closes with a click, announcing the state and firing crs-service-toggle', async () => {
    const el = await list(html`<crs-services-list></crs-services-list>`);
    const [first] = toggles(el);
    const openedEvent = oneEvent(el, 'crs-service-toggle');
    first.click();
    const opened = await openedEvent;
    expect(opened.detail).to.deep.equal({ id: 'law-enforcement-training', open: true });
    expect(opened.bubbles && opened.composed).to.be.true;
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el, first).hidden).to.be.false;
    expect(panel(el, first).getBoundingClientRect().height).to.be.greaterThan(20);
    const closedEvent = oneEvent(el, 'crs-service-toggle');
    first.click();
    const closed = await closedEvent;
    expect(closed.detail).to.deep.equal({ id: 'law-enforcement-training', open: false });
  });

  it('is keyboard operable: Tab reaches the buttons, Enter and Space toggle, arrows, Home and End move', async () => {
    const el = await list(html`<crs-services-list sections="services"></crs-services-list>`);
    const buttons = toggles(el);
    buttons[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(buttons[0].getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(buttons[0].getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement).to.equal(buttons[4]);
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(shadow(el).activeElement).to.equal(buttons[4]);
    await sendKeys({ press: 'Home' });
    expect(shadow(el).activeElement).to.equal(buttons[0]);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(buttons[1]);
  });

  it('opens everything with expanded, and closes everything when it is removed', async () => {
    const el = await list(html`<crs-services-list expanded></crs-services-list>`);
    expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.be.true;
    el.expanded = false;
    await el.updateComplete;
    expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.be.true;
  });

  it('filters and orders services, ignoring unknown ids with a warning', async () => {
    let el!: CrsServicesList;
    const warnings = await captureWarnings(async () => {
      el = await list(html`<crs-services-list services="mediation bogus law-enforcement-training"></crs-services-list>`);
    });
    expect(shownIds(el)).to.deep.equal(['mediation', 'law-enforcement-training']);
    expect(warnings.join()).to.include('"bogus"');
  });

  it('shows every service when no listed id is valid', async () => {
    await captureWarnings(async () => {
      const el = await list(html`<crs-services-list services="nope"></crs-services-list>`);
      expect(shownIds(el)).to.have.length(5);
    });
  });

  it('shows only the chosen sections', async () => {
    const el = await list(html`<crs-services-list sections="about works-with"></crs-services-list>`);
    expect(shownIds(el)).to.deep.equal([]);
    expect(headings(el).map((h) => h.slice(2))).to.deep.equal(['About CRS', 'How CRS worked with LGBTQ communities']);
  });

  it('sets heading levels, services one level below sections', async () => {
    const el = await list(html`<crs-services-list heading-level="3" sections="services about"></crs-services-list>`);
    const levels = headings(el).map((h) => h.split(':')[0]);
    expect(levels).to.deep.equal(['3', '4', '4', '4', '4', '4', '3']);
    const deep = await list(html`<crs-services-list heading-level="6" sections="services"></crs-services-list>`);
    expect(headings(deep).map((h) => h.split(':')[0])).to.deep.equal(['6', '6', '6', '6', '6', '6']);
  });

  for (const bad of ['1', '7', 'three', '2.5']) {
    it(`falls back to level 2 with a warning for heading-level="${bad}"`, async () => {
      let el!: CrsServicesList;
      const warnings = await captureWarnings(async () => {
        el = await list(html`<crs-services-list heading-level=${bad} sections="about"></crs-services-list>`);
      });
      expect(headings(el)[0].startsWith('2:')).to.be.true;
      expect(warnings.join()).to.include('heading-level');
    });
  }

  it('keeps open services open across a locale change', async () => {
    const el = await list(html`<crs-services-list></crs-services-list>`);
    el.toggle('mediation', true);
    el.toggle('public-events', true);
    await el.updateComplete;
    await setLocale('es');
    await waitUntil(() => text(shadow(el).querySelector('[role="heading"]')) !== 'CRS programs and services for LGBTQ communities');
    const open = toggles(el).filter((b) => b.getAttribute('aria-expanded') === 'true').map((b) => b.id);
    expect(open).to.deep.equal(['toggle-mediation', 'toggle-public-events']);
  });

  for (const locale of LOCALES) {
    it(`is written in ${locale}${['zh-Hant', 'es', 'vi', 'ko', 'tl', 'ar'].includes(locale) ? ', with a note that the translation is ours' : ''}`, async () => {
      const el = await list(html`<crs-services-list expanded></crs-services-list>`);
      await setLocale(locale);
      await el.updateComplete;
      const base = shadow(el).querySelector<HTMLElement>('.base')!;
      expect(base.lang).to.equal(locale);
      expect(base.dir).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      const title = text(shadow(el).querySelector('[role="heading"]'));
      if (locale === 'en') expect(title).to.equal('CRS programs and services for LGBTQ communities');
      else expect(title).not.to.equal('CRS programs and services for LGBTQ communities');
      // No English paragraph is left behind in a translated locale.
      const panels = [...shadow(el).querySelectorAll('.panel p')].map((p) => text(p));
      if (locale !== 'en') expect(panels.some((p) => p.startsWith('A three-hour course'))).to.be.false;
      // Every translation says whose it is: ours, or (zh-Hans) the brochure's for the services and ours for the rest.
      expect(Boolean(shadow(el).querySelector('.note'))).to.equal(locale !== 'en');
    });
  }

  it('uses the brochure’s official wording in Simplified Chinese', async () => {
    const el = await list(html`<crs-services-list expanded></crs-services-list>`);
    await setLocale('zh-Hans');
    await el.updateComplete;
    const all = text(shadow(el).querySelector('.base'));
    for (const phrase of ['协助对话', '偏见事件与仇恨犯罪论坛', '调解', '公共活动计划', '三小时', '1964']) expect(all).to.include(phrase);
  });

  it('opens every panel for print', async () => {
    const el = await list(html`<crs-services-list></crs-services-list>`);
    const sheet = [...shadow(el).adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
    expect(sheet).to.match(/@media print[\s\S]*\.panel\[hidden\][\s\S]*display: grid/);
  });

  it('animates only when reduced motion is not requested', async () => {
    const el = await list(html`<crs-services-list></crs-services-list>`);
    const sheet = [...shadow(el).adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
    expect(sheet).to.match(/@media \(prefers-reduced-motion: no-preference\)[\s\S]*animation/);
    expect(sheet).not.to.match(/^\.panel[^{]*\{[^}]*animation/m);
  });
});
