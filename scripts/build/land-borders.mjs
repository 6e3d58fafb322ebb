// The United States' land borders with Mexico and Canada, for "Use my location": the map's shapes are
// simplified to a few kilometres, so a town just across a border (Tijuana, Ciudad Juárez) would fall inside
// a state. Each border is cut from the states' outer outline at full us-atlas detail, simplified to a
// kilometre or two, and closed around the neighbour's side into a polygon of [lon, lat] pairs: a position inside one
// is abroad, whatever the map's shapes say. Used by scripts/build/map.mjs; none of it ships but the result.
import { mesh } from 'topojson-client';

/** Douglas–Peucker on [lon, lat] pairs (degrees; the borders are short enough for that). */
export function simplifyLine(points, tolerance) {
  if (points.length < 3) return points;
  const [a, b] = [points[0], points[points.length - 1]];
  let [index, far] = [0, 0];
  for (let i = 1; i < points.length - 1; i++) {
    const [x, y] = points[i];
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const len = Math.hypot(dx, dy);
    const d = len ? Math.abs(dy * x - dx * y + b[0] * a[1] - b[1] * a[0]) / len : Math.hypot(x - a[0], y - a[1]);
    if (d > far) [index, far] = [i, d];
  }
  if (far <= tolerance) return [a, b];
  return [...simplifyLine(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplifyLine(points.slice(index), tolerance)];
}

const closest = (line, [lon, lat]) =>
  line.reduce((best, p, i) => (Math.hypot(p[0] - lon, p[1] - lat) < Math.hypot(line[best][0] - lon, line[best][1] - lat) ? i : best), 0);

/**
 * The stretch of the closed outline `ring` from `from` to `to` that passes near `via` (a ring has two),
 * in that direction.
 */
function stretch(ring, from, to, via) {
  const [i, j, k] = [closest(ring, from), closest(ring, to), closest(ring, via)];
  const n = ring.length;
  const walk = (step) => {
    const out = [];
    for (let x = i; ; x = (x + step + n) % n) {
      out.push(ring[x]);
      if (x === j) return out;
    }
  };
  const forward = walk(1);
  return forward.includes(ring[k]) ? forward : walk(-1);
}

/**
 * The land borders, each closed around the neighbour's side by corners out at sea or far inside the
 * neighbour: `from` and `to` are its ends on the states' outline, `via` a point that picks the right way
 * round. The Great Lakes and the rivers between them are left out: the outline there follows the U.S.
 * shore, so the lakes would count as abroad and a pier in Chicago with them (lake-borders.mjs draws them).
 */
const BORDERS = [
  // Mexico: from the Pacific at Tijuana along the line and the Rio Grande to the Gulf, closed to the south.
  { from: [-117.124, 32.534], via: [-106.529, 31.783], to: [-97.146, 25.953], tolerance: 0.01, around: [[-96, 25.953], [-96, 14], [-119, 14], [-119, 32.534]] },
  // Canada, west: the 49th parallel from Boundary Bay to the Lake of the Woods, closed to the north.
  // (Boundary Bay's north shore and Tsawwassen too: Point Roberts, south of the line, stays in Washington.)
  { from: [-122.76, 49.002], via: [-110.172, 48.999], to: [-95.153, 49.0], tolerance: 0.01, around: [[-95.153, 50], [-123.35, 50], [-123.35, 49.002]] },
  // Canada, east: from the St. Lawrence at St. Regis along the 45th parallel and around Maine to
  // Passamaquoddy Bay, closed to the north-east.
  { from: [-74.73, 44.99], via: [-69.22, 47.46], to: [-66.982, 44.811], tolerance: 0.02, around: [[-66, 44.811], [-66, 48.5], [-74.73, 48.5]] },
  // Canada, Alaska: from the Beaufort Sea down the 141st meridian and the panhandle to the Portland Canal.
  { from: [-141.003, 69.646], via: [-141.001, 60.306], to: [-130.016, 54.77], tolerance: 0.05, around: [[-128, 54.77], [-128, 70], [-141.003, 70]] },
];

/**
 * One polygon per border, simplified to within its tolerance in degrees (0.01 ≈ 1 km keeps El Paso and
 * Ciudad Juárez apart; 0.02 is enough in the north-east; Alaska's border crosses no towns), as integers: thousandths of a degree (≈ 100 m), each pair after the first a
 * difference from the one before (short numbers in the bundle): [lon0, lat0, dlon1, dlat1, …].
 */
export function landBorders(topology) {
  const outline = mesh(topology, topology.objects.states, (a, b) => a === b).coordinates;
  const gap = (line, p) => Math.hypot(line[closest(line, p)][0] - p[0], line[closest(line, p)][1] - p[1]);
  return BORDERS.map(({ from, via, to, tolerance, around }) => {
    const ring = outline.reduce((best, line) => (gap(line, from) < gap(best, from) ? line : best));
    const points = [...simplifyLine(stretch(ring, from, to, via), tolerance), ...around].map(([lon, lat]) => [Math.round(lon * 1000), Math.round(lat * 1000)]);
    return points.flatMap(([lon, lat], i) => (i ? [lon - points[i - 1][0], lat - points[i - 1][1]] : [lon, lat]));
  });
}
