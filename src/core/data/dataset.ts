/**
 * The bundled default dataset: the CRS organisation of 2016–2020 as the brochure describes it
 * (10 regional and 4 field offices). Facts and their confidence come from
 * `shared/reference/crs-facts.md`; `scripts/check-data.mjs` validates this module at build time.
 * Coordinates are approximate city centres, for map pins only.
 */
import type { Confidence, Dataset, Office, Source } from './types.js';

const BROCHURE: Source = { title: 'CRS brochure “Working with LGBTQ communities”', date: '2016' };
const FLYER_2003: Source = { url: 'https://www.justice.gov/archive/crs/pubs/pubflyermediation092003.htm', date: '2003-09' };
const page = (path: string): Source => ({ url: `https://www.justice.gov/crs/${path}`, date: '2016' });
const NORTHEAST = page('about/northeastern-region');
const MIDWEST: Source = { url: 'https://justice.gov/crs/locations/midwest-region', date: '2016' };
const SOUTHWEST = page('about/southwestern-region');
const CENTRAL = page('about/central-region');
const WESTERN = page('about/western-region');
const NORTHWEST: Source = { url: 'https://www.usdoj.gov/crs/locations/west-region', date: '2016' };

const trust = (address: Confidence, phone: Confidence) => ({ address, phone });

const offices: Office[] = [
  {
    id: 'hq', kind: 'headquarters', region: null,
    street: '600 E Street NW, Suite 6000', city: 'Washington', state: 'DC', zip: '20530', phone: '202-305-2935',
    email: 'askcrs@usdoj.gov', lat: 38.91, lon: -77.04, confidence: trust('old', 'confirmed'), source: BROCHURE,
  },
  {
    id: 'new-england', kind: 'regional', region: 'new-england',
    street: '408 Atlantic Avenue, Suite 222', city: 'Boston', state: 'MA', zip: '02110',
    email: 'askcrs@usdoj.gov', lat: 42.36, lon: -71.06, confidence: trust('old', 'inferred'), source: FLYER_2003,
  },
  {
    id: 'northeast', kind: 'regional', region: 'northeast',
    street: '26 Federal Plaza, Suite 36-118', city: 'New York', state: 'NY', zip: '10278', phone: '212-264-0700',
    email: 'askcrs@usdoj.gov', lat: 40.71, lon: -74.01, confidence: trust('confirmed', 'confirmed'), source: NORTHEAST,
  },
  {
    id: 'mid-atlantic', kind: 'regional', region: 'mid-atlantic',
    street: '2nd and Chestnut Streets, Suite 208', city: 'Philadelphia', state: 'PA', zip: '19106',
    email: 'askcrs@usdoj.gov', lat: 39.95, lon: -75.17, confidence: trust('old', 'inferred'), source: FLYER_2003,
  },
  {
    id: 'southeast', kind: 'regional', region: 'southeast', city: 'Atlanta', state: 'GA',
    email: 'askcrs@usdoj.gov', lat: 33.75, lon: -84.39, confidence: trust('inferred', 'inferred'), source: BROCHURE,
  },
  {
    id: 'midwest', kind: 'regional', region: 'midwest',
    street: '230 South Dearborn Street, Room 2130', city: 'Chicago', state: 'IL', zip: '60604', phone: '312-353-4391',
    email: 'askcrs@usdoj.gov', lat: 41.88, lon: -87.63, confidence: trust('confirmed', 'confirmed'), source: MIDWEST,
  },
  {
    id: 'southwest', kind: 'regional', region: 'southwest',
    street: '1999 Bryan Street, Suite 2050', city: 'Dallas', state: 'TX', zip: '75201', phone: '214-655-8175',
    email: 'askcrs@usdoj.gov', lat: 32.78, lon: -96.8, confidence: trust('confirmed', 'confirmed'), source: SOUTHWEST,
  },
  {
    // A later CRS page prints 816-426-7440; the regional page's 7434 is kept.
    id: 'central', kind: 'regional', region: 'central',
    street: '601 E. 12th Street, Suite 0802', city: 'Kansas City', state: 'MO', zip: '64106', phone: '816-426-7434',
    email: 'askcrs@usdoj.gov', lat: 39.1, lon: -94.58, confidence: trust('confirmed', 'confirmed'), source: CENTRAL,
  },
  {
    id: 'rocky-mountain', kind: 'regional', region: 'rocky-mountain', city: 'Denver', state: 'CO',
    email: 'askcrs@usdoj.gov', lat: 39.74, lon: -104.99, confidence: trust('inferred', 'inferred'), source: BROCHURE,
  },
  {
    id: 'west', kind: 'regional', region: 'west',
    street: '888 South Figueroa Street, Suite 2010', city: 'Los Angeles', state: 'CA', zip: '90017', phone: '213-894-2941',
    email: 'askcrs@usdoj.gov', lat: 34.05, lon: -118.24, confidence: trust('confirmed', 'confirmed'), source: WESTERN,
  },
  {
    id: 'northwest', kind: 'regional', region: 'northwest',
    street: '915 Second Avenue, Suite 1808', city: 'Seattle', state: 'WA', zip: '98174', phone: '206-220-6700',
    email: 'askcrs@usdoj.gov', lat: 47.61, lon: -122.33, confidence: trust('confirmed', 'confirmed'), source: NORTHWEST,
  },
  {
    id: 'miami', kind: 'field', region: 'southeast', city: 'Miami', state: 'FL',
    email: 'askcrs@usdoj.gov', lat: 25.76, lon: -80.19, confidence: trust('inferred', 'inferred'), source: BROCHURE,
  },
  {
    id: 'detroit', kind: 'field', region: 'midwest',
    street: '211 W. Fort Street, Suite 2001', city: 'Detroit', state: 'MI', zip: '48226',
    email: 'askcrs@usdoj.gov', lat: 42.33, lon: -83.05, confidence: trust('confirmed', 'inferred'), source: MIDWEST,
  },
  {
    id: 'houston', kind: 'field', region: 'southwest',
    street: '515 Rusk Avenue, Suite 12605', city: 'Houston', state: 'TX', zip: '77002', phone: '713-718-4861',
    email: 'askcrs@usdoj.gov', lat: 29.76, lon: -95.37, confidence: trust('confirmed', 'confirmed'), source: SOUTHWEST,
  },
  {
    id: 'san-francisco', kind: 'field', region: 'west',
    street: '90 Seventh Street, Suite 3-300', city: 'San Francisco', state: 'CA', zip: '94103', phone: '415-744-6565',
    email: 'askcrs@usdoj.gov', lat: 37.77, lon: -122.42, confidence: trust('confirmed', 'confirmed'), source: WESTERN,
  },
];

export const defaultDataset: Dataset = {
  schemaVersion: 1,
  updated: '2026-11-25',
  sourcesDated: '2016–2021',
  contact: {
    website: 'https://www.justice.gov/crs',
    facebook: 'https://www.facebook.com/DOJCRS',
    // The brochure prints "@DOJ_CRIS", a misprint of the agency's handle.
    twitter: 'https://x.com/DOJ_CRS',
    email: 'askcrs@usdoj.gov',
    phone: '202-305-2935',
    directory: 'https://www.justice.gov/crs/about-crs/regional-and-field-offices',
  },
  offices,
  regions: [
    { id: 'new-england', states: ['CT', 'MA', 'ME', 'NH', 'RI', 'VT'], confidence: 'old', source: FLYER_2003 },
    { id: 'northeast', states: ['NJ', 'NY', 'PR', 'VI'], confidence: 'confirmed', source: NORTHEAST },
    { id: 'mid-atlantic', states: ['DC', 'DE', 'MD', 'PA', 'VA', 'WV'], confidence: 'old', source: FLYER_2003 },
    { id: 'southeast', states: ['AL', 'FL', 'GA', 'KY', 'MS', 'NC', 'SC', 'TN'], confidence: 'old', source: FLYER_2003 },
    { id: 'midwest', states: ['IL', 'IN', 'MI', 'MN', 'OH', 'WI'], confidence: 'inferred', source: { title: 'Federal Region V', date: '2016' } },
    { id: 'southwest', states: ['AR', 'LA', 'NM', 'OK', 'TX'], confidence: 'confirmed', source: SOUTHWEST },
    { id: 'central', states: ['IA', 'KS', 'MO', 'NE'], confidence: 'confirmed', source: CENTRAL },
    { id: 'rocky-mountain', states: ['CO', 'MT', 'ND', 'SD', 'UT', 'WY'], confidence: 'inferred', source: { title: 'Federal Region VIII', date: '2016' } },
    // AS and MP are inferred from federal Region IX; the rest is on the Western Region page.
    { id: 'west', states: ['AZ', 'CA', 'GU', 'HI', 'NV', 'AS', 'MP'], confidence: 'confirmed', source: WESTERN },
    { id: 'northwest', states: ['AK', 'ID', 'OR', 'WA'], confidence: 'inferred', source: { title: 'Federal Region X', date: '2016' } },
  ],
};
