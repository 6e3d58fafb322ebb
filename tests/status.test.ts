/**
 * CRS's status as a fact: every widget tells a visitor that CRS closed its offices, with the date and the
 * sources, before anything that invites a call; the card and the locator offer help that does not depend
 * on CRS; a partner file saying `operating` takes all of it away.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/contact-card/define.js';
import '../src/services-list/define.js';
import '../src/office-locator/define.js';
import '../src/locales/all.js';
import { clock } from '../src/core/status/clock.js';
import { helpText } from '../src/core/status/messages.js';
import { withLocale } from '../src/core/i18n/locale.js';
import { LOCALES } from '../src/core/i18n/locale-table.js';
import { mount, savedVCard, shadow, text } from './harness.js';

const OPERATING = '/tests/fixtures/operating-data.json';
const q = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const qa = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const tags = ['crs-contact-card', 'crs-office-locator', 'crs-services-list'] as const;

const widget = (tag: (typeof tags)[number], attrs: Record<string, string> = {}): Promise<LitElement> => mount(tag, attrs);

/** `a` comes before `b` in the document (reading order). */
const before = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('the status notice', () => {
  for (const tag of tags) {
    for (const lang of LOCALES) {
      it(`${tag} in ${lang}: shows the status with its date, calmly, before anything to call`, async () => {
        const el = await widget(tag, { lang, state: 'TX' });
        const notice = q(el, '[part="status-notice"]')!;
        expect(notice, 'notice').to.exist;
        expect(notice.closest('[role="alert"]'), 'not an alert').to.equal(null);
        expect(text(notice), 'the date').to.match(/2026/);
        expect(text(notice), 'where to check').to.include('www.justice.gov/crs');
        const invites = qa(el, 'a[href^="tel:"], a[href^="mailto:"], select, input, .toggle');
        for (const invite of invites.filter((i) => !i.closest('[part="help"]'))) expect(before(notice, invite), 'first in reading order').to.be.true;
      });
    }
  }

  it('names its sources as what they are: news reports and the plaintiffs’ litigation page, not CRS', async () => {
    const el = await widget('crs-contact-card');
    const more = q(el, '.status-more')!;
    expect(text(more)).to.include('not from CRS').and.include('News report').and.include('Plaintiffs’ page in the lawsuit');
    expect(text(more)).to.include('April 6, 2025').and.include('13');
    const link = qa(el, '.status-sources a')[0] as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('https://americaspeacemakers.com/the-litigation');
    expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
  });

  it('is shown once in the locator: its nested cards do not repeat the notice or the help', async () => {
    const el = await widget('crs-office-locator', { state: 'TX' });
    const cards = qa(el, 'crs-contact-card');
    expect(cards.length).to.be.greaterThan(0);
    await Promise.all(cards.map((c) => (c as LitElement).updateComplete));
    for (const card of cards) {
      expect(q(card, '[part="status-notice"]'), 'nested notice').to.equal(null);
      expect(q(card, '[part="help"]'), 'nested help').to.equal(null);
    }
    expect(qa(el, '[part="status-notice"]')).to.have.length(1);
    expect(qa(el, '[part="help"]')).to.have.length(1);
  });

  it('says the information may be out of date more than 12 months after its date, and not before', async () => {
    const real = clock.now;
    try {
      clock.now = () => Date.UTC(2027, 0, 31, 12);
      expect(text(q(await widget('crs-services-list'), '[part="status-notice"]'))).not.to.include('out of date');
      clock.now = () => Date.UTC(2027, 1, 1, 12);
      expect(text(q(await widget('crs-services-list'), '[part="status-notice"]'))).to.include('may be out of date');
    } finally {
      clock.now = real;
    }
  });
});

describe('help now', () => {
  it('gives 911, the FBI and the civil-rights portal in the card and the locator, each with its source and date', async () => {
    for (const tag of ['crs-contact-card', 'crs-office-locator'] as const) {
      const el = await widget(tag);
      const help = q(el, '[part="help"]')!;
      expect(text(help), tag).to.include('911').and.include('1-800-CALL-FBI').and.include('Source:');
      const links = [...help.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+18002255324', 'https://tips.fbi.gov/', 'https://civilrights.justice.gov/']);
      for (const a of links.filter((l) => l.href.startsWith('https:'))) expect([a.target, a.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    }
    expect(q(await widget('crs-services-list'), '[part="help"]')).to.equal(null);
  });

  it('says the portal is in English and Spanish where the widget speaks another language', async () => {
    for (const lang of LOCALES) {
      const note = withLocale(lang, helpText.portalLanguages);
      const help = text(q(await widget('crs-contact-card', { lang }), '[part="help"]'));
      if (lang === 'en' || lang === 'es') expect(help, lang).not.to.include(note);
      else expect(help, lang).to.include(note).and.not.to.include('The portal is in English and Spanish');
    }
  });

  it('reports a click as crs-contact-action with what, and no office', async () => {
    const el = await widget('crs-contact-card', { office: 'houston' });
    const fbi = q(el, '[part="help"] a[href^="tel:"]')!;
    fbi.addEventListener('click', (e) => e.preventDefault());
    const fired = oneEvent(el, 'crs-contact-action');
    fbi.click();
    const { detail } = await fired;
    expect(detail).to.deep.equal({ officeId: null, action: 'call', what: 'fbi' });
  });

  it('follows help="never" and help="always"', async () => {
    expect(q(await widget('crs-contact-card', { help: 'never' }), '[part="help"]')).to.equal(null);
    const always = await widget('crs-contact-card', { help: 'always', 'data-src': OPERATING });
    await waitUntil(() => text(q(always, '[part="source"]')).includes('Riverside Test Partner'), 'partner data not applied');
    expect(q(always, '[part="help"]')).to.exist;
  });
});

describe('a partner file saying CRS is operating', () => {
  for (const tag of tags) {
    // The file keeps its offices' 2025 closure: the dataset's newer `operating` supersedes it.
    it(`${tag}: removes the notice and the help, and contacts read in the present`, async () => {
      const el = await widget(tag, { 'data-src': OPERATING, state: 'TX' });
      // The services list's source line is the brochure's; the others credit the partner once the file is in.
      if (tag !== 'crs-services-list') await waitUntil(() => text(q(el, '[part="source"]')).includes('Riverside Test Partner'), 'partner data not applied');
      expect(q(el, '[part="status-notice"]')).to.equal(null);
      expect(q(el, '[part="help"]')).to.equal(null);
      const all = text(q(el, '.base')) + qa(el, 'crs-contact-card').map((c) => text(q(c, '.base'))).join(' ');
      expect(all).not.to.match(/has closed|may not be answered/);
    });
  }
});

describe('contacts framed by time', () => {
  it('says a bundled office has closed, with the date, and that its contacts were listed by CRS about 2016–2020', async () => {
    const el = await widget('crs-contact-card', { office: 'houston' });
    expect(text(q(el, '.office-status'))).to.equal('This office has closed (status as of October 2025).');
    expect(text(q(el, '[part="status-notice"]'))).to.include('listed by CRS (about 2016–2020) and may not be answered now');
  });

  it('keeps the status and its date in the saved contact', async () => {
    const vcf = (await savedVCard(await widget('crs-contact-card', { office: 'houston' }))).replace(/\r\n /g, '');
    expect(vcf).to.match(/NOTE:The Department of Justice closed CRS’s offices in 2025\..*Status as of January 2026\./);
  });

  it('does not confirm a number two CRS pages disagree on (Central Regional Office)', async () => {
    const el = await widget('crs-contact-card', { office: 'central' });
    expect(text(q(el, '.base'))).not.to.match(/816-426-74/);
    expect(text(q(el, '.note'))).to.include('Two CRS pages give different phone numbers');
  });

  it('says who compiled the data — not CRS — and the dates its sources carry', async () => {
    const card = await widget('crs-contact-card');
    expect(text(q(card, '[part="source"]'))).to.include('Compiled by CRS Widgets, not by CRS, from sources of 2003 and about 2016–2020.');
    expect(text(q(await widget('crs-services-list'), '[part="source"]'))).to.include('“About CRS” page (2016)');
  });

  it('promises nothing a source does not support, in English', async () => {
    for (const tag of tags) {
      const el = await widget(tag, { state: 'GU' });
      const all = text(q(el, '.base')) + qa(el, 'crs-contact-card').map((c) => text(q(c, '.base'))).join(' ');
      expect(all, tag).not.to.match(/can help|will help|No current source confirms/i);
    }
  });
});

describe('assignments carry their marks wherever a state’s office is named', () => {
  it('in the answer, the region’s state list and the directory', async () => {
    const el = await widget('crs-office-locator', { state: 'IL' });
    expect(text(q(el, '.answer'))).to.include('The Midwestern Regional Office (Chicago, Illinois) served Illinois; it may not answer now.').and.include('(inferred: no source confirms this)');
    expect(text(q(el, '.result'))).to.include('inferred: no source confirms this');
    const directory = (id: string) => text(q(el, `.region[data-region="${id}"] .states`));
    expect(directory('new-england')).to.include('(only a CRS source from 2003 says so)');
    expect(directory('southwest')).not.to.include('(');
    // West is confirmed, but for American Samoa and the Northern Mariana Islands, marked one by one.
    expect(directory('west')).to.match(/American Samoa \(inferred: no source confirms this\)/).and.not.to.match(/California \(/);
  });

  it('writes territories with their article, in a sentence whose verb agrees (en, es)', async () => {
    const en = await widget('crs-office-locator', { state: 'VI' });
    expect(text(q(en, '.answer'))).to.equal('The Northeastern Regional Office (New York, New York) served the U.S. Virgin Islands; it may not answer now.');
    const es = await widget('crs-office-locator', { state: 'MP', lang: 'es' });
    expect(text(q(es, '.answer'))).to.include('atendía las Islas Marianas del Norte').and.not.to.include('..');
  });

  it('asks which office served the area before any answer, and says "serves" only for an operating CRS', async () => {
    expect(text(q(await widget('crs-office-locator'), '.result'))).to.include('to see which CRS office served your area');
    const operating = await widget('crs-office-locator', { 'data-src': OPERATING });
    await waitUntil(() => text(q(operating, '[part="source"]')).includes('Riverside Test Partner'), 'partner data not applied');
    expect(text(q(operating, '.result'))).to.include('to see the CRS office that serves you');
  });

  it('routes a ZIP that matches no state to a check, not to “CRS does not serve you”', async () => {
    const el = await widget('crs-office-locator');
    const input = q(el, '#zip') as HTMLInputElement;
    input.value = '00100';
    q(el, 'form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await waitUntil(() => text(q(el, '.answer')).includes('00100'));
    expect(text(q(el, '.answer'))).to.include('matches no U.S. state or territory. Please check it, or choose your state');
    expect(text(q(el, '.answer'))).not.to.match(/can help|does not belong/);
  });
});
