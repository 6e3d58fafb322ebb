/**
 * What the map shows, as data: each state's region, selection and label; each office's pin; and the
 * region zoom. Computed from facts at render time; map.ts draws it. No DOM.
 */
import { CALLOUTS, INSETS, SHAPES, VIEW_BOX } from '../generated/map-geometry.js';
import type { Dataset, OfficeKind } from '../core/data/types.js';
import { stateName } from '../core/data/place-names.js';
import { assignmentProvenance, withMark } from '../core/status/provenance.js';
import { projectToMap } from './geo.js';
import { ringsOf } from './point-in-state.js';
import { regionOf, type Selection } from './selection.js';

export interface MapState {
  code: string;
  /** The visible name, for type-ahead. */
  name: string;
  label: string;
  regionIndex: number;
  selected: boolean;
  inRegion: boolean;
}
export interface MapPin {
  id: string;
  kind: OfficeKind;
  x: number;
  y: number;
}
/** A zoom as a CSS transform of the map's content: scale k, then translate by (x, y) user units. */
export interface Zoom {
  k: number;
  x: number;
  y: number;
}

export type Box = [x: number, y: number, w: number, h: number];

/** The smallest width a selected state may have after the zoom, in CSS px (the 40, with a margin). */
const MIN_SELECTED_PX = 44;
const PADDING = 12;
/** Where the territories' inset row begins (map units), with a gap above it. */
const INSET_ROW_TOP = Math.min(...Object.values(INSETS).map((b) => b[1])) - 8;

const bboxes = new Map<string, Box>();
/** Bounding box of a state's shape on the main map (territories: their inset frame). */
export function stateBox(code: string): Box | undefined {
  if (INSETS[code]) return [...INSETS[code]] as Box;
  if (!SHAPES[code]) return undefined;
  let box = bboxes.get(code);
  if (!box) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (const ring of ringsOf(SHAPES[code].d)) ring.forEach((v, i) => (i % 2 ? ys : xs).push(v));
    box = [Math.min(...xs), Math.min(...ys), Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
    bboxes.set(code, box);
  }
  return box;
}

function union(boxes: Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b[0]));
  const y0 = Math.min(...boxes.map((b) => b[1]));
  const x1 = Math.max(...boxes.map((b) => b[0] + b[2]));
  const y1 = Math.max(...boxes.map((b) => b[1] + b[3]));
  return [x0, y0, x1 - x0, y1 - y0];
}

/**
 * The zoom that shows a region with its selected state at least MIN_SELECTED_PX wide when the map is
 * `mapPx` CSS px wide: the region's box, narrowed around the selected state when that is needed.
 * Undefined when the whole map is as good.
 */
export function regionZoom(states: readonly string[], selected: string | null, mapPx: number): Zoom | undefined {
  const [, , viewW, viewH] = VIEW_BOX;
  // The states on the map frame the zoom. The region's territories keep their inset frames, unscaled
  // in the bottom row (see regionInsets), so the zoom leaves that row free for them.
  const boxes = states.filter((c) => !INSETS[c]).map(stateBox).filter((b): b is Box => !!b);
  if (!boxes.length) return undefined;
  let [x, y, w, h] = union(boxes);
  [x, y, w, h] = [x - PADDING, y - PADDING, w + 2 * PADDING, h + 2 * PADDING];
  const contentBottom = y + h;
  // Same shape as the map: grow the short side around the centre.
  const aspect = viewW / viewH;
  if (w / h < aspect) [x, w] = [x - (h * aspect - w) / 2, h * aspect];
  else [y, h] = [y - (w / aspect - h) / 2, w / aspect];
  if (states.some((c) => INSETS[c])) {
    // The region's states must end above the inset row: grow the view downwards, keeping its centre line.
    const needed = (contentBottom - y) / (INSET_ROW_TOP / viewH);
    if (needed > h) [x, w, h] = [x + w / 2 - (needed * aspect) / 2, needed * aspect, needed];
  }
  const own = selected ? stateBox(selected) : undefined;
  if (own && !INSETS[selected!] && mapPx > 0) {
    const widest = (own[2] * mapPx) / MIN_SELECTED_PX;
    if (w > widest) {
      const [cx, cy] = [own[0] + own[2] / 2, own[1] + own[3] / 2];
      [w, h] = [widest, widest / aspect];
      [x, y] = [cx - w / 2, cy - h / 2];
    }
  }
  const k = viewW / w;
  if (k < MIN_USEFUL_ZOOM) return undefined;
  return { k, x: -x, y: -y };
}

/** A zoom that would enlarge the map less than this is not worth losing the rest of the country. */
const MIN_USEFUL_ZOOM = 1.15;

/**
 * The territories of the zoomed region, whose inset frames stay where they are on the whole map
 * (the zoom is undone for them): otherwise a region's Pacific or Caribbean territories would be
 * zoomed out of view with the rest of the country.
 */
export function regionInsets(states: readonly MapState[], zoom: Zoom | undefined): Set<string> {
  return new Set(zoom ? states.filter((s) => s.inRegion && INSETS[s.code]).map((s) => s.code) : []);
}

/** The CSS transform that undoes `zoom` inside the zoomed group: p → p / k − t. */
export const unzoom = (zoom: Zoom): string => `translate(${-zoom.x}px, ${-zoom.y}px) scale(${1 / zoom.k})`;

/** Where an office's pin goes: its coordinates projected like the map, else the centre of its state. */
export function pinPosition(office: Dataset['offices'][number]): [number, number] | undefined {
  // Own keys only: a state such as `constructor` must not find Object.prototype's.
  const shape = Object.hasOwn(SHAPES, office.state) ? SHAPES[office.state] : undefined;
  return projectToMap(office.lon, office.lat) ?? (shape ? [shape.x, shape.y] : undefined);
}

/** The map's options in `order` (the menu's) and its pins, labelled in the active language (call from render). */
export function mapModel(data: Dataset, s: Selection | undefined, order: readonly string[]): { states: MapState[]; pins: MapPin[] } {
  const states = order.flatMap((code): MapState[] => {
    const region = regionOf(data, code);
    if (!SHAPES[code] || !region) return [];
    // Insets and call-outs show the code; speech-input users say what they see, so the name includes it.
    const name = INSETS[code] || CALLOUTS[code] ? `${stateName(code)} (${code})` : stateName(code);
    // Short: the state, and the mark of its assignment when no current source confirms it (the answer names the office).
    const label = withMark(name, assignmentProvenance(region, code));
    const regionIndex = data.regions.indexOf(region);
    return [{ code, name: stateName(code), label, regionIndex, selected: code === s?.state, inRegion: region.id === s?.regionId }];
  });
  const pins = data.offices.flatMap((o): MapPin[] => {
    const at = pinPosition(o);
    return at ? [{ id: o.id, kind: o.kind, x: at[0], y: at[1] }] : [];
  });
  return { states, pins };
}
