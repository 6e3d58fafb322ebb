import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { displayUrl, mailtoHref, safeHref, telHref } from '../src/core/safety/links.js';
import { sourceLine } from '../src/core/status/source-line.js';
import { defaultDataset } from '../src/core/data/dataset.js';
import { buildVCard, escapeText, foldLine } from '../src/contact-card/vcard.js';

describe('safe links', () => {
  it('emits only https, mailto and tel URLs', () => {
    expect(safeHref('https://www.justice.gov/crs')).to.equal('https://www.justice.gov/crs');
    expect(safeHref('mailto:askcrs@usdoj.gov')).to.equal('mailto:askcrs@usdoj.gov');
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref('JaVaScRiPt:alert(1)')).to.equal(undefined);
    expect(safeHref('http://example.com')).to.equal(undefined);
    expect(safeHref('data:text/html,<b>x</b>')).to.equal(undefined);
    expect(safeHref('not a url')).to.equal(undefined);
  });

  it('writes US phone numbers as E.164 tel: URIs', () => {
    expect(telHref('202-305-2935')).to.equal('tel:+12023052935');
    expect(telHref('(713) 718-4861')).to.equal('tel:+17137184861');
    expect(telHref('+44 20 7946 0000')).to.equal('tel:+442079460000');
    expect(telHref('call us')).to.equal(undefined);
  });

  it('refuses email addresses that could smuggle a scheme or markup', () => {
    expect(mailtoHref('askcrs@usdoj.gov')).to.equal('mailto:askcrs@usdoj.gov');
    expect(mailtoHref('javascript:x@y.com')).to.equal(undefined);
    expect(mailtoHref('<b>@x.com')).to.equal(undefined);
  });

  it('refuses a link whose text hides a character the URL parser would drop or a reader would not see', () => {
    expect(safeHref('https://www.justice.gov/crs\u200f')).to.equal(undefined);
    expect(safeHref('https://www.justice.gov/\tcrs')).to.equal(undefined);
    expect(safeHref('https://www.justice.gov/\u200bcrs')).to.equal(undefined);
  });

  it('isolates the publisher name in the source line, like every other data field', () => {
    const host = document.createElement('p');
    render(sourceLine({ ...defaultDataset, publisher: { name: 'مركز ريفرسايد' } }, 'en'), host);
    expect(host.textContent).to.include('Compiled by \u2068مركز ريفرسايد\u2069, not by CRS, from sources of');
  });

  it('shows URLs the way people write them', () => {
    expect(displayUrl('https://www.justice.gov/crs/')).to.equal('www.justice.gov/crs');
  });
});

describe('vCard 4.0', () => {
  const card = buildVCard({
    name: 'Houston Field Office',
    organization: ['U.S. Department of Justice', 'Community Relations Service'],
    street: '515 Rusk Avenue, Suite 12605',
    city: 'Houston',
    region: 'TX',
    postalCode: '77002',
    phone: 'tel:+17137184861',
    email: 'askcrs@usdoj.gov',
    url: 'https://www.justice.gov/crs',
  });

  it('is a version 4.0 card with CRLF line ends', () => {
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).to.be.true;
    expect(card.endsWith('END:VCARD\r\n')).to.be.true;
    expect(card.replace(/\r\n/g, '')).not.to.include('\n');
  });

  it('carries the name, organisation, address, phone, email and website', () => {
    expect(card).to.include('FN:Houston Field Office\r\n');
    expect(card).to.include('ORG:U.S. Department of Justice;Community Relations Service\r\n');
    expect(card).to.include('ADR;TYPE=work:;;515 Rusk Avenue\\, Suite 12605;Houston;TX;77002;USA\r\n');
    expect(card).to.include('TEL;VALUE=uri;TYPE="work,voice":tel:+17137184861\r\n');
    expect(card).to.include('EMAIL;TYPE=work:askcrs@usdoj.gov\r\n');
    expect(card).to.include('URL:https://www.justice.gov/crs\r\n');
  });

  it('escapes separators and folds long lines without splitting characters', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const long = `NOTE:${'社区关系服务'.repeat(10)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(long);
  });
});
