/**
 * The one source of truth for the public design tokens (SPEC §5). Each colour entry becomes a
 * `--crs-color-*` custom property (and a `--crs-dark-color-*` one for the dark scheme) a partner may
 * set on the element or any ancestor; the theme CSS, the docs and the contrast check all read this table.
 */

/**
 * How a colour is used, which fixes the luminance band every theme keeps it in (see theme.ts), so
 * that any value a partner sets still meets WCAG 2.2 AA against every background it is drawn on.
 */
export type ColorRole =
  | 'surface' // the widget background
  | 'raised' // panels, hover and notices: derived from the surface unless set
  | 'body' // body text
  | 'text' // other text (titles, links, notes, messages): ≥ 4.5:1 on every background
  | 'ui' // borders and focus: ≥ 3:1 on every background
  | 'on' // text on the primary colour
  | 'graphic'; // map fills and lines: told apart by pattern too; never adjusted

export interface ThemedToken {
  role: ColorRole;
  light: string;
  dark: string;
  /** The `high-contrast` theme ignores partner overrides: it exists for people who need it. */
  contrast: string;
  /** What the system colour keyword is in Windows forced-colours mode. */
  forced: string;
  doc: string;
}

export const colorTokens = {
  primary: { role: 'text', light: '#1a4480', dark: '#73b3e7', contrast: '#ffff00', forced: 'CanvasText', doc: 'Brand colour: titles, toggles, primary buttons. Set it once: each theme derives its own shade.' },
  'on-primary': { role: 'on', light: '#ffffff', dark: '#0b1a2e', contrast: '#000000', forced: 'Canvas', doc: 'Button text: text and icons on the primary colour.' },
  surface: { role: 'surface', light: '#ffffff', dark: '#1b1e23', contrast: '#000000', forced: 'Canvas', doc: 'Widget background (kept light in light, dark in dark).' },
  'surface-alt': { role: 'raised', light: '#f2f2f2', dark: '#2b2c2f', contrast: '#000000', forced: 'Canvas', doc: 'Raised or alternate background (panels, hover); derived from the surface.' },
  text: { role: 'body', light: '#1b1b1b', dark: '#f0f0f0', contrast: '#ffffff', forced: 'CanvasText', doc: 'Body text.' },
  muted: { role: 'text', light: '#565c65', dark: '#b4b9be', contrast: '#ffffff', forced: 'CanvasText', doc: 'Secondary text (notes, captions).' },
  border: { role: 'ui', light: '#71767a', dark: '#8d9297', contrast: '#ffffff', forced: 'CanvasText', doc: 'Borders of controls and cards (3:1 against the surface).' },
  link: { role: 'text', light: '#005ea2', dark: '#8cc4ff', contrast: '#ffff00', forced: 'LinkText', doc: 'Links (follow the primary colour when it is set).' },
  focus: { role: 'ui', light: '#0050d8', dark: '#ffbe2e', contrast: '#00ffff', forced: 'Highlight', doc: 'Focus ring (follows the primary colour when it is set).' },
  error: { role: 'text', light: '#b50909', dark: '#ff9d8f', contrast: '#ffffff', forced: 'CanvasText', doc: 'Error text and border.' },
  'error-surface': { role: 'raised', light: '#fff2f2', dark: '#372125', contrast: '#000000', forced: 'Canvas', doc: 'Background of an error message; derived from the surface.' },
  success: { role: 'text', light: '#216e1f', dark: '#7fd67d', contrast: '#ffffff', forced: 'CanvasText', doc: 'Confirmation text (copied).' },
  'region-1': { role: 'graphic', light: '#2b6cb0', dark: '#63b3ed', contrast: '#63b3ed', forced: 'Canvas', doc: 'Map fill of the first region (a pattern tells regions apart too).' },
  'region-2': { role: 'graphic', light: '#2f855a', dark: '#68d391', contrast: '#68d391', forced: 'Canvas', doc: 'Map fill of the second region (a pattern tells regions apart too).' },
  'region-3': { role: 'graphic', light: '#9c4221', dark: '#f6ad55', contrast: '#f6ad55', forced: 'Canvas', doc: 'Map fill of the third region (a pattern tells regions apart too).' },
  'region-4': { role: 'graphic', light: '#6b46c1', dark: '#b794f4', contrast: '#b794f4', forced: 'Canvas', doc: 'Map fill of the fourth region (a pattern tells regions apart too).' },
  'region-5': { role: 'graphic', light: '#975a16', dark: '#ecc94b', contrast: '#ecc94b', forced: 'Canvas', doc: 'Map fill of the fifth region (a pattern tells regions apart too).' },
  'region-6': { role: 'graphic', light: '#c53030', dark: '#fc8181', contrast: '#fc8181', forced: 'Canvas', doc: 'Map fill of the sixth region (a pattern tells regions apart too).' },
  'region-7': { role: 'graphic', light: '#2c7a7b', dark: '#4fd1c5', contrast: '#4fd1c5', forced: 'Canvas', doc: 'Map fill of the seventh region (a pattern tells regions apart too).' },
  'region-8': { role: 'graphic', light: '#5a67d8', dark: '#a3bffa', contrast: '#a3bffa', forced: 'Canvas', doc: 'Map fill of the eighth region (a pattern tells regions apart too).' },
  'region-9': { role: 'graphic', light: '#b83280', dark: '#f687b3', contrast: '#f687b3', forced: 'Canvas', doc: 'Map fill of the ninth region (a pattern tells regions apart too).' },
  'region-10': { role: 'graphic', light: '#4a5568', dark: '#cbd5e0', contrast: '#cbd5e0', forced: 'Canvas', doc: 'Map fill of the tenth region (a pattern tells regions apart too).' },
  'region-line': { role: 'graphic', light: '#ffffff', dark: '#1b1e23', contrast: '#000000', forced: 'CanvasText', doc: 'State borders and region pattern lines on the map.' },
  halo: { role: 'graphic', light: '#ffffff', dark: '#000000', contrast: '#000000', forced: 'Canvas', doc: 'Outer band of the map’s two-colour focus and selection outlines.' },
} satisfies Record<string, ThemedToken>;

export interface ScalarToken {
  value: string;
  doc: string;
}

/**
 * Text sizes start from `medium`, the visitor's own browser font size (a host page's
 * `html { font-size: 62.5% }` does not reach it); everything else is in em, so it follows.
 */
export const scalarTokens = {
  'font-family': {
    value: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "PingFang SC", "Microsoft YaHei", sans-serif',
    doc: 'Font stack (system fonts only; nothing is downloaded).',
  },
  'font-size': { value: 'medium', doc: 'Base text size: the visitor’s browser font size; every other size is relative to it.' },
  'font-size-small': { value: '0.875em', doc: 'Notes and captions.' },
  'font-size-large': { value: '1.25em', doc: 'Widget titles.' },
  'font-weight-bold': { value: '700', doc: 'Headings and emphasis.' },
  'line-height': { value: '1.5', doc: 'Body line height (a larger one set on the page for text spacing wins).' },
  'space-xs': { value: '0.25em', doc: 'Spacing scale: extra small.' },
  'space-s': { value: '0.5em', doc: 'Spacing scale: small.' },
  'space-m': { value: '1em', doc: 'Spacing scale: medium.' },
  'space-l': { value: '1.5em', doc: 'Spacing scale: large.' },
  radius: { value: '0.375em', doc: 'Corner radius of cards and controls.' },
  shadow: { value: '0 1px 3px rgb(0 0 0 / 0.2)', doc: 'Card shadow.' },
  'focus-width': { value: '3px', doc: 'Focus ring width (CSS pixels, also on the map).' },
  'motion-duration': { value: '150ms', doc: 'Length of transitions (none when reduced motion is asked for).' },
} satisfies Record<string, ScalarToken>;

export type ColorToken = keyof typeof colorTokens;
export type ScalarTokenName = keyof typeof scalarTokens;
