/**
 * What every CRS element promises, checked the same way for each: `elementSuite('crs-contact-card', …)`.
 * Theme, lang, data-src (a good file, a bad file, a file too slow for `data-timeout`), heading level,
 * `debug` and the status notice. The element-specific tests live in each element's own file.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { $, $$, isRendered, mount, record, shadow, text, watch } from './harness.js';
import { sameColor } from './color.js';

export interface SuiteOptions {
  /** Attributes every mounted copy gets (the locator's `state`, so that it shows a contact card). */
  attributes?: Record<string, string>;
  /** An attribute value this element refuses and the words that name it, in the console and (with `debug`) on screen. */
  mistake: { attribute: string; value: string; named: string };
  /** A text the element shows in English and not in Spanish (its heading, a button). */
  english: RegExp;
}

/** Each element paints its theme's surface on its base box, so it stays readable on any page. */
const colours = (el: Element) => {
  const style = getComputedStyle($(el, '.base')!);
  return { background: style.backgroundColor, text: style.color };
};
const levels = (el: Element) => [...shadow(el).querySelectorAll('[role="heading"]')].map((h) => Number(h.getAttribute('aria-level')));
/** The words of the element's own headings (not those of nested cards). */
const headings = (el: Element) => [...shadow(el).querySelectorAll('[role="heading"]')].map((h) => text(h)).join(' | ');
const notice = (el: Element) => $(el, '[part="error"]');
const statusNotice = (el: Element) => $(el, '[part="status-notice"]');

/** Each test loads data-src files under its own URL, so no test is answered from another's cached file. */
let run = 0;
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}suite=${Date.now()}-${run++}`;

export function elementSuite(tag: string, options: SuiteOptions): void {
  const attrs = options.attributes ?? {};
  const widget = (more: Record<string, string> = {}) => mount(tag, { ...attrs, ...more });

  describe(`<${tag}>: what every element does`, function () {
    // The locator draws a map of every state: seconds on a busy two-core machine.
    this.timeout(20_000);

    describe('theme', () => {
      it('paints light by default, dark, and high contrast (white on black)', async () => {
        const light = colours(await widget());
        const dark = colours(await widget({ theme: 'dark' }));
        const contrast = colours(await widget({ theme: 'high-contrast' }));
        expect(sameColor(light.background, 'rgb(255, 255, 255)'), light.background).to.be.true;
        expect(sameColor(dark.background, light.background), dark.background).to.be.false;
        expect(sameColor(dark.text, light.text), dark.text).to.be.false;
        expect(sameColor(contrast.background, 'rgb(0, 0, 0)'), contrast.background).to.be.true;
        expect(sameColor(contrast.text, 'rgb(255, 255, 255)'), contrast.text).to.be.true;
      });

      it('falls back to light for an unknown theme, and says so once in the console', async () => {
        let el!: LitElement;
        const { warnings, problems } = await record(async () => {
          el = await widget({ theme: `neon-${tag}` });
        });
        expect(sameColor(colours(el).background, 'rgb(255, 255, 255)'), colours(el).background).to.be.true;
        expect(warnings.filter((w) => w.includes(`neon-${tag}`))).to.have.length(1);
        expect(problems).to.deep.equal([]);
      });
    });

    describe('lang', () => {
      it('speaks the language of its own lang attribute, right to left in Arabic', async () => {
        const en = await widget({ lang: 'en' });
        const es = await widget({ lang: 'es' });
        const ar = await widget({ lang: 'ar' });
        expect(headings(en)).to.match(options.english);
        expect(headings(es)).not.to.match(options.english);
        expect([$(es, '.base')!.lang, $(es, '.base')!.dir]).to.deep.equal(['es', 'ltr']);
        expect([$(ar, '.base')!.lang, $(ar, '.base')!.dir]).to.deep.equal(['ar', 'rtl']);
        expect(getComputedStyle($(ar, '.base')!).direction).to.equal('rtl');
        // Its nested widgets speak it too.
        for (const nested of $$(es, 'crs-contact-card')) expect($(nested, '.base')!.lang).to.equal('es');
      });

      it('shows English for a language it does not have, and names it in the console', async () => {
        let el!: LitElement;
        const { warnings } = await record(async () => {
          el = await widget({ lang: `tlh-${tag}` });
        });
        expect(headings(el)).to.match(options.english);
        expect($(el, '.base')!.lang).to.equal('en');
        expect(warnings.filter((w) => w.includes(`tlh-${tag}`))).to.have.length(1);
      });
    });

    describe('data-src', () => {
      it('a good file replaces the bundled data (a file saying CRS is operating: no status notice)', async () => {
        let el!: LitElement;
        const { warnings } = await record(async () => {
          el = await widget({ 'data-src': fresh('/tests/fixtures/operating-data.json'), debug: '' });
        });
        expect(Boolean(statusNotice(el))).to.be.false;
        expect(Boolean(notice(el))).to.be.false;
        expect(warnings.filter((w) => w.includes('data-src'))).to.deep.equal([]);
      });

      it('a bad file keeps the bundled data, with a console warning (and a notice with debug)', async () => {
        const src = fresh('/tests/fixtures/garbage.json');
        let quiet!: LitElement;
        let loud!: LitElement;
        const { warnings, problems } = await record(async () => {
          quiet = await widget({ 'data-src': src });
          loud = await widget({ 'data-src': src, debug: '' });
        });
        for (const el of [quiet, loud]) expect(text(statusNotice(el)), 'the bundled status').to.include('2025');
        expect(Boolean(notice(quiet)), 'visitors see no notice').to.be.false;
        expect(text(notice(loud))).to.include('built into this widget');
        expect(warnings.filter((w) => w.includes(src)), 'one warning per file').to.have.length(1);
        expect(problems).to.deep.equal([]);
      });

      it('a file slower than data-timeout: loading until the timeout, then the bundled data, never the late file', async () => {
        const timeout = 300;
        // The file (saying CRS is operating) arrives 0.7 s later than the widget may wait.
        const src = fresh(`/tests/fixtures/slow.json?ms=${timeout + 700}&file=operating-data.json`);
        const el = document.createElement(tag) as LitElement;
        for (const [name, value] of Object.entries({ ...attrs, 'data-src': src, 'data-timeout': String(timeout), debug: '' })) el.setAttribute(name, value);
        const started = performance.now();
        document.body.append(el);
        try {
          await el.updateComplete;
          // Every moment until it gives up: loading, no bundled facts, no notice.
          await watch([shadow(el)], () => {
            expect($(el, '.base')!.getAttribute('aria-busy'), 'loading').to.equal('true');
            // (The bundled content laid out unseen under the placeholder, for its size, is not shown.)
            expect(Boolean(statusNotice(el) && !statusNotice(el)!.closest('.unseen')), 'no bundled data while loading').to.be.false;
          }, () => isRendered(el));
          expect(performance.now() - started, 'waited for data-timeout').to.be.at.least(timeout);
          expect(text(notice(el))).to.include('took too long').and.include('built into this widget');
          expect(text(statusNotice(el)), 'the bundled status').to.include('2025');
          // The same file, asked for now, arrives after the widget's copy would have: the widget still shows the bundled data.
          await fetch(src, { cache: 'no-store' }).then((r) => r.text());
          await el.updateComplete;
          expect(Boolean(statusNotice(el)), 'the late file is not shown').to.be.true;
        } finally {
          el.remove();
        }
      });
    });

    describe('heading-level', () => {
      it('starts its headings at the level asked for', async () => {
        expect(Math.min(...levels(await widget()))).to.equal(2);
        const el = await widget({ 'heading-level': '4' });
        expect(Math.min(...levels(el))).to.equal(4);
        expect(levels(el).every((level) => level >= 4 && level <= 6)).to.be.true;
      });

      it('uses level 2 for a level outside 2–6, and says so', async () => {
        let el!: LitElement;
        const { warnings } = await record(async () => {
          el = await widget({ 'heading-level': '9' });
        });
        expect(Math.min(...levels(el))).to.equal(2);
        expect(warnings.filter((w) => w.includes(`<${tag}>`) && w.includes('heading-level="9"'))).to.have.length(1);
      });
    });

    describe('debug', () => {
      const { attribute, value, named } = options.mistake;
      it(`a partner mistake (${attribute}="${value}") is named in the console once; on screen only with debug, and not as an alert`, async () => {
        let quiet!: LitElement;
        let loud!: LitElement;
        const { warnings } = await record(async () => {
          quiet = await widget({ [attribute]: value });
          loud = await widget({ [attribute]: value, debug: '' });
        });
        expect(warnings.filter((w) => w.includes(named))).to.have.length(1);
        expect(Boolean(notice(quiet))).to.be.false;
        expect(Boolean($(quiet, '[role="alert"]:not(:empty)'))).to.be.false;
        expect(text(notice(loud))).to.include(named);
        expect(Boolean(notice(loud)!.closest('[role="alert"], [aria-live]'))).to.be.false;
        // Taking debug away takes the notice away.
        loud.removeAttribute('debug');
        await loud.updateComplete;
        expect(Boolean(notice(loud))).to.be.false;
      });
    });

    describe('status', () => {
      it('says first that CRS closed its offices, with the date, calmly (not an alert)', async () => {
        const el = await widget();
        const status = statusNotice(el)!;
        expect(Boolean(status), 'the status notice').to.be.true;
        expect(text(status)).to.match(/2025|2026/);
        expect(Boolean(status.closest('[role="alert"], [aria-live="assertive"]'))).to.be.false;
        // Before anything that invites a call or a choice (the help from other services aside).
        const invites = [...shadow(el).querySelectorAll('a[href^="tel:"], a[href^="mailto:"], select, input, .toggle')].filter((i) => !i.closest('[part="help"]'));
        for (const invite of invites) expect(Boolean(status.compareDocumentPosition(invite) & Node.DOCUMENT_POSITION_FOLLOWING), `before ${invite.localName}`).to.be.true;
      });
    });
  });
}
