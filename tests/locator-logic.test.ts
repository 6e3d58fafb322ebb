import { expect } from '@open-wc/testing';
import { geoAlbersUsa } from 'd3-geo';
import { lookupZip } from '../src/office-locator/zip.js';
import { distanceKm, nearest, projectToMap } from '../src/office-locator/geo.js';
import { neighbourInDirection } from '../src/office-locator/navigation.js';
import { stateAtPoint } from '../src/office-locator/point-in-state.js';
import { SHAPES, INSETS } from '../src/generated/map-geometry.js';
import { pinPosition } from '../src/office-locator/map-model.js';
import { defaultDataset } from '../src/core/data/dataset.js';

describe('ZIP → state', () => {
  const cases: [string, string][] = [
    ['00901', 'PR'], ['00802', 'VI'], ['96910', 'GU'], ['96950', 'MP'], ['96799', 'AS'], ['00501', 'NY'],
    ['02110', 'MA'], ['10278', 'NY'], ['19106', 'PA'], ['30303', 'GA'], ['60604', 'IL'], ['75201', 'TX'],
    ['64106', 'MO'], ['80202', 'CO'], ['90017', 'CA'], ['98174', 'WA'], ['20530', 'DC'], ['99501', 'AK'], ['96813', 'HI'],
  ];
  for (const [zip, state] of cases) {
    it(`${zip} is in ${state}`, () => expect(lookupZip(zip)).to.deep.equal({ kind: 'state', zip, state }));
  }
  it('accepts spaces and ZIP+4', () => {
    expect(lookupZip(' 77002 ')).to.deep.equal({ kind: 'state', zip: '77002', state: 'TX' });
    expect(lookupZip('77002-1234')).to.deep.equal({ kind: 'state', zip: '77002', state: 'TX' });
  });
  it('knows military ZIP codes have no state', () => {
    for (const zip of ['09001', '34001', '96201']) expect(lookupZip(zip).kind).to.equal('military');
  });
  it('reports unassigned prefixes and malformed input', () => {
    expect(lookupZip('00000').kind).to.equal('unassigned');
    expect(lookupZip('96941').kind).to.equal('unassigned'); // Micronesia: not a CRS state
    for (const bad of ['', '1234', '123456', 'abcde', '7700 2', '<b>']) expect(lookupZip(bad).kind, bad).to.equal('invalid');
  });
});

describe('map geometry and projection', () => {
  it('draws all 56 states and territories, each territory in its own inset of at least 24 px at 320 px wide', () => {
    expect(Object.keys(SHAPES)).to.have.length(56);
    const scale = 320 / 975;
    for (const code of ['PR', 'VI', 'GU', 'MP', 'AS']) {
      const [, , w, h] = INSETS[code];
      expect(w * scale, code).to.be.at.least(24);
      expect(h * scale, code).to.be.at.least(24);
      expect(SHAPES[code].d.length, code).to.be.greaterThan(20);
    }
  });

  it('projects like d3’s geoAlbersUsa, without d3', () => {
    const d3 = geoAlbersUsa();
    for (const [lon, lat] of [[-95.37, 29.76], [-122.42, 37.77], [-71.06, 42.36], [-149.9, 61.2], [-157.86, 21.31], [-80.19, 25.76]]) {
      const ours = projectToMap(lon, lat)!;
      const theirs = d3([lon, lat])!;
      expect(Math.hypot(ours[0] - theirs[0], ours[1] - theirs[1])).to.be.lessThan(0.01);
    }
    expect(projectToMap(2.35, 48.86)).to.equal(undefined); // Paris
  });

  it('places San Juan inside the Puerto Rico inset', () => {
    const [x, y] = projectToMap(-66.1, 18.45)!;
    const [ix, iy, w, h] = INSETS.PR;
    expect(x).to.be.within(ix, ix + w);
    expect(y).to.be.within(iy, iy + h);
  });

  it('places every bundled office’s pin inside its state', () => {
    for (const office of defaultDataset.offices) {
      const [x, y] = pinPosition(office)!;
      expect(stateAtPoint(x, y), office.id).to.equal(office.state);
    }
  });

  it('measures distances on the globe', () => {
    expect(distanceKm(29.76, -95.37, 32.78, -96.8)).to.be.within(355, 365); // Houston–Dallas
    const near = nearest(29.7, -95.4, defaultDataset.offices)!;
    expect(near.place.id).to.equal('houston');
  });

  it('moves between geographic neighbours with the arrow keys', () => {
    expect(neighbourInDirection('TX', 'ArrowUp')).to.equal('OK');
    expect(neighbourInDirection('CA', 'ArrowRight')).to.equal('UT');
    expect(neighbourInDirection('ME', 'ArrowRight')).to.equal(undefined);
  });
});
