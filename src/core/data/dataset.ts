/**
 * The bundled default dataset: the CRS organisation of 2016–2020 as the brochure describes it
 * (10 regional and 4 field offices). Each fact carries its own confidence and source, as listed in
 * docs/facts.md; `scripts/check/data.mjs` validates this module at build time and
 * `scripts/build/starter.mjs` ships it as `data/crs.json`. Coordinates are approximate city centres,
 * for map pins only.
 */
import type { Dataset, Office, Provenance, Source } from './types.js';
import { BUNDLED_STATUS, OFFICE_CLOSED } from './status.js';

// The brochure is undated; it describes the organisation CRS had from 2016 to 2020.
const BROCHURE: Source = { title: 'CRS brochure “Working with LGBTQ communities to create safer and more peaceful communities”', date: '2016/2020' };
const FLYER_2003: Source = { url: 'https://www.justice.gov/archive/crs/pubs/pubflyermediation092003.htm', title: 'CRS mediation flyer', date: '2003-09' };
// The regional pages carry no date of their own; they describe the same 2016–2020 organisation (a span
// stands for "undated, of about that period", and the widgets say "about 2016–2020").
const page = (url: string): Source => ({ url, date: '2016/2020' });
const NORTHEAST = page('https://www.justice.gov/crs/about/northeastern-region');
const MIDWEST = page('https://justice.gov/crs/locations/midwest-region');
const SOUTHWEST = page('https://www.justice.gov/crs/about/southwestern-region');
const CENTRAL = page('https://www.justice.gov/crs/about/central-region');
const WESTERN = page('https://www.justice.gov/crs/about/western-region');
const NORTHWEST = page('https://www.usdoj.gov/crs/locations/west-region');

const confirmed = (source: Source): Provenance => ({ confidence: 'confirmed', source });
const old = (source: Source): Provenance => ({ confidence: 'old', source });
const inferred = (basis: string): Provenance => ({ confidence: 'inferred', source: { title: basis } });

/** Every office's city and state, and the one CRS email, are printed in the brochure. */
const IN_BROCHURE = { location: confirmed(BROCHURE), email: confirmed(BROCHURE) };
const EMAIL = 'askcrs@usdoj.gov';

const offices: Office[] = ([
  {
    id: 'hq', kind: 'headquarters', region: null,
    street: '600 E Street NW, Suite 6000', city: 'Washington', state: 'DC', zip: '20530', phone: '202-305-2935',
    email: EMAIL, lat: 38.91, lon: -77.04,
    provenance: { ...IN_BROCHURE, street: old(FLYER_2003), phone: confirmed(BROCHURE) },
  },
  {
    id: 'new-england', kind: 'regional', region: 'new-england',
    street: '408 Atlantic Avenue, Suite 222', city: 'Boston', state: 'MA', zip: '02110',
    email: EMAIL, lat: 42.36, lon: -71.06, provenance: { ...IN_BROCHURE, street: old(FLYER_2003) },
  },
  {
    id: 'northeast', kind: 'regional', region: 'northeast',
    street: '26 Federal Plaza, Suite 36-118', city: 'New York', state: 'NY', zip: '10278', phone: '212-264-0700',
    email: EMAIL, lat: 40.71, lon: -74.01,
    provenance: { ...IN_BROCHURE, street: confirmed(NORTHEAST), phone: confirmed(NORTHEAST) },
  },
  {
    id: 'mid-atlantic', kind: 'regional', region: 'mid-atlantic',
    street: '2nd and Chestnut Streets, Suite 208', city: 'Philadelphia', state: 'PA', zip: '19106',
    email: EMAIL, lat: 39.95, lon: -75.17, provenance: { ...IN_BROCHURE, street: old(FLYER_2003) },
  },
  {
    id: 'southeast', kind: 'regional', region: 'southeast', city: 'Atlanta', state: 'GA',
    email: EMAIL, lat: 33.75, lon: -84.39, provenance: IN_BROCHURE,
  },
  {
    id: 'midwest', kind: 'regional', region: 'midwest',
    street: '230 South Dearborn Street, Room 2130', city: 'Chicago', state: 'IL', zip: '60604', phone: '312-353-4391',
    email: EMAIL, lat: 41.88, lon: -87.63,
    provenance: { ...IN_BROCHURE, street: confirmed(MIDWEST), phone: confirmed(MIDWEST) },
  },
  {
    id: 'southwest', kind: 'regional', region: 'southwest',
    street: '1999 Bryan Street, Suite 2050', city: 'Dallas', state: 'TX', zip: '75201', phone: '214-655-8175',
    email: EMAIL, lat: 32.78, lon: -96.8,
    provenance: { ...IN_BROCHURE, street: confirmed(SOUTHWEST), phone: confirmed(SOUTHWEST) },
  },
  {
    // Two CRS pages disagree on the number (816-426-7434 on the regional page, 816-426-7440 on a later
    // one): conflicting sources are not confirmation, so the card routes to headquarters' number.
    id: 'central', kind: 'regional', region: 'central',
    street: '601 E. 12th Street, Suite 0802', city: 'Kansas City', state: 'MO', zip: '64106', phone: '816-426-7434',
    email: EMAIL, lat: 39.1, lon: -94.58,
    provenance: { ...IN_BROCHURE, street: confirmed(CENTRAL), phone: { confidence: 'conflicting', source: CENTRAL } },
  },
  {
    id: 'rocky-mountain', kind: 'regional', region: 'rocky-mountain', city: 'Denver', state: 'CO',
    email: EMAIL, lat: 39.74, lon: -104.99, provenance: IN_BROCHURE,
  },
  {
    id: 'west', kind: 'regional', region: 'west',
    street: '888 South Figueroa Street, Suite 2010', city: 'Los Angeles', state: 'CA', zip: '90017', phone: '213-894-2941',
    email: EMAIL, lat: 34.05, lon: -118.24,
    provenance: { ...IN_BROCHURE, street: confirmed(WESTERN), phone: confirmed(WESTERN) },
  },
  {
    id: 'northwest', kind: 'regional', region: 'northwest',
    street: '915 Second Avenue, Suite 1808', city: 'Seattle', state: 'WA', zip: '98174', phone: '206-220-6700',
    email: EMAIL, lat: 47.61, lon: -122.33,
    provenance: { ...IN_BROCHURE, street: confirmed(NORTHWEST), phone: confirmed(NORTHWEST) },
  },
  {
    id: 'miami', kind: 'field', region: 'southeast', city: 'Miami', state: 'FL',
    email: EMAIL, lat: 25.76, lon: -80.19, provenance: IN_BROCHURE,
  },
  {
    id: 'detroit', kind: 'field', region: 'midwest',
    street: '211 W. Fort Street, Suite 2001', city: 'Detroit', state: 'MI', zip: '48226',
    email: EMAIL, lat: 42.33, lon: -83.05, provenance: { ...IN_BROCHURE, street: confirmed(MIDWEST) },
  },
  {
    id: 'houston', kind: 'field', region: 'southwest',
    street: '515 Rusk Avenue, Suite 12605', city: 'Houston', state: 'TX', zip: '77002', phone: '713-718-4861',
    email: EMAIL, lat: 29.76, lon: -95.37,
    provenance: { ...IN_BROCHURE, street: confirmed(SOUTHWEST), phone: confirmed(SOUTHWEST) },
  },
  {
    id: 'san-francisco', kind: 'field', region: 'west',
    street: '90 Seventh Street, Suite 3-300', city: 'San Francisco', state: 'CA', zip: '94103', phone: '415-744-6565',
    email: EMAIL, lat: 37.77, lon: -122.42,
    provenance: { ...IN_BROCHURE, street: confirmed(WESTERN), phone: confirmed(WESTERN) },
  },
] satisfies Office[]).map((office) => ({ ...office, status: OFFICE_CLOSED }));

const file: Dataset = {
  schemaVersion: 2,
  publisher: { name: 'CRS Widgets' },
  updated: '2026-12-04',
  status: BUNDLED_STATUS,
  contact: {
    website: 'https://www.justice.gov/crs',
    facebook: 'https://www.facebook.com/DOJCRS',
    twitter: 'https://x.com/DOJ_CRS',
    directory: 'https://www.justice.gov/crs/about-crs/regional-and-field-offices',
    provenance: {
      website: confirmed(BROCHURE),
      facebook: confirmed(BROCHURE),
      // The brochure prints "@DOJ_CRIS"; no source confirms the handle we link to.
      twitter: inferred('The brochure prints “@DOJ_CRIS”, taken to be a misprint of @DOJ_CRS'),
      directory: confirmed(BROCHURE),
    },
  },
  offices,
  regions: [
    { id: 'new-england', states: ['CT', 'MA', 'ME', 'NH', 'RI', 'VT'], provenance: old(FLYER_2003) },
    { id: 'northeast', states: ['NJ', 'NY', 'PR', 'VI'], provenance: confirmed(NORTHEAST) },
    { id: 'mid-atlantic', states: ['DC', 'DE', 'MD', 'PA', 'VA', 'WV'], provenance: old(FLYER_2003) },
    { id: 'southeast', states: ['AL', 'FL', 'GA', 'KY', 'MS', 'NC', 'SC', 'TN'], provenance: old(FLYER_2003) },
    { id: 'midwest', states: ['IL', 'IN', 'MI', 'MN', 'OH', 'WI'], provenance: inferred('Standard federal Region V') },
    { id: 'southwest', states: ['AR', 'LA', 'NM', 'OK', 'TX'], provenance: confirmed(SOUTHWEST) },
    { id: 'central', states: ['IA', 'KS', 'MO', 'NE'], provenance: confirmed(CENTRAL) },
    { id: 'rocky-mountain', states: ['CO', 'MT', 'ND', 'SD', 'UT', 'WY'], provenance: inferred('Standard federal Region VIII') },
    {
      id: 'west', states: ['AZ', 'CA', 'GU', 'HI', 'NV', 'AS', 'MP'], provenance: confirmed(WESTERN),
      // The Western Region page does not list these two; standard federal Region IX includes them.
      stateProvenance: { AS: inferred('Standard federal Region IX'), MP: inferred('Standard federal Region IX') },
    },
    { id: 'northwest', states: ['AK', 'ID', 'OR', 'WA'], provenance: inferred('Standard federal Region X') },
  ],
};

/** The bundled data as the widgets read it; `data/crs.json` ships it. */
export const defaultDataset: Dataset = file;
