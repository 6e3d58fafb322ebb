import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/contact-card/define.js';
import '../src/services-list/define.js';
import '../src/office-locator/define.js';
import type { CrsContactCard } from '../src/contact-card/contact-card.js';
import { defaultDataset } from '../src/core/data/dataset.js';
import { setLocale } from '../src/core/i18n/locale.js';
import { savedVCard, shadow, text } from './harness.js';
import '../src/locales/all.js';

const q = (el: Element, selector: string) => shadow(el).querySelector<HTMLElement>(selector);
const qa = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const card = (office: string) => fixture<CrsContactCard>(html`<crs-contact-card office=${office}></crs-contact-card>`);
const INFERRED = 'inferred: no source confirms this';
const PARTNER = '/tests/fixtures/partner-data.json';

describe('provenance on screen', () => {
  afterEach(() => setLocale(null));

  for (const office of defaultDataset.offices) {
    it(`"${office.id}": every fact the card shows has a dated source in the data`, async () => {
      const el = await card(office.id);
      const shown = text(q(el, '.base'));
      const facts = [
        ['street', office.street, office.provenance.street],
        ['phone', office.phone, office.provenance.phone],
        ['email', office.email, office.provenance.email],
      ] as const;
      for (const [what, value, provenance] of facts) {
        if (!value || !shown.includes(value)) continue;
        expect(provenance?.confidence, `${office.id} ${what}`).to.equal('confirmed');
        expect(provenance?.source?.date, `${office.id} ${what}`).to.match(/^\d{4}/);
      }
      // The office's place is the brochure's; the source line dates what the data holds.
      expect(office.provenance.location.source?.date).to.match(/^\d{4}/);
      expect(text(q(el, '[part="source"]'))).to.equal(
        'Compiled by CRS Widgets, not by CRS, from sources of 2003 and about 2016–2020. Current information from CRS: www.justice.gov/crs (opens in a new tab).',
      );
      expect(q(el, '[part="source"] a')!.getAttribute('href')).to.equal('https://www.justice.gov/crs');
    });
  }

  it('marks the inferred X handle in plain words, and nothing that a source confirms', async () => {
    const el = await card('hq');
    const items = qa(el, '.social li');
    // The link names the handle it leads to; the mark says what was inferred, in plain words.
    expect(text(items.find((li) => text(li).startsWith('X'))!)).to.equal('X (Twitter): @DOJ_CRS (opens in a new tab) (inferred: the brochure prints @DOJ_CRIS)');
    expect(text(items.find((li) => text(li).startsWith('Facebook'))!)).not.to.include('inferred');
    expect(text(q(el, '.place'))).not.to.include('inferred');
  });

  it('marks an inferred office location from partner data, with the state written out', async () => {
    const el = await fixture<CrsContactCard>(html`<crs-contact-card office="west" data-src=${PARTNER}></crs-contact-card>`);
    await waitUntil(() => text(q(el, '[part="title"]')).includes('Partner West'), 'partner data not shown');
    expect(text(q(el, '.place'))).to.equal(`Denver, Colorado (${INFERRED})`);
  });

  it('writes partner places the way it writes bundled ones', async () => {
    const el = await fixture<CrsContactCard>(html`<crs-contact-card office="east" data-src=${PARTNER}></crs-contact-card>`);
    await waitUntil(() => text(q(el, '[part="title"]')).includes('Partner East'), 'partner data not shown');
    expect(text(q(el, '.place'))).to.equal('Philadelphia, Pennsylvania');
  });

  it('says in the saved contact of a routed office that the number is headquarters’', async () => {
    const vcf = await savedVCard(await card('miami'));
    expect(vcf).to.include('FN:Miami Field Office').and.include('TEL;VALUE=uri;TYPE="work,voice":tel:+12023052935');
    expect(vcf.replace(/\r\n /g, '')).to.match(/NOTE:.*The phone number is the one listed for CRS headquarters/);
    // An office with its own confirmed number gets no such note.
    expect((await savedVCard(await card('houston'))).replace(/\r\n /g, '')).not.to.include('listed for CRS headquarters');
  });

  it('never promises that headquarters will transfer the call', async () => {
    const el = await card('miami');
    const note = text(q(el, '.note'));
    expect(note).to.include('the number listed for CRS headquarters is given');
    expect(note).not.to.match(/connect you/i);
  });

  it('credits partner data to the partner in every element, never “as published by CRS”', async () => {
    const els = [
      await fixture<LitElement>(html`<crs-contact-card office="east" data-src=${PARTNER}></crs-contact-card>`),
      await fixture<LitElement>(html`<crs-services-list data-src=${PARTNER}></crs-services-list>`),
      await fixture<LitElement>(html`<crs-office-locator state="PA" data-src=${PARTNER}></crs-office-locator>`),
    ];
    await waitUntil(() => text(q(els[0], '[part="title"]')).includes('Partner East'), 'partner data not shown');
    const locatorCard = () => q(els[2], 'crs-contact-card');
    await waitUntil(() => locatorCard() && text(q(locatorCard()!, '[part="title"]')).includes('Partner East'), 'locator not on partner data');
    expect(text(q(els[0], '[part="source"]'))).to.include('Compiled by Example Partner Coalition, not by CRS, from sources of 2003–2025');
    for (const el of [...els, locatorCard()!]) {
      expect(text(q(el, '.base')), el.localName).not.to.match(/published by CRS|Regions follow where you live/i);
    }
  });

  it('writes the source line in Simplified Chinese', async () => {
    const el = await card('hq');
    await setLocale('zh-Hans');
    await waitUntil(() => q(el, '.base')!.lang === 'zh-Hans');
    expect(text(q(el, '[part="source"]'))).to.equal(
      // No space after full-width punctuation; our translation says so, as every widget does in zh-Hans.
      '由 CRS Widgets（而非 CRS）根据以下年份的资料来源整理：2003 年及约 2016–2020 年。CRS 最新信息：www.justice.gov/crs （在新标签页中打开）。本译文由本小组件的制作者编写，并非出自 CRS。',
    );
  });
});
