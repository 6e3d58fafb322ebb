import { expect } from '@open-wc/testing';
import { geoAlbersUsa } from 'd3-geo';
import { lookupZip } from '../src/office-locator/zip.js';
import { distanceKm, nearest, projectToMap } from '../src/office-locator/geo.js';
import { stateAt, stateAtPoint } from '../src/office-locator/point-in-state.js';
import { byOffice, byPoint, byState, byZip } from '../src/office-locator/selection.js';
import { SHAPES, INSETS } from '../src/generated/map-geometry.js';
import { pinPosition, regionZoom, stateBox } from '../src/office-locator/map-model.js';
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

});

describe('the state of a position, from the bundled geometry', () => {
  const places: [string, number, number, string | undefined][] = [
    ['Houston', 29.76, -95.37, 'TX'], ['the White House', 38.8977, -77.0365, 'DC'], ['Bethesda', 38.98, -77.1, 'MD'],
    ['Arlington', 38.88, -77.1, 'VA'], ['Providence', 41.82, -71.41, 'RI'], ['Boston', 42.36, -71.06, 'MA'],
    ['Miami', 25.76, -80.19, 'FL'], ['Seattle', 47.61, -122.33, 'WA'], ['Anchorage', 61.2, -149.9, 'AK'],
    ['Honolulu', 21.31, -157.86, 'HI'], ['San Juan', 18.45, -66.1, 'PR'], ['Hagåtña', 13.48, 144.75, 'GU'],
    ['Pago Pago', -14.28, -170.7, 'AS'], ['Charlotte Amalie', 18.34, -64.93, 'VI'], ['Saipan', 15.18, 145.75, 'MP'],
    ['Paris', 48.86, 2.35, undefined], ['the Gulf of Mexico', 26, -90, undefined], ['Toronto', 43.65, -79.38, undefined],
  ];
  for (const [name, lat, lon, code] of places) it(`${name} → ${code ?? 'nowhere CRS serves'}`, () => expect(stateAt(lon, lat)).to.equal(code));

  // Across a land border the map's simplified shapes are kilometres off: a town on the other side is abroad.
  const borderTowns: [string, number, number, string | undefined][] = [
    ['Tijuana', 32.51, -117.04, undefined], ['San Ysidro', 32.555, -117.04, 'CA'], ['Mexicali', 32.62, -115.45, undefined],
    ['Calexico', 32.68, -115.5, 'CA'], ['Nogales, Sonora', 31.3, -110.94, undefined], ['Nogales, Arizona', 31.34, -110.94, 'AZ'],
    ['Ciudad Juárez', 31.69, -106.42, undefined], ['El Paso', 31.7587, -106.4869, 'TX'], ['Nuevo Laredo', 27.48, -99.52, undefined],
    ['Laredo', 27.53, -99.49, 'TX'], ['Matamoros', 25.87, -97.5, undefined], ['Brownsville', 25.9, -97.49, 'TX'],
    ['Tsawwassen', 49.01, -123.08, undefined], ['Point Roberts', 48.985, -123.06, 'WA'], ['Blaine', 48.99, -122.75, 'WA'],
    ['Stanstead', 45.015, -72.1, undefined], ['Derby Line', 45.005, -72.1, 'VT'], ['St. Stephen', 45.19, -67.28, undefined],
    ['Calais', 45.18, -67.28, 'ME'],
    // Across the Great Lakes' rivers and lakes: the U.S. shore and its islands stay in their state.
    ['Windsor', 42.3, -83.03, undefined], ['Windsor, riverfront', 42.317, -83.036, undefined], ['Detroit, Hart Plaza', 42.328, -83.046, 'MI'],
    ['Detroit, Renaissance Center', 42.3293, -83.0398, 'MI'], ['Belle Isle', 42.34, -82.98, 'MI'], ['Grosse Ile', 42.13, -83.15, 'MI'],
    ['Sarnia', 42.97, -82.4, undefined], ['Port Huron', 42.98, -82.43, 'MI'], ['Sault Ste. Marie, Ontario', 46.52, -84.33, undefined],
    ['Sault Ste. Marie, Michigan', 46.49, -84.35, 'MI'], ['Fort Erie', 42.9, -78.93, undefined], ['Buffalo', 42.89, -78.88, 'NY'],
    ['Niagara Falls, Ontario', 43.09, -79.08, undefined], ['Niagara Falls, New York', 43.09, -79.05, 'NY'], ['Queenston', 43.16, -79.05, undefined],
    ['Lewiston', 43.17, -79.04, 'NY'], ['Prescott', 44.71, -75.52, undefined], ['Ogdensburg', 44.7, -75.49, 'NY'],
    ['Fort Frances', 48.61, -93.4, undefined], ['International Falls', 48.6, -93.41, 'MN'], ['Pelee Island', 41.77, -82.65, undefined],
    ['Put-in-Bay', 41.65, -82.82, 'OH'], ['Chicago, Navy Pier', 41.8917, -87.6, 'IL'], ['Cleveland, lakefront', 41.5, -81.69, 'OH'],
  ];
  for (const [name, lat, lon, code] of borderTowns) it(`${name} → ${code ?? 'abroad'}`, () => expect(stateAt(lon, lat)).to.equal(code));
});

describe('selection logic: facts and reasons, no text', () => {
  it('answers a ZIP with its state and the reason', () => {
    expect(byZip(defaultDataset, lookupZip('77002'))).to.deep.equal({
      officeId: 'southwest', regionId: 'southwest', state: 'TX', via: 'zip', reason: { kind: 'zip-state', zip: '77002', state: 'TX' },
    });
    expect(byZip(defaultDataset, lookupZip('09001'))).to.deep.equal({
      officeId: 'hq', regionId: null, state: null, via: 'zip', reason: { kind: 'zip-military', zip: '09001' },
    });
    expect(byZip(defaultDataset, lookupZip('0000'))).to.equal(undefined);
  });

  it('answers a position with the state and the distance to the office that serves it, never another office', () => {
    const s = byPoint(defaultDataset, 29.79, -95.4)!;
    expect(s).to.include({ officeId: 'southwest', state: 'TX', via: 'geolocation' });
    expect(s.reason).to.deep.include({ kind: 'located', state: 'TX' });
    // Houston to Dallas, not to the Houston field office next door.
    expect(s.reason.kind === 'located' && Math.round(s.reason.km / 10)).to.be.within(35, 37);
    expect(byPoint(defaultDataset, 48.86, 2.35)!.reason.kind).to.equal('outside');
  });

  it('gives one office per place: Guam, San Juan, El Paso and Washington each their own region’s, Tijuana none', () => {
    const office = (lat: number, lon: number) => byPoint(defaultDataset, lat, lon)!;
    expect(office(13.48, 144.75)).to.deep.include({ officeId: 'west', state: 'GU' });
    expect(office(18.45, -66.1)).to.deep.include({ officeId: 'northeast', state: 'PR' });
    expect(office(31.7587, -106.4869)).to.deep.include({ officeId: 'southwest', state: 'TX' });
    expect(office(38.8977, -77.0365)).to.deep.include({ officeId: 'mid-atlantic', state: 'DC' });
    expect(office(32.51, -117.04)).to.deep.include({ officeId: 'hq', state: null, reason: { kind: 'outside' } });
  });

  it('keeps a state with an office only when the office’s region serves it, and knows no office called “constructor”', () => {
    expect(byOffice(defaultDataset, 'houston', 'attribute', 'TX')).to.include({ officeId: 'houston', state: 'TX' });
    expect(byOffice(defaultDataset, 'houston', 'attribute', 'NY')).to.include({ officeId: 'houston', state: null });
    expect(byOffice(defaultDataset, 'constructor', 'attribute')).to.equal(undefined);
    expect(byState(defaultDataset, 'ZZ', 'map')).to.equal(undefined);
  });
});

describe('region zoom', () => {
  it('frames a region and makes even Rhode Island 44 px wide on a 288 px map', () => {
    const ri = stateBox('RI')!;
    const zoom = regionZoom(defaultDataset.regions.find((r) => r.id === 'new-england')!.states, 'RI', 288)!;
    expect((ri[2] * zoom.k * 288) / 975).to.be.at.least(44);
    expect(regionZoom(['TX', 'OK', 'NM', 'AR', 'LA'], null, 600)!.k).to.be.greaterThan(2);
  });
});
