// Generates src/generated/map-geometry.ts from us-atlas states-10m.json: simplified, projected SVG paths
// (integer relative commands) for the 50 states and DC in an Albers USA layout, enlarged inset boxes for
// PR, VI, GU, MP and AS, call-out boxes that repeat the small eastern states and D.C. large enough to
// tap, and the projection constants the widget needs to place a geolocated point and the offices' pins.
// d3 runs here, at build time; none of it ships.
// Usage: node scripts/build/map.mjs [--check]   (--check fails if the committed file differs)
import { createRequire } from 'node:module';
import { writeGenerated } from './generated-file.mjs';
import { geoAlbersUsa, geoArea, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { landBorders } from './land-borders.mjs';
import { lakeBorders } from './lake-borders.mjs';

const require = createRequire(import.meta.url);
const topology = require('us-atlas/states-10m.json');
const OUT = new URL('../../src/generated/map-geometry.ts', import.meta.url);

const FIPS = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', 10: 'DE', 11: 'DC', 12: 'FL',
  13: 'GA', 15: 'HI', 16: 'ID', 17: 'IL', 18: 'IN', 19: 'IA', 20: 'KS', 21: 'KY', 22: 'LA', 23: 'ME', 24: 'MD',
  25: 'MA', 26: 'MI', 27: 'MN', 28: 'MS', 29: 'MO', 30: 'MT', 31: 'NE', 32: 'NV', 33: 'NH', 34: 'NJ', 35: 'NM',
  36: 'NY', 37: 'NC', 38: 'ND', 39: 'OH', 40: 'OK', 41: 'OR', 42: 'PA', 44: 'RI', 45: 'SC', 46: 'SD', 47: 'TN',
  48: 'TX', 49: 'UT', 50: 'VT', 51: 'VA', 53: 'WA', 54: 'WV', 55: 'WI', 56: 'WY', 60: 'AS', 66: 'GU', 69: 'MP',
  72: 'PR', 78: 'VI',
};
const TERRITORIES = ['PR', 'VI', 'GU', 'MP', 'AS'];
/**
 * Which islands an inset shows, as a share of the territory's largest island's area: the far-flung
 * specks (the northern Marianas, Swains Island, Rose Atoll) would shrink the inhabited islands to dots.
 */
const MAIN_ISLANDS = { PR: 0.02, VI: 0.1, GU: 0.1, MP: 0.6, AS: 0.05 };
/** Share of vertices kept: states at 12 %; the tiny territories, drawn enlarged, in full. */
const KEEP_STATES = 0.12;
const KEEP_TERRITORIES = 1;
/** The call-outs draw a state about 5× larger than the map: more detail than the map, not all of it. */
const KEEP_CALLOUTS = 0.35;
/** Islands smaller than this many square units are specks at any size the map is shown. */
const MIN_AREA_STATES = 6;
const MIN_AREA_TERRITORIES = 2;
/** Albers USA at d3's default scale and translate: 960 × 500 plus a row of territory boxes. */
const WIDTH = 975;
const INSET = { y: 512, w: 100, h: 84, gap: 12, pad: 8, label: 16 };
/**
 * The eastern states too small to tap on the map (Rhode Island is 6 × 9 units) get a call-out box in a
 * row under the territories, north to south: 95 × 84 units, so ≥ 24 × 24 CSS px even at 320 px wide.
 */
const CALLOUT_STATES = ['VT', 'NH', 'MA', 'RI', 'CT', 'NJ', 'DE', 'MD', 'DC'];
const CALLOUT = { y: INSET.y + INSET.h + INSET.gap, h: INSET.h, gap: INSET.gap, x0: 12 };
CALLOUT.w = Math.floor((WIDTH - 2 * CALLOUT.x0 - (CALLOUT_STATES.length - 1) * CALLOUT.gap) / CALLOUT_STATES.length);
const HEIGHT = CALLOUT.y + CALLOUT.h + 4;

const pre = presimplify(topology);
const byCode = (keep) => {
  const simple = simplify(pre, quantile(pre, keep));
  return new Map(feature(simple, simple.objects.states).features.map((f) => [FIPS[Number(f.id) < 10 ? f.id : Number(f.id)] ?? FIPS[f.id], f]));
};
const states = byCode(KEEP_STATES);
const islands = byCode(KEEP_TERRITORIES);
const enlarged = byCode(KEEP_CALLOUTS);

const area = (ring) => Math.abs(ring.reduce((a, [x, y], i) => {
  const [nx, ny] = ring[(i + 1) % ring.length];
  return a + x * ny - nx * y;
}, 0)) / 2;

/**
 * Serialises what geoPath draws as integer, relative SVG commands. Rings smaller than \`minArea\`
 * square units (specks of islands) are dropped, except a shape's largest ring.
 */
function pathOf(projection, geometry, minArea, step = 1) {
  const rings = [];
  let ring;
  geoPath(projection, {
    moveTo: (x, y) => rings.push((ring = [[x, y]])),
    lineTo: (x, y) => ring.push([x, y]),
    closePath: () => {},
    arc: () => {},
  })(geometry);
  let d = '';
  let cx = 0;
  let cy = 0;
  const largest = Math.max(...rings.map(area));
  for (const points of rings) {
    const snap = (v) => Math.round(v / step) * step;
    const rounded = points.map(([x, y]) => [snap(x), snap(y)]);
    const distinct = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
    if (new Set(distinct.map((p) => p.join())).size < 3) continue;
    const size = area(points);
    if (size < minArea && size !== largest) continue;
    distinct.forEach(([x, y], i) => {
      const dx = +(x - cx).toFixed(1);
      const dy = +(y - cy).toFixed(1);
      d += i === 0 ? `${d ? 'm' : 'M'}${dx} ${dy}` : `${i === 1 ? 'l' : ' '}${dx} ${dy}`;
      cx = x;
      cy = y;
    });
    d += 'z';
    // After z the current point returns to the ring's start.
    [cx, cy] = distinct[0];
  }
  return d.replace(/ -/g, '-');
}

const usa = geoAlbersUsa().precision(0);
const shapes = {};
for (const [code, f] of states) {
  if (TERRITORIES.includes(code)) continue;
  const [x, y] = geoPath(usa).centroid(f);
  // D.C. is 3 units across: drawn from the full detail at a tenth of a unit, so a position in Washington is found in it.
  const d = code === 'DC' ? pathOf(usa, islands.get(code), 0, 0.1) : pathOf(usa, f, MIN_AREA_STATES);
  shapes[code] = { d, x: Math.round(x), y: Math.round(y) };
}

const insets = {};
const territoryProjections = {};
const rowStart = WIDTH - TERRITORIES.length * (INSET.w + INSET.gap);
/** The feature reduced to its main islands (see MAIN_ISLANDS). */
function mainIslands(f, share) {
  const polygons = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
  const areas = polygons.map((p) => geoArea({ type: 'Polygon', coordinates: p }));
  const largest = Math.max(...areas);
  const coordinates = polygons.filter((_, i) => areas[i] >= share * largest);
  return { ...f, geometry: { type: 'MultiPolygon', coordinates } };
}

TERRITORIES.forEach((code, i) => {
  const f = mainIslands(islands.get(code), MAIN_ISLANDS[code]);
  const x = rowStart + i * (INSET.w + INSET.gap);
  const box = [x, INSET.y, INSET.w, INSET.h];
  const mercator = geoMercator().precision(0).fitExtent(
    [[x + INSET.pad, INSET.y + INSET.label + INSET.pad], [x + INSET.w - INSET.pad, INSET.y + INSET.h - INSET.pad]],
    f,
  );
  const [[w, s], [e, n]] = geoPath().bounds(f);
  insets[code] = box;
  const [cx, cy] = geoPath(mercator).centroid(f);
  shapes[code] = { d: pathOf(mercator, f, MIN_AREA_TERRITORIES), x: Math.round(cx), y: Math.round(cy) };
  const [tx, ty] = mercator.translate();
  territoryProjections[code] = { k: +mercator.scale().toFixed(3), tx: +tx.toFixed(3), ty: +ty.toFixed(3), bounds: [w, s, e, n].map((v) => +v.toFixed(3)) };
});

const callouts = {};
CALLOUT_STATES.forEach((code, i) => {
  // At the map's 12 % D.C. would have no shape left.
  const f = enlarged.get(code);
  const x = CALLOUT.x0 + i * (CALLOUT.w + CALLOUT.gap);
  const mercator = geoMercator().precision(0).fitExtent(
    [[x + INSET.pad, CALLOUT.y + INSET.label + INSET.pad], [x + CALLOUT.w - INSET.pad, CALLOUT.y + CALLOUT.h - INSET.pad]],
    f,
  );
  callouts[code] = { box: [x, CALLOUT.y, CALLOUT.w, CALLOUT.h], d: pathOf(mercator, f, MIN_AREA_TERRITORIES) };
});

/**
 * The conic equal-area constants behind d3's geoAlbersUsa, so the widget can project a geolocated
 * point without d3: x = dx + k·r·sin(nλ'), y = dy − k·(r0 − r·cos(nλ')), r = √(C − 2n·sin φ)/n.
 */
function conic(rotate, center, parallels, k, translate) {
  const rad = Math.PI / 180;
  const [p0, p1] = parallels.map((p) => p * rad);
  const n = (Math.sin(p0) + Math.sin(p1)) / 2;
  const C = 1 + Math.sin(p0) * (2 * n - Math.sin(p0));
  const r0 = Math.sqrt(C) / n;
  const raw = (lambda, phi) => {
    const r = Math.sqrt(C - 2 * n * Math.sin(phi)) / n;
    return [r * Math.sin(lambda * n), r0 - r * Math.cos(lambda * n)];
  };
  const [cx, cy] = raw(center[0] * rad, center[1] * rad);
  const fixed = (v) => +v.toFixed(6);
  return { rot: rotate, n: fixed(n), C: fixed(C), r0: fixed(r0), k, dx: fixed(translate[0] - k * cx), dy: fixed(translate[1] + k * cy) };
}
const [K, [TX, TY]] = [usa.scale(), usa.translate()];
const albers = {
  lower48: { ...conic(-96, [-0.6, 38.7], [29.5, 45.5], K, [TX, TY]), extent: [TX - 0.455 * K, TY - 0.238 * K, TX + 0.455 * K, TY + 0.238 * K] },
  alaska: { ...conic(-154, [-2, 58.5], [55, 65], K * 0.35, [TX - 0.307 * K, TY + 0.201 * K]), extent: [TX - 0.425 * K, TY + 0.12 * K, TX - 0.214 * K, TY + 0.234 * K] },
  hawaii: { ...conic(-157, [-3, 19.9], [8, 18], K, [TX - 0.205 * K, TY + 0.212 * K]), extent: [TX - 0.214 * K, TY + 0.166 * K, TX - 0.115 * K, TY + 0.234 * K] },
};
// Guard the hand-ported formulas: they must agree with d3 where d3 answers.
for (const [name, p] of Object.entries(albers)) {
  const [[lon, lat]] = { lower48: [[-95.37, 29.76]], alaska: [[-149.9, 61.2]], hawaii: [[-157.86, 21.31]] }[name];
  const rad = Math.PI / 180;
  const lambda = (lon - p.rot) * rad;
  const r = Math.sqrt(p.C - 2 * p.n * Math.sin(lat * rad)) / p.n;
  const mine = [p.dx + p.k * r * Math.sin(p.n * lambda), p.dy - p.k * (p.r0 - r * Math.cos(p.n * lambda))];
  const d3 = usa([lon, lat]);
  if (Math.hypot(mine[0] - d3[0], mine[1] - d3[1]) > 0.01) throw new Error(`projection port disagrees with d3 for ${name}`);
}
for (const p of Object.values(albers)) p.extent = p.extent.map((v) => +v.toFixed(3));

const json = (v) => JSON.stringify(v);
const text = `// Generated by scripts/build/map.mjs from us-atlas ${require('us-atlas/package.json').version} (states-10m.json,
// U.S. Census Bureau boundaries) and, for the border through the Great Lakes, world-atlas
// ${require('world-atlas/package.json').version} (countries-10m.json, Natural Earth). Do not edit; run \`node scripts/build/map.mjs\`.

export interface StateShape {
  /** SVG path, integer relative commands. */
  readonly d: string;
  /** Centroid: label, focus order and fallback pin position. */
  readonly x: number;
  readonly y: number;
}

export const VIEW_BOX = ${json([0, 0, WIDTH, HEIGHT])} as const;

/** Frames of the enlarged territory insets: [x, y, width, height]. */
export const INSETS: Readonly<Record<string, readonly [number, number, number, number]>> = ${json(insets)};

export const SHAPES: Readonly<Record<string, StateShape>> = {
${Object.entries(shapes).sort(([a], [b]) => a.localeCompare(b)).map(([code, s]) => `  ${code}: ${json(s)},`).join('\n')}
};

export interface Callout {
  /** [x, y, width, height] of the box. */
  readonly box: readonly [number, number, number, number];
  /** The state drawn enlarged inside it. */
  readonly d: string;
}

/** Call-out boxes for the small eastern states and D.C., north to south. */
export const CALLOUTS: Readonly<Record<string, Callout>> = {
${Object.entries(callouts).map(([code, c]) => `  ${code}: ${json(c)},`).join('\n')}
};

/** Albers USA constants (see scripts/build/map.mjs) and the territory insets' Mercator fits. */
export const ALBERS = ${json(albers)} as const;
export const TERRITORY_PROJECTIONS: Readonly<Record<string, { k: number; tx: number; ty: number; bounds: readonly number[] }>> = ${json(territoryProjections)};

/**
 * The neighbours' side of the borders with Mexico and Canada, on land and through the Great Lakes (see
 * scripts/build/land-borders.mjs and lake-borders.mjs):
 * polygons in thousandths of a degree, [lon0, lat0, dlon1, dlat1, …], more exact than the shapes.
 */
export const ABROAD: readonly (readonly number[])[] = ${json([...landBorders(topology), ...lakeBorders(topology)])};
`;

writeGenerated(OUT, text, `${Object.keys(shapes).length} shapes, ${text.length} bytes`);
