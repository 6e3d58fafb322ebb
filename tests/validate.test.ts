import { expect } from '@open-wc/testing';
import { defaultDataset } from '../src/core/data/dataset.js';
import { validateDataset } from '../src/core/data/validate.js';
import { dataUrl } from '../src/core/data/load.js';
import { STATE_CODES } from '../src/core/data/states.js';

type Data = ReturnType<typeof JSON.parse>;
const clone = () => JSON.parse(JSON.stringify(defaultDataset));
const errorOf = (data: unknown) => {
  const result = validateDataset(data);
  return result.ok ? undefined : result.error;
};

describe('the bundled dataset', () => {
  it('is valid', () => {
    expect(validateDataset(defaultDataset).ok).to.be.true;
  });

  it('puts each of the 56 states and territories in exactly one region', () => {
    const codes = defaultDataset.regions.flatMap((r) => r.states);
    expect(codes).to.have.length(56);
    expect(new Set(codes)).to.have.property('size', 56);
    expect([...codes].sort()).to.deep.equal([...STATE_CODES].sort());
  });

  it('gives every office a kind, a confidence and a dated source', () => {
    expect(defaultDataset.offices).to.have.length(15);
    expect(defaultDataset.offices.filter((o) => o.kind === 'regional')).to.have.length(10);
    expect(defaultDataset.offices.filter((o) => o.kind === 'field').map((o) => o.id)).to.deep.equal([
      'miami', 'detroit', 'houston', 'san-francisco',
    ]);
    for (const office of defaultDataset.offices) {
      expect(office.source.date, office.id).to.match(/^\d{4}/);
      expect(office.source.url ?? office.source.title, office.id).to.be.a('string');
    }
  });
});

describe('dataset validation names the bad field', () => {
  const cases: [string, (d: Data) => void, string, string][] = [
    ['a phone of the wrong type', (d) => (d.offices[3].phone = 2125550100), 'offices[3].phone', 'type'],
    ['a missing city', (d) => delete d.offices[1].city, 'offices[1].city', 'missing'],
    ['an unknown kind', (d) => (d.offices[2].kind = 'embassy'), 'offices[2].kind', 'format'],
    ['an office in an unknown region', (d) => (d.offices[4].region = 'atlantis'), 'offices[4].region', 'reference'],
    ['a javascript: website', (d) => (d.contact.website = 'javascript:alert(1)'), 'contact.website', 'format'],
    ['a state served twice', (d) => d.regions[0].states.push('TX'), 'regions[5].states[4]', 'duplicate'],
    ['a state served by nobody', (d) => d.regions[1].states.pop(), 'regions (VI)', 'coverage'],
    ['a duplicate office id', (d) => (d.offices[14].id = 'hq'), 'offices[14].id', 'duplicate'],
    ['an out-of-range latitude', (d) => (d.offices[0].lat = 123), 'offices[0].lat', 'format'],
    ['a wrong schema version', (d) => (d.schemaVersion = 2), 'schemaVersion', 'format'],
  ];
  for (const [what, mutate, path, reason] of cases) {
    it(`rejects ${what}`, () => {
      const data = clone();
      mutate(data);
      expect(errorOf(data)).to.deep.equal({ path, reason });
    });
  }

  it('rejects values that are not datasets at all', () => {
    for (const value of [null, 42, 'text', [], {}]) expect(errorOf(value)).to.not.equal(undefined);
  });

  it('refuses data-src URLs that are not http(s)', () => {
    expect(dataUrl('javascript:alert(1)', location.href)).to.equal(undefined);
    expect(dataUrl('data:application/json,{}', location.href)).to.equal(undefined);
    expect(dataUrl('/data.json', 'https://partner.example/page')?.href).to.equal('https://partner.example/data.json');
  });
});
