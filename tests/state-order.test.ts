// The state menu's order per language is collated at build time (scripts/build/collation.mjs);
// these tests hold it to what the browser's own collation of the shown names gives.
import { expect } from '@open-wc/testing';
import '../src/locales/all.js';
import { LOCALES, withLocale } from '../src/core/i18n/locale.js';
import { stateName } from '../src/core/data/place-names.js';
import { defaultDataset } from '../src/core/data/dataset.js';
import { statesByName } from '../src/office-locator/panels.js';
import type { Dataset } from '../src/core/data/types.js';

const collated = (codes: string[], locale: string): string[] => {
  const collator = new Intl.Collator(locale);
  return [...codes].sort((a, b) => collator.compare(stateName(a), stateName(b)));
};

describe('the state menu’s alphabetical order', () => {
  for (const locale of LOCALES) {
    it(`lists the 56 bundled states as this browser collates their ${locale} names`, () => {
      withLocale(locale, () => {
        const names = statesByName(defaultDataset, locale).map(stateName);
        const all = defaultDataset.regions.flatMap((r) => r.states);
        expect(names).to.have.length(56);
        expect(names).to.deep.equal(collated(all, locale).map(stateName));
      });
    });
  }

  it('collates at run time when partner data serves other states', () => {
    const partner: Dataset = { ...defaultDataset, regions: defaultDataset.regions.map((r, i) => (i === 0 ? { ...r, states: r.states.slice(1) } : r)) };
    const codes = partner.regions.flatMap((r) => r.states);
    withLocale('es', () => {
      const order = statesByName(partner, 'es');
      expect(order).to.have.length(55);
      expect(order).to.deep.equal(collated(codes, 'es'));
    });
  });
});
