// Canada across the Great Lakes and the rivers between them (Windsor across from Detroit, Sarnia, Fort
// Erie, Sault Ste. Marie, the Thousand Islands, Fort Frances), for "Use my location". Here the states'
// outline follows the U.S. shore, so land-borders.mjs cannot draw the line; the countries of Natural
// Earth (world-atlas, 1:10m) draw it through the water instead. Canada's side, cut to the box between
// the Lake of the Woods and St. Regis, minus every U.S. state at full us-atlas detail (so a U.S. shore
// or island that Natural Earth's coarser line gives to Canada, such as Belle Isle or the Renaissance
// Center, stays in the U.S.), simplified to about 200 m. Used by scripts/build/map.mjs at build time.
import { createRequire } from 'node:module';
import { feature, merge } from 'topojson-client';
import clip from 'polygon-clipping';
import { simplifyLine } from './land-borders.mjs';

const require = createRequire(import.meta.url);
const BOX = [[[-95.2, 41.3], [-74.6, 41.3], [-74.6, 49.1], [-95.2, 49.1], [-95.2, 41.3]]];
/** Degrees; 0.002 ≈ 200 m keeps Detroit's riverfront and Windsor apart and the list short (≈ 290 points). */
const TOLERANCE = 0.002;

/** Polygons of [lon, lat] in thousandths of a degree, as land-borders.mjs writes them (first pair, then differences). */
export function lakeBorders(topology) {
  const world = require('world-atlas/countries-10m.json');
  const canada = feature(world, world.objects.countries).features.find((f) => f.properties.name === 'Canada');
  const states = merge(topology, topology.objects.states.geometries);
  const abroad = clip.difference(clip.intersection(canada.geometry.coordinates, BOX), clip.intersection(states.coordinates, BOX));
  return abroad.map((polygon) => {
    // No U.S. island lies wholly inside Canada's side here; a hole would need a ring format with holes.
    if (polygon.length !== 1) throw new Error(`lake-borders: a polygon with ${polygon.length - 1} holes`);
    const points = simplifyLine(polygon[0], TOLERANCE).map(([lon, lat]) => [Math.round(lon * 1000), Math.round(lat * 1000)]);
    return points.flatMap(([lon, lat], i) => (i ? [lon - points[i - 1][0], lat - points[i - 1][1]] : [lon, lat]));
  });
}
