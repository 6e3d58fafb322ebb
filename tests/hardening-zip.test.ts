import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/office-locator/define.js';
import type { CrsOfficeLocator } from '../src/office-locator/office-locator.js';
import { lookupZip } from '../src/office-locator/zip.js';
import { ZIP_EXCEPTIONS, ZIP_PREFIX_OVERRIDES } from '../src/generated/zip-table.js';

// Issue 16 item 10: ZIP codes typed in Arabic-Indic or Persian digits (٧٧٠٠٢, ۷۷۰۰۲), full-width
// digits, with odd spaces or ZIP+4 after a space; and the prefixes zip-state files wrongly.

describe('ZIP input in any digits (issue 16 item 10)', () => {
  const houston: [string, string][] = [
    ['Arabic-Indic digits', '٧٧٠٠٢'],
    ['Persian digits', '۷۷۰۰۲'],
    ['full-width digits', '７７００２'],
    ['no-break spaces around', '\u00a077002\u00a0'],
    ['ZIP+4 with a hyphen', '77002-1234'],
    ['ZIP+4 with a space', '77002 1234'],
    ['ZIP+4 with an en dash', '77002–1234'],
    ['ZIP+4 in Arabic-Indic digits', '٧٧٠٠٢-١٢٣٤'],
    ['ZIP+4 without separator', '770021234'],
  ];
  for (const [what, input] of houston) {
    it(`reads ${what} (${JSON.stringify(input)}) as 77002, Texas`, () => {
      expect(lookupZip(input)).to.deep.equal({ kind: 'state', zip: '77002', state: 'TX' });
    });
  }

  for (const bad of ['7700', '770022', '77002-12', '77 002', 'abcde', '77002-1234-5', '٧٧٠٠']) {
    it(`refuses ${JSON.stringify(bad)}`, () => expect(lookupZip(bad)).to.deep.equal({ kind: 'invalid' }));
  }

  it('the locator finds Texas from a ZIP typed in Arabic-Indic digits', async () => {
    const el = await fixture<CrsOfficeLocator>(html`<crs-office-locator></crs-office-locator>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#zip')!;
    input.value = '٧٧٠٠٢';
    const selected = oneEvent(el, 'crs-office-select');
    el.shadowRoot!.querySelector<HTMLButtonElement>('form.zip button')!.click();
    expect((await selected).detail).to.include({ state: 'TX', via: 'zip' });
  });
});

describe('ZIP prefixes zip-state gets wrong (issue 16 item 10)', () => {
  it('names its overrides: 205 → DC', () => {
    expect(ZIP_PREFIX_OVERRIDES).to.deep.equal({ 205: 'DC' });
  });

  it('every 205xx code is Washington, DC, except the five-digit exceptions zip-state lists', () => {
    for (let i = 0; i < 100; i++) {
      const zip = `205${String(i).padStart(2, '0')}`;
      const expected = ZIP_EXCEPTIONS[zip] ?? 'DC';
      expect(lookupZip(zip), zip).to.deep.equal({ kind: 'state', zip, state: expected });
    }
    // 20599 was Maryland before the override; 20530 (the Department of Justice) is DC.
    expect(lookupZip('20599')).to.deep.equal({ kind: 'state', zip: '20599', state: 'DC' });
    expect(lookupZip('20530')).to.deep.equal({ kind: 'state', zip: '20530', state: 'DC' });
  });
});
