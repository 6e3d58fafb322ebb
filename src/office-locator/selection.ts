/**
 * What the locator chose and why, as data: from a state, a ZIP code answer, a position or an
 * office id to a selection carrying its reason. No DOM and no text: the element turns a reason into
 * words when it renders, in its own language. Pure.
 */
import type { Dataset, Office, Region } from '../core/data/types.js';
import type { ZipLookup } from './zip.js';
import { distanceKm } from './geo.js';
import { stateAt } from './point-in-state.js';
import { findOffice } from '../core/data/offices.js';

export type SelectVia = 'map' | 'list' | 'select' | 'zip' | 'geolocation' | 'attribute';


/** Why this office: the fact the answer line states before naming the office. */
export type Reason =
  | { readonly kind: 'chosen' }
  | { readonly kind: 'zip-state'; readonly zip: string; readonly state: string }
  | { readonly kind: 'zip-military'; readonly zip: string }
  | { readonly kind: 'zip-unassigned'; readonly zip: string }
  /** One answer per place: the office that serves the state the visitor is in, and how far away it is. */
  | { readonly kind: 'located'; readonly state: string; readonly km: number }
  | { readonly kind: 'outside' };

export interface Selection {
  readonly officeId: string;
  readonly regionId: string | null;
  readonly state: string | null;
  readonly via: SelectVia;
  readonly reason: Reason;
}

const CHOSEN: Reason = { kind: 'chosen' };

export const regionOf = (data: Dataset, code: string): Region | undefined => data.regions.find((r) => r.states.includes(code));

const regionalOffice = (data: Dataset, regionId: string): Office | undefined =>
  data.offices.find((o) => o.kind === 'regional' && o.region === regionId);


/** Headquarters, for answers that belong to no region. */
function headquarters(data: Dataset, via: SelectVia, reason: Reason): Selection | undefined {
  const hq = data.offices.find((o) => o.kind === 'headquarters');
  return hq && { officeId: hq.id, regionId: null, state: null, via, reason };
}

/** The regional office serving a state or territory; undefined when no region serves it. */
export function byState(data: Dataset, code: string, via: SelectVia, reason: Reason = CHOSEN): Selection | undefined {
  const region = regionOf(data, code);
  const office = region && regionalOffice(data, region.id);
  return region && office ? { officeId: office.id, regionId: region.id, state: code, via, reason } : undefined;
}

/** A region's regional office, with no particular state. */
export function byRegion(data: Dataset, regionId: string, via: SelectVia): Selection | undefined {
  const office = regionalOffice(data, regionId);
  return office && { officeId: office.id, regionId, state: null, via, reason: CHOSEN };
}

/** An office by id (any case); `state` is kept when the office's region serves it (attributes may give both). */
export function byOffice(data: Dataset, id: string, via: SelectVia, state?: string): Selection | undefined {
  const office = findOffice(data, id);
  if (!office) return undefined;
  if (office.kind === 'headquarters' || !office.region) return headquarters(data, via, CHOSEN);
  const keep = state && regionOf(data, state)?.id === office.region ? state : null;
  return { officeId: office.id, regionId: office.region, state: keep, via, reason: CHOSEN };
}

/** The answer to a ZIP code lookup (undefined for a malformed ZIP: that is a problem, not an answer). */
export function byZip(data: Dataset, lookup: ZipLookup): Selection | undefined {
  switch (lookup.kind) {
    case 'invalid':
      return undefined;
    case 'state':
      return (
        byState(data, lookup.state, 'zip', { kind: 'zip-state', zip: lookup.zip, state: lookup.state }) ??
        headquarters(data, 'zip', { kind: 'zip-unassigned', zip: lookup.zip })
      );
    case 'military':
      return headquarters(data, 'zip', { kind: 'zip-military', zip: lookup.zip });
    default:
      return headquarters(data, 'zip', { kind: 'zip-unassigned', zip: lookup.zip });
  }
}

/**
 * Where the visitor is: the state or territory whose bundled outline contains the position, answered by
 * that state's office, with the distance to it. A position in none of them is said to be outside.
 */
export function byPoint(data: Dataset, lat: number, lon: number): Selection | undefined {
  const code = stateAt(lon, lat);
  const region = code ? regionOf(data, code) : undefined;
  const office = region && regionalOffice(data, region.id);
  if (code && office) return byState(data, code, 'geolocation', { kind: 'located', state: code, km: distanceKm(lat, lon, office.lat, office.lon) });
  return headquarters(data, 'geolocation', { kind: 'outside' });
}
