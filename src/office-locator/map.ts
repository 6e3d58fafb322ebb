/**
 * The SVG map: states shaded by region (colour plus a pattern), territory insets and call-out boxes
 * for the small eastern states, office pins in three shapes, and the focus and selection outlines
 * drawn as their own elements on top. One listbox of options in the menu's (alphabetical) order, keyed
 * by state code so a language change re-orders the elements themselves and focus stays on its state;
 * the keyboard lives in the element's focus group, which owns the options' tabindex.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CALLOUTS, INSETS, SHAPES, VIEW_BOX } from '../generated/map-geometry.js';
import type { OfficeKind } from '../core/data/types.js';
import { regionInsets, unzoom, type MapPin, type MapState, type Zoom } from './map-model.js';

/** Pattern lines per region index: a rotation and a path in a 6 × 6 tile. */
const PATTERNS: readonly [number, string][] = [
  [0, ''],
  [0, 'M0 1.5h6'],
  [90, 'M0 1.5h6'],
  [45, 'M0 1.5h6'],
  [-45, 'M0 1.5h6'],
  [0, 'M2 2h1v1h-1z'],
  [45, 'M0 1.5h6M1.5 0v6'],
  [0, 'M0 1.5h6M0 4.5h6'],
  [0, 'M3 1.5a1.5 1.5 0 1 0 0.01 0'],
  [0, 'M0 0l6 6M6 0l-6 6'],
];

const patternId = (index: number, prefix = 'crs-region') => `${prefix}-${index % PATTERNS.length}`;
const fill = (index: number, prefix?: string) => `url(#${patternId(index, prefix)})`;
/** The map's own patterns: drawn 1/k as large when the map zooms by k, so the hatching keeps its size. */
const MAP_PATTERNS = 'crs-map-region';

function patterns(prefix: string, scale: number): SVGTemplateResult {
  return svg`<defs>${PATTERNS.map(
    ([angle, d], i) => svg`<pattern id=${patternId(i, prefix)} class="region-${i + 1}" width="6" height="6"
      patternUnits="userSpaceOnUse" patternTransform="scale(${scale}) rotate(${angle})">
      <rect width="6" height="6" class="pattern-fill"></rect>${d ? svg`<path d=${d} class="pattern-line"></path>` : nothing}
    </pattern>`,
  )}</defs>`;
}

/**
 * The region patterns, in an SVG of their own that every view renders once, so the legend's and the
 * list's swatches have them when the map is not shown.
 */
export const patternDefs = (): TemplateResult =>
  html`<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false">${patterns('crs-region', 1)}</svg>`;

/** A legend swatch: the region's colour and pattern, outside the map. */
export const swatch = (index: number): TemplateResult =>
  html`<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
    <rect width="24" height="16" fill=${fill(index)}></rect>
  </svg>`;

/** The star's radii as fractions of a pin's radius: its points reach a little beyond a circle pin's edge. */
const [STAR_OUTER, STAR_INNER] = [1.15, 0.45];

/** Pin shapes: a star for headquarters, a circle for regional and a diamond for field offices. */
function pinShape(kind: OfficeKind, x = 0, y = 0, r = 9): SVGTemplateResult {
  if (kind === 'headquarters') {
    let points = '';
    // A five-pointed star: ten corners, alternating between the outer points and the inner angles.
    for (let i = 0; i < 10; i++) {
      const radius = i % 2 ? r * STAR_INNER : r * STAR_OUTER;
      const a = (Math.PI / 5) * i - Math.PI / 2;
      points += `${(x + radius * Math.cos(a)).toFixed(1)},${(y + radius * Math.sin(a)).toFixed(1)} `;
    }
    return svg`<polygon class="pin-shape" points=${points.trim()}></polygon>`;
  }
  if (kind === 'regional') return svg`<circle class="pin-shape" cx=${x} cy=${y} r=${r * 0.8}></circle>`;
  return svg`<path class="pin-shape" d="M${x} ${y - r}l${r} ${r}-${r} ${r}-${r}-${r}z"></path>`;
}

export const pinIcon = (kind: OfficeKind): TemplateResult =>
  html`<svg class="pin-icon" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">${pinShape(kind)}</svg>`;

export interface MapOptions {
  label: string;
  statesLabel: string;
  /** id of the element that states the keyboard model. */
  describedBy: string;
  states: MapState[];
  pins: MapPin[];
  focused: string | undefined;
  zoom: Zoom | undefined;
  /** The map's width in CSS px (0 until measured), so the inset labels stay legible on a phone. */
  mapPx: number;
  onState: (code: string) => void;
}

/**
 * Alaska and Hawaii are drawn away from their real place (the composite projection puts them below the
 * West): in another region's zoom they would look like islands off Texas, so they are not drawn there.
 */
const MOVED = new Set(['AK', 'HI']);

/** Inset and call-out labels: 12 map units, never smaller than this many CSS px. */
const MIN_LABEL_PX = 9;

const box = (cls: string, [x, y, w, h]: readonly number[]) => svg`<rect class=${cls} x=${x} y=${y} width=${w} height=${h} rx="4"></rect>`;

/** A state's outline(s): the map shape, and the inset or call-out frame that repeats it. */
function outline(cls: string, code: string): SVGTemplateResult {
  const frame = INSETS[code] ?? CALLOUTS[code]?.box;
  return svg`<path class=${cls} d=${SHAPES[code].d}></path>${frame ? box(cls, frame) : nothing}`;
}

/**
 * The selection or focus outline, drawn on top of everything twice: a wide halo under a narrow ring of a
 * colour far from it, so one of the two stands out against any region fill (CSS-pixel widths, see the styles).
 */
const ring = (kind: 'focus' | 'select', code: string, pinned: Set<string>): SVGTemplateResult =>
  svg`<g class="${kind}-outline ${pinned.has(code) ? 'pinned' : ''}" aria-hidden="true">${outline(`${kind}-halo`, code)}${outline(`${kind}-ring`, code)}</g>`;

function option(s: MapState, pinned: Set<string>): SVGTemplateResult {
  const frame = INSETS[s.code] ?? CALLOUTS[s.code]?.box;
  const kind = INSETS[s.code] ? 'territory' : MOVED.has(s.code) ? 'moved' : '';
  return svg`<g class="state ${kind} ${s.selected ? 'is-selected' : ''} ${s.inRegion ? 'in-region' : ''} ${pinned.has(s.code) ? 'pinned' : ''}" role="option"
    id="state-${s.code}" data-state=${s.code} data-name=${s.name} aria-label=${s.label} aria-selected=${s.selected ? 'true' : 'false'}>
    ${frame ? box('inset', frame) : nothing}
    ${CALLOUTS[s.code] ? svg`<path class="shape callout" d=${CALLOUTS[s.code].d} fill=${fill(s.regionIndex, MAP_PATTERNS)}></path>` : nothing}
    <path class="shape" d=${SHAPES[s.code].d} fill=${fill(s.regionIndex, MAP_PATTERNS)}></path>
  </g>`;
}

/**
 * One click listener for all 56 options instead of one each: the clicked element's option names the
 * state. Clicks on an option's inset frame count too.
 */
const delegate = (selector: string, key: 'state', then: (value: string) => void) => (event: Event) => {
  const value = (event.target as Element).closest?.<SVGElement>(selector)?.dataset[key];
  if (value) then(value);
};

/**
 * Applies a zoom to the rendered map (after render) through the CSSOM, which a strict style-src allows
 * (a style attribute it would block) and which CSS transitions animate.
 */
export function applyZoom(root: ParentNode, zoom: Zoom | undefined): void {
  const g = root.querySelector<SVGGElement>('.map-svg .zoom');
  if (!g) return;
  g.style.transform = zoom ? `scale(${zoom.k}) translate(${zoom.x}px, ${zoom.y}px)` : 'none';
  // The zoomed region's territories stay in their inset row (regionInsets): the zoom is undone for them.
  for (const part of g.querySelectorAll<SVGGraphicsElement>('.state, .inset-label, .select-outline, .focus-outline')) {
    part.style.transform = zoom && part.classList.contains('pinned') ? unzoom(zoom) : '';
  }
}

/**
 * The zoomed region's territories, drawn again above the zoomed states: an option's place in the
 * listbox is its place in the document, so the option itself cannot be moved on top. The options
 * stay in the listbox, unseen (opacity, so screen readers keep them); these copies take the clicks.
 */
function pinnedCopies(o: MapOptions, pinned: Set<string>): SVGTemplateResult | typeof nothing {
  if (!pinned.size) return nothing;
  return svg`<g class="pinned-copies" aria-hidden="true" @click=${delegate('.copy', 'state', o.onState)}>
    ${o.states
      .filter((s) => pinned.has(s.code))
      .map((s) => svg`<g class="state copy pinned in-region" data-state=${s.code}>
        ${box('inset', INSETS[s.code])}
        <path class="shape" d=${SHAPES[s.code].d} fill=${fill(s.regionIndex, MAP_PATTERNS)}></path>
      </g>`)}
  </g>`;
}

export function renderMap(o: MapOptions): TemplateResult {
  const k = o.zoom?.k ?? 1;
  const selected = o.states.find((s) => s.selected)?.code;
  const frames = { ...INSETS, ...Object.fromEntries(Object.entries(CALLOUTS).map(([c, v]) => [c, v.box])) };
  const pinned = regionInsets(o.states, o.zoom);
  return html`<svg class="map-svg" viewBox=${VIEW_BOX.join(' ')} role="group" aria-label=${o.label}>
    ${patterns(MAP_PATTERNS, 1 / k)}
    <g class="zoom ${o.zoom ? 'zoomed' : ''}">
      <g role="listbox" aria-label=${o.statesLabel} aria-describedby=${o.describedBy}
        @click=${delegate('.state[role="option"]', 'state', o.onState)}>${repeat(o.states, (s) => s.code, (s) => option(s, pinned))}</g>
      ${pinnedCopies(o, pinned)}
      <g class="inset-labels" aria-hidden="true" font-size=${o.mapPx ? Math.max(12, (MIN_LABEL_PX * VIEW_BOX[2]) / o.mapPx) : 12}>
        ${Object.entries(frames)
          .filter(([code]) => !o.zoom || pinned.has(code))
          .map(([code, [x, y]]) => svg`<text class="inset-label ${pinned.has(code) ? 'pinned' : ''}" x=${x + 6} y=${y + 14}>${code}</text>`)}
      </g>
      <!-- Pins are decorative: the offices are in the list, and a click on a pin is a click on its state. -->
      <g class="pins" aria-hidden="true">
        ${o.pins.map((p) => svg`<g class="pin pin-${p.kind}" data-office=${p.id}>${pinShape(p.kind, p.x, p.y, 6 / k)}</g>`)}
      </g>
      ${selected && SHAPES[selected] ? ring('select', selected, pinned) : nothing}
      ${o.focused && SHAPES[o.focused] ? ring('focus', o.focused, pinned) : nothing}
    </g>
  </svg>`;
}
