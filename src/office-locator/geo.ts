/**
 * Geometry the locator needs at run time, without d3: the Albers USA projection (constants generated
 * by scripts/build-map.mjs), the territory insets' Mercator fits, and great-circle distance. Pure.
 */
import { ALBERS, TERRITORY_PROJECTIONS } from '../generated/map-geometry.js';

const RAD = Math.PI / 180;
type Conic = (typeof ALBERS)[keyof typeof ALBERS];

function conic(p: Conic, lon: number, lat: number): [number, number] | undefined {
  const lambda = (((lon - p.rot + 540) % 360) - 180) * RAD;
  const r = Math.sqrt(p.C - 2 * p.n * Math.sin(lat * RAD)) / p.n;
  const x = p.dx + p.k * r * Math.sin(p.n * lambda);
  const y = p.dy - p.k * (p.r0 - r * Math.cos(p.n * lambda));
  const [x0, y0, x1, y1] = p.extent;
  return x >= x0 && x < x1 && y >= y0 && y < y1 ? [x, y] : undefined;
}

/** Map position of a longitude/latitude, or undefined when it falls on no part of the map. */
export function projectToMap(lon: number, lat: number): [number, number] | undefined {
  for (const [code, t] of Object.entries(TERRITORY_PROJECTIONS)) {
    const [w, s, e, n] = t.bounds;
    // A margin of about 0.5° takes in the islands an inset leaves out and nearby waters.
    if (lon >= w - 0.5 && lon <= e + 0.5 && lat >= s - 0.5 && lat <= n + 0.5 && code) {
      return [t.tx + t.k * lon * RAD, t.ty - t.k * Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2))];
    }
  }
  return conic(ALBERS.lower48, lon, lat) ?? conic(ALBERS.alaska, lon, lat) ?? conic(ALBERS.hawaii, lon, lat);
}

const EARTH_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function nearest<T extends { lat: number; lon: number }>(lat: number, lon: number, places: readonly T[]): { place: T; km: number } | undefined {
  let best: { place: T; km: number } | undefined;
  for (const place of places) {
    const km = distanceKm(lat, lon, place.lat, place.lon);
    if (!best || km < best.km) best = { place, km };
  }
  return best;
}
