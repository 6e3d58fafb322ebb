/**
 * The SVG map: states shaded by region (colour plus a pattern), territory insets with their hit
 * boxes, office pins in three shapes, and a focus outline drawn as a stroke on top of everything.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { INSETS, SHAPES, VIEW_BOX } from '../generated/map-geometry.js';
import type { OfficeKind } from '../core/data/types.js';

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

export const patternId = (index: number) => `crs-region-${index % PATTERNS.length}`;

export function patternDefs(): SVGTemplateResult {
  return svg`<defs>${PATTERNS.map(
    ([angle, d], i) => svg`<pattern id=${patternId(i)} class="region-${i + 1}" width="6" height="6"
      patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})">
      <rect width="6" height="6" class="pattern-fill"></rect>${d ? svg`<path d=${d} class="pattern-line"></path>` : nothing}
    </pattern>`,
  )}</defs>`;
}

/** A legend swatch: the region's colour and pattern, outside the map. */
export const swatch = (index: number): TemplateResult =>
  html`<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
    <rect width="24" height="16" fill="url(#${patternId(index)})"></rect>
  </svg>`;

/** Pin shapes: a star for headquarters, a circle for regional and a diamond for field offices. */
export function pinShape(kind: OfficeKind, x = 0, y = 0, r = 9): SVGTemplateResult {
  if (kind === 'headquarters') {
    const points = Array.from({ length: 10 }, (_, i) => {
      const radius = i % 2 ? r * 0.45 : r * 1.15;
      const a = (Math.PI / 5) * i - Math.PI / 2;
      return `${(x + radius * Math.cos(a)).toFixed(1)},${(y + radius * Math.sin(a)).toFixed(1)}`;
    }).join(' ');
    return svg`<polygon class="pin-shape" points=${points}></polygon>`;
  }
  if (kind === 'regional') return svg`<circle class="pin-shape" cx=${x} cy=${y} r=${r * 0.8}></circle>`;
  return svg`<path class="pin-shape" d="M${x} ${y - r}l${r} ${r}-${r} ${r}-${r}-${r}z"></path>`;
}

export const pinIcon = (kind: OfficeKind): TemplateResult =>
  html`<svg class="pin-icon" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">${pinShape(kind)}</svg>`;

export interface MapState {
  code: string;
  label: string;
  regionIndex: number;
  selected: boolean;
  inRegion: boolean;
}
export interface MapPin {
  id: string;
  kind: OfficeKind;
  label: string;
  x: number;
  y: number;
}
export interface MapOptions {
  label: string;
  statesLabel: string;
  states: MapState[];
  pins: MapPin[];
  active: string;
  focused: string | undefined;
  onState: (code: string) => void;
  onPin: (id: string) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onFocus: (code: string | undefined) => void;
}

/** DC is a speck at this scale: a round target beside it makes it clickable. */
const DC_TARGET = { x: SHAPES.DC.x + 22, y: SHAPES.DC.y + 16, r: 9 };

/**
 * A state's outline drawn on top of everything, twice: a wide halo under a narrow ring of a colour far
 * from it, so one of the two stands out against any region fill (widths in CSS pixels, see the styles).
 */
function outline(code: string | undefined, kind: 'focus' | 'select') {
  if (!code) return nothing;
  const inset = INSETS[code];
  return ['halo', 'ring'].map((layer) => {
    const cls = `${kind}-${layer}`;
    return svg`<path class=${cls} d=${SHAPES[code].d}></path>${
      inset
        ? svg`<rect class=${cls} x=${inset[0]} y=${inset[1]} width=${inset[2]} height=${inset[3]} rx="4"></rect>`
        : code === 'DC' ? svg`<circle class=${cls} cx=${DC_TARGET.x} cy=${DC_TARGET.y} r=${DC_TARGET.r}></circle>` : nothing
    }`;
  });
}

export function renderMap(o: MapOptions): TemplateResult {
  return html`<svg class="map-svg" viewBox=${VIEW_BOX.join(' ')} role="group" aria-label=${o.label}>
    ${patternDefs()}
    <g role="listbox" aria-label=${o.statesLabel} @keydown=${o.onKeydown} @focusout=${() => o.onFocus(undefined)}>
      ${o.states.map((s) => {
        const inset = INSETS[s.code];
        return svg`<g class="state ${s.selected ? 'is-selected' : ''} ${s.inRegion ? 'in-region' : ''}" role="option"
          id="state-${s.code}" data-state=${s.code} aria-label=${s.label} aria-selected=${s.selected ? 'true' : 'false'}
          tabindex=${s.code === o.active ? '0' : '-1'} @click=${() => o.onState(s.code)} @focus=${() => o.onFocus(s.code)}>
          ${inset ? svg`<rect class="inset" x=${inset[0]} y=${inset[1]} width=${inset[2]} height=${inset[3]} rx="4"></rect>` : nothing}
          ${s.code === 'DC' ? svg`<circle class="dc-target" cx=${DC_TARGET.x} cy=${DC_TARGET.y} r=${DC_TARGET.r} fill="url(#${patternId(s.regionIndex)})"></circle>` : nothing}
          <path class="shape" d=${SHAPES[s.code].d} fill="url(#${patternId(s.regionIndex)})"></path>
        </g>`;
      })}
    </g>
    <g class="inset-labels" aria-hidden="true">
      ${Object.entries(INSETS).map(([code, [x, y]]) => svg`<text class="inset-label" x=${x + 6} y=${y + 14}>${code}</text>`)}
    </g>
    <g class="pins">
      ${o.pins.map(
        (p) => svg`<g class="pin pin-${p.kind}" role="img" aria-label=${p.label} data-office=${p.id} @click=${() => o.onPin(p.id)}>
          <title>${p.label}</title>${pinShape(p.kind, p.x, p.y)}
        </g>`,
      )}
    </g>
    ${outline(o.states.find((s) => s.selected)?.code, 'select')}${outline(o.focused, 'focus')}
  </svg>`;
}
