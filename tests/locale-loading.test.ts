// This page loads one element and one locale only, as an npm user importing what they need does.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/contact-card/define.js';
import { availableLocales } from '../src/core/i18n/locale.js';
import { captureWarnings, shadow, text } from './harness.js';

describe('locales are modules that register themselves', () => {
  it('shows English, and says so once, for a locale that is not loaded', async () => {
    let first!: Element;
    let second!: Element;
    const warnings = await captureWarnings(async () => {
      first = await fixture(html`<crs-contact-card lang="ko"></crs-contact-card>`);
      second = await fixture(html`<crs-contact-card lang="ko-KR"></crs-contact-card>`);
      // The note waits for the end of the task, in case the locale module was only imported later in it:
      // each widget schedules it as a zero-delay timer, and `captureWarnings` returns after every timer
      // set before its end has run (a duplicate note included): an ordering, not a duration.
    });
    expect(text(shadow(first).querySelector('[part="title"]'))).to.equal('CRS Headquarters');
    expect(text(shadow(second).querySelector('[part="title"]'))).to.equal('CRS Headquarters');
    const notes = warnings.filter((w) => w.includes('ko'));
    expect(notes).to.have.length(1);
    expect(notes[0]).to.include('crs-widgets/locales/ko.js');
  });

  it('switches a waiting widget as soon as its locale module is imported', async () => {
    const el = await fixture<LitElement>(html`<crs-contact-card lang="es"></crs-contact-card>`);
    expect(availableLocales()).to.deep.equal(['en']);
    expect(text(shadow(el))).to.include('Save contact');
    await import('../src/locales/es.js');
    await el.updateComplete;
    expect(text(shadow(el))).to.include('Guardar contacto');
    expect(availableLocales()).to.deep.equal(['en', 'es']);
  });
});
