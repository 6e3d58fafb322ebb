import { expect } from '@open-wc/testing';
import '../src/contact-card/define.js';
import type { CrsContactCard } from '../src/contact-card/contact-card.js';
import { defaultDataset } from '../src/core/data/dataset.js';
import type { Dataset } from '../src/core/data/types.js';
import { mailtoHref, normalisePhone, safeHref, telHref } from '../src/core/safety/links.js';
import { buildVCard, escapeText } from '../src/contact-card/vcard.js';
import { setLocale } from '../src/core/i18n/locale.js';
import { mount, serve, shadow } from './harness.js';
import '../src/locales/all.js';

// Issue 16 items 1 (vCard injection), 6 (link injection) and 8 (bidi spill), on the emission side:
// whatever the data holds, the card writes one vCard, bare mailto: links, E.164 tel: links, and no
// data field can reorder the text around it.

const ATTACK_URL = 'https://www.justice.gov/crs\r\nTEL:+15555550100\r\nURL:javascript:alert(1)\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:CRS Emergency Hotline\r\nTEL:+15555550199';

/** Reads a vCard the way parsers do: unfold, then split content lines on CRLF. */
function parseVCard(text: string): { lines: string[]; cards: number } {
  // A bare CR or LF outside the CRLF line ends is a line break to lenient parsers (ical.js, vcf).
  expect(text.replace(/\r\n/g, ''), 'bare CR or LF').not.to.match(/[\r\n]/);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  return { lines, cards: lines.filter((l) => l.toUpperCase() === 'BEGIN:VCARD').length };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] extends object ? Writable<T[K]> : T[K] };
type Mutable = { contact: Writable<Dataset['contact']>; offices: Writable<Dataset['offices'][number]>[] };

function withData(mutate: (data: Mutable) => void): Dataset {
  const data = structuredClone(defaultDataset) as Dataset;
  mutate(data as unknown as Mutable);
  return data;
}

/** A card given `data` the way a partner gives it, as its `data-src` file, once it has read it. */
async function cardWith(data: Dataset, office: string): Promise<CrsContactCard> {
  return mount<CrsContactCard>('crs-contact-card', { office, 'data-src': await serve(data), debug: '' });
}

/** The card refused the file: it says so (with `debug`) and shows the bundled data. */
const refused = (el: Element) => expect(Boolean(shadow(el).querySelector('[part="error"]')), 'the file was refused').to.be.true;

/** Clicks "Save contact" and returns the vCard text the page would download. */
async function savedVCard(el: CrsContactCard): Promise<string> {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), original.call(URL, blob));
  const stopDownload = (e: Event) => e.preventDefault();
  el.shadowRoot!.addEventListener('click', stopDownload, true);
  try {
    shadow(el).querySelector<HTMLButtonElement>('.actions button')!.click();
  } finally {
    URL.createObjectURL = original;
    el.shadowRoot!.removeEventListener('click', stopDownload, true);
  }
  expect(blobs).to.have.length(1);
  return blobs[0].text();
}

describe('vCard injection (issue 16 item 1)', () => {
  it('a file whose website, name and city carry CR/LF is refused: one card, only its own properties', async () => {
    const data = withData((d) => {
      d.contact.website = ATTACK_URL;
      const hq = d.offices.find((o) => o.id === 'hq')!;
      hq.name = 'CRS\rTEL:+15555550111';
      hq.city = 'Washington\rNOTE:injected';
    });
    const el = await cardWith(data, 'hq');
    refused(el);
    const { lines, cards } = parseVCard(await savedVCard(el));
    expect(cards).to.equal(1);
    const names = lines.map((l) => l.split(/[:;]/)[0].toUpperCase());
    expect(names.filter((n) => n === 'TEL')).to.have.length(1);
    expect(lines.find((l) => l.startsWith('TEL'))).to.equal('TEL;VALUE=uri;TYPE="work,voice":tel:+12023052935');
    // One NOTE, the card's own (CRS's status), holding nothing injected.
    expect(names.filter((n) => n === 'NOTE')).to.have.length(1);
    expect(lines.find((l) => l.startsWith('NOTE'))).not.to.include('injected');
    expect(lines.join('\n')).not.to.match(/javascript:/i);
    expect(lines.join('\n')).not.to.include('Emergency');
    // The injected name is nowhere (an escaped one is tested above, on buildVCard).
    expect(lines.join('\n')).not.to.include('+15555550111');
    // The website is not shown or linked in its raw form either.
    expect([...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.to.include(ATTACK_URL);
  });

  it('escapes every text value, including a lone CR, and writes only normalised URLs', () => {
    expect(escapeText('a\rb\nc\r\nd\u2028e')).to.equal('a\\nb\\nc\\nd\\ne');
    expect(escapeText('bell\u0007,semi;back\\')).to.equal('bell\\,semi\\;back\\\\');
    expect(safeHref(ATTACK_URL)).to.equal(undefined);
    expect(safeHref('https://www.justice.gov/crs\t')).to.equal(undefined);
    const card = buildVCard({ name: 'X', organization: ['O'], url: 'https://www.JUSTICE.gov/crs' });
    expect(parseVCard(card).lines).to.include('URL:https://www.justice.gov/crs');
    expect(buildVCard({ name: 'X', organization: ['O'], url: 'javascript:alert(1)' })).not.to.include('URL');
  });

  it('folds every physical line to 75 octets (RFC 6350 §3.2) and unfolds to the same values', () => {
    const name = `${'社区关系服务'.repeat(12)} ${'x'.repeat(90)}`;
    const url = `https://www.justice.gov/crs/${'a'.repeat(150)}`;
    const card = buildVCard({ name, organization: ['U.S. Department of Justice', 'Community Relations Service'], url, note: 'é'.repeat(80) });
    for (const line of card.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    const { lines } = parseVCard(card);
    expect(lines).to.include(`FN:${name}`).and.include(`URL:${url}`);
  });
});

describe('link injection (issue 16 item 6)', () => {
  it('links an email address only as a bare address', async () => {
    expect(mailtoHref('askcrs@usdoj.gov')).to.equal('mailto:askcrs@usdoj.gov');
    for (const bad of ['askcrs@usdoj.gov?bcc=spy%40evil.example&subject=hi', 'askcrs@usdoj.gov%0Abcc:spy@evil.example', 'a@b.gov&cc=x@y.gov', 'a b@usdoj.gov', 'a@usdoj.gov/x', 'a@@usdoj.gov', '.a@usdoj.gov']) {
      expect(mailtoHref(bad), bad).to.equal(undefined);
    }
    const el = await cardWith(withData((d) => {
      // Headquarters' email lives on the hq office (one headquarters contact).
      d.offices.find((o) => o.id === 'hq')!.email = 'askcrs@usdoj.gov?bcc=spy%40evil.example&subject=x';
    }), 'hq');
    refused(el);
    const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => h.startsWith('mailto:'))).to.deep.equal(['mailto:askcrs@usdoj.gov']);
    expect(await savedVCard(el)).not.to.include('spy');
  });

  it('normalises phone numbers to E.164 once, for the tel: link and the vCard alike', async () => {
    const cases: [string, string | undefined][] = [
      ['202-305-2935', '+12023052935'],
      ['(713) 718-4861', '+17137184861'],
      ['1 202 305 2935', '+12023052935'],
      ['+44 20 7946 0000', '+442079460000'],
      ['011 44 20 7946 0000', '+442079460000'],
      ['305-2935', undefined],
      ['123-456-7890', undefined],
      ['+0 123 456 789', undefined],
      ['202-305-2935;ext=1', undefined],
      ['202-305-2935\r\nTEL:+1', undefined],
      ['call us', undefined],
    ];
    for (const [input, e164] of cases) {
      expect(normalisePhone(input), input).to.equal(e164);
      expect(telHref(input), input).to.equal(e164 && `tel:${e164}`);
      const card = buildVCard({ name: 'X', organization: ['O'], phone: input });
      if (e164) expect(card, input).to.include(`TEL;VALUE=uri;TYPE="work,voice":tel:${e164}\r\n`);
      else expect(card, input).not.to.include('TEL');
    }
    // A number the card could not dial is refused with its file, not shown without a link.
    const el = await cardWith(withData((d) => (d.offices.find((o) => o.id === 'hq')!.phone = '305-2935')), 'hq');
    refused(el);
    const hrefs = [...shadow(el).querySelectorAll('.methods a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => h.startsWith('tel:'))).to.deep.equal(['tel:+12023052935']);
  });
});

describe('bidi spill (issue 16 item 8)', () => {
  afterEach(() => setLocale(null));

  for (const locale of ['en', 'ar'] as const) {
    it(`keeps "Hous\\u202Eton" from reordering the rest of the address (${locale})`, async () => {
      await setLocale(locale);
      // A file with an override in the city is refused; the address shown has each field isolated.
      const el = await cardWith(withData((d) => (d.offices.find((o) => o.id === 'northeast')!.city = 'Hous\u202Eton')), 'northeast');
      refused(el);
      const address = shadow(el).querySelector('address')!;
      // No bidi control reaches the page, and each field is isolated.
      expect(address.textContent).not.to.match(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
      const zip = [...address.querySelectorAll('bdi')].find((b) => b.textContent === '10278')!;
      expect(Boolean(zip), 'the ZIP is its own isolated field').to.be.true;
      // Visual order: the first "1" is drawn left of the final "8" (reversed, "10278" reads "87201").
      const digits = [...zip.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
      const range = document.createRange();
      range.setStart(digits, 0);
      range.setEnd(digits, 1);
      const first = range.getBoundingClientRect();
      range.setStart(digits, 4);
      range.setEnd(digits, 5);
      const last = range.getBoundingClientRect();
      expect(first.left).to.be.lessThan(last.left);
      // City and name are isolated too.
      expect(address.textContent!.replace(/\s+/g, ' ')).to.include('New York, NY 10278');
    });
  }
});
