/**
 * The state or territory at a position, from the bundled map geometry alone (no rendered SVG), so
 * "Use my location" works in every view. Pure: the generated paths are read as polygons once, then
 * tested by ray casting (even-odd, as the shapes are drawn). The shapes are simplified to a few
 * kilometres, so a position is first tested against the land borders with Mexico and Canada, kept
 * more exactly: Tijuana is abroad, not in California.
 */
import { ABROAD, INSETS, SHAPES } from '../generated/map-geometry.js';
import { projectToMap } from './geo.js';

type Ring = number[]; // x0, y0, x1, y1, …
/** A coast drawn with few points misses harbour towns: a point this close (map units, ≈ 6 km each) still counts. */
const COAST_TOLERANCE = 4;

let polygons: Map<string, Ring[]> | undefined;

/** Reads the generator's paths: M/m move, l line (relative, pairs may follow), z close. */
export function ringsOf(d: string): Ring[] {
  const rings: Ring[] = [];
  let ring: Ring = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let relative = false;
  const tokens = d.match(/[MmLlZz]|-?\d+(?:\.\d+)?/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === 'z' || t === 'Z') {
      if (ring.length) rings.push(ring);
      ring = [];
      [x, y] = [startX, startY];
    } else if (t === 'M' || t === 'm') {
      if (ring.length) rings.push(ring);
      const dx = Number(tokens[++i]);
      const dy = Number(tokens[++i]);
      [x, y] = t === 'M' ? [dx, dy] : [x + dx, y + dy];
      [startX, startY] = [x, y];
      ring = [x, y];
      relative = t === 'm';
    } else if (t === 'l' || t === 'L') {
      relative = t === 'l';
    } else {
      const dx = Number(t);
      const dy = Number(tokens[++i]);
      [x, y] = relative ? [x + dx, y + dy] : [dx, dy];
      ring.push(x, y);
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

function inside(rings: Ring[], px: number, py: number): boolean {
  let odd = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
      const [xi, yi, xj, yj] = [r[i], r[i + 1], r[j], r[j + 1]];
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

function distanceToEdges(rings: Ring[], px: number, py: number): number {
  let best = Infinity;
  for (const r of rings) {
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
      const [ax, ay, bx, by] = [r[j], r[j + 1], r[i], r[i + 1]];
      const len = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = len ? Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / len)) : 0;
      best = Math.min(best, Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay))));
    }
  }
  return best;
}

/** The USPS code of the state or territory at a map point, or undefined (sea, abroad). */
export function stateAtPoint(px: number, py: number): string | undefined {
  // A territory inset shows only its main islands: anything projected into its frame is that territory.
  for (const [code, [x, y, w, h]] of Object.entries(INSETS)) if (px >= x && px <= x + w && py >= y && py <= y + h) return code;
  polygons ??= new Map(Object.entries(SHAPES).filter(([code]) => !INSETS[code]).map(([code, s]) => [code, ringsOf(s.d)]));
  let closest: { code: string; distance: number } | undefined;
  for (const [code, rings] of polygons) {
    if (inside(rings, px, py)) return code;
    const distance = distanceToEdges(rings, px, py);
    if (distance <= COAST_TOLERANCE && (!closest || distance < closest.distance)) closest = { code, distance };
  }
  return closest?.code;
}

let abroad: Ring[][] | undefined;
/** Whether a position is on Mexico's or Canada's side of a land border (the generated polygons, in thousandths of a degree). */
export function isAbroad(lon: number, lat: number): boolean {
  abroad ??= ABROAD.map((deltas) => {
    const ring: Ring = [];
    for (let i = 0; i < deltas.length; i += 2) ring.push((ring[i - 2] ?? 0) + deltas[i], (ring[i - 1] ?? 0) + deltas[i + 1]);
    return [ring];
  });
  return abroad.some((rings) => inside(rings, lon * 1000, lat * 1000));
}

/** The USPS code of the state or territory at a longitude/latitude, or undefined. */
export function stateAt(lon: number, lat: number): string | undefined {
  if (isAbroad(lon, lat)) return undefined;
  const point = projectToMap(lon, lat);
  return point && stateAtPoint(point[0], point[1]);
}
