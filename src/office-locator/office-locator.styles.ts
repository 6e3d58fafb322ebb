import { css, unsafeCSS } from 'lit';
import { times } from '../core/safety/times.js';
import { VIEW_BOX } from '../generated/map-geometry.js';

/** The map's shape comes from the generated geometry. */
const mapAspect = unsafeCSS(`.map-svg{aspect-ratio:${VIEW_BOX[2]} / ${VIEW_BOX[3]}}`);

const regionFills = unsafeCSS(
  times(10, (i) => `.region-${i + 1} .pattern-fill{fill:var(--_crs-region-${i + 1})}`).join(''),
);

export const officeLocatorStyles = css`
  .base {
    container-type: inline-size;
  }
  .locator {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
    padding: var(--_space-m);
  }
  .sub-heading,
  .region-head [role='heading'] {
    font-weight: var(--_font-weight-bold);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    /* Labels line up at the top, whatever hint or error a field shows below. */
    align-items: start;
    gap: var(--_space-m);
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-xs);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  label {
    font-weight: var(--_font-weight-bold);
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  select,
  input {
    min-block-size: 44px;
    padding: var(--_space-xs) var(--_space-s);
    border: 1px solid var(--_crs-border);
    border-radius: var(--_radius);
    background: var(--_crs-surface);
    color: var(--_crs-text);
    font: inherit;
    max-inline-size: 100%;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_crs-error);
  }
  .hint,
  .source {
    color: var(--_crs-muted);
    font-size: var(--_font-size-small);
  }
  .error-text {
    color: var(--_crs-error);
    font-weight: var(--_font-weight-bold);
  }
  .error-text:empty {
    display: none;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
  }
  .defs {
    position: absolute;
    inline-size: 0;
    block-size: 0;
  }
  .answer {
    min-block-size: 1.5em;
    font-weight: var(--_font-weight-bold);
  }
  .geo-message {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_crs-error);
    background: var(--_crs-error-surface);
  }
  /* minmax(0, …): a long word or wide spacing wraps instead of widening the column past the widget. */
  .main {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-l);
    align-items: start;
  }
  /* The answer comes first in reading order and in Tab order, so on wide screens it also comes first on
     screen (the inline start), with the map after it: what is seen and what is reached agree. */
  @container (min-width: 760px) {
    .view-both .main,
    .view-map .main {
      grid-template-columns: minmax(16em, 2fr) minmax(0, 3fr);
    }
  }
  .map {
    display: grid;
    gap: var(--_space-s);
  }
  .whole-country {
    justify-self: start;
  }
  /* The keyboard model is the map's description; on screen only while the map has focus. */
  .map:not(:focus-within) .keys {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .zoom,
  .pinned {
    transform-origin: 0 0;
    transition: transform 0.45s ease-in-out;
  }
  @media (prefers-reduced-motion: reduce) {
    .zoom,
    .pinned {
      transition: none;
    }
  }
  /* Lines keep their width when the map zooms. */
  .shape,
  .inset {
    vector-effect: non-scaling-stroke;
  }
  /* The map is geography: it never mirrors, whatever the text direction. */
  .map-svg {
    direction: ltr;
    inline-size: 100%;
    block-size: auto;
  }
  .state {
    cursor: pointer;
    outline: none;
  }
  .shape,
  .dc-target {
    stroke: var(--_crs-region-line);
    stroke-width: 0.75px;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .state:hover .shape,
  .state.in-region .shape,
  .state.in-region .dc-target {
    stroke: var(--_crs-text);
    stroke-width: 1.5px;
  }
  .inset {
    fill: var(--_crs-surface);
    stroke: var(--_crs-border);
  }
  /* While a region is zoomed: other territories' insets, Alaska and Hawaii of another region, and every
     call-out box would lie over the zoomed states or look out of place, so they are not drawn (opacity keeps the options for screen readers); the
     region's own territories are drawn by their copies on top (map.ts, pinnedCopies). */
  .zoomed .territory:not(.copy),
  .zoomed .moved:not(.in-region),
  .zoomed .state:not(.copy) > .inset,
  .zoomed .callout {
    opacity: 0;
    pointer-events: none;
  }
  .inset-label {
    pointer-events: none;
    fill: var(--_crs-text);
    font-weight: var(--_font-weight-bold);
  }
  /* Territories' islands are specks at map scale: a thicker outline keeps them visible in their insets. */
  .territory > .shape,
  .copy > .shape {
    stroke: var(--_crs-text);
    stroke-width: 2px;
  }
  .pattern-line {
    fill: none;
    stroke: var(--_crs-region-line);
    stroke-width: 1;
    opacity: 0.7;
  }
  ${regionFills}
  ${mapAspect}
  /* Two-colour outlines (map.ts draws each twice): a ring at least 9:1 from its halo, so one of them
     is 3:1 against any fill; widths in CSS pixels at every map size. */
  .focus-halo,
  .focus-ring,
  .select-halo,
  .select-ring {
    fill: none;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .focus-halo,
  .select-halo {
    stroke: var(--_crs-halo);
  }
  .focus-halo {
    stroke-width: calc(var(--_focus-width) + 4px);
  }
  .focus-ring {
    stroke: var(--_crs-ring);
    stroke-width: var(--_focus-width);
  }
  .select-halo {
    stroke-width: 4px;
  }
  .select-ring {
    stroke: var(--_crs-text);
    stroke-width: 2px;
  }
  /* Decorative: a click on a pin reaches the state under it. */
  .pin {
    pointer-events: none;
  }
  .pin-shape {
    fill: var(--_crs-text);
    stroke: var(--_crs-surface);
    stroke-width: 1.5;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    font-size: var(--_font-size-small);
  }
  .legend ul,
  .offices,
  .regions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs) var(--_space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
  }
  /* An office entry is a button; on two lines its symbol stays beside the first. */
  .office-button {
    display: flex;
    align-items: baseline;
    gap: var(--_space-xs);
    min-block-size: 24px;
    padding: 2px 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .office-button:hover span {
    text-decoration: underline;
  }
  .office-button .pin-icon {
    align-self: start;
    margin-block-start: 0.25em;
  }
  .swatch {
    inline-size: 1.5em;
    block-size: 1em;
    flex: none;
    border: 1px solid var(--_crs-border);
  }
  .pin-icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  .result {
    display: grid;
    gap: var(--_space-m);
  }
  .state-list {
    columns: 2;
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .regions {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
    gap: var(--_space-m);
  }
  /* Cards in a row share its height; the "Show the … region" buttons line up at their foot. */
  .region {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 1px solid var(--_crs-border);
    border-radius: var(--_radius);
  }
  .region.is-current {
    border: 3px solid var(--_crs-primary);
  }
  .region-head {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
  }
  .offices {
    display: grid;
  }
  .region > .button {
    margin-block-start: auto;
    align-self: start;
  }
  .states {
    color: var(--_crs-muted);
    font-size: var(--_font-size-small);
  }
  @media (forced-colors: active) {
    .pattern-line,
    .shape {
      stroke: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
    .select-ring {
      stroke: CanvasText;
    }
    .pin-shape {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
  .states-mark {
    color: var(--_crs-muted);
    font-size: var(--_font-size-small);
  }
`;
