/**
 * The one source of truth for the public design tokens (SPEC §5). Each entry becomes a `--crs-*`
 * custom property a partner may set on the element or any ancestor; the theme CSS, the docs and
 * the contrast check all read this table.
 */
export interface ThemedToken {
  light: string;
  dark: string;
  /** The `high-contrast` theme ignores partner overrides: it exists for people who need it. */
  contrast: string;
  /** What the system colour keyword is in Windows forced-colours mode. */
  forced: string;
  doc: string;
}

export const colorTokens = {
  primary: { light: '#1a4480', dark: '#73b3e7', contrast: '#ffff00', forced: 'LinkText', doc: 'Brand colour: headings accents, primary buttons.' },
  'on-primary': { light: '#ffffff', dark: '#0b1a2e', contrast: '#000000', forced: 'Canvas', doc: 'Text and icons on the primary colour.' },
  surface: { light: '#ffffff', dark: '#1b1e23', contrast: '#000000', forced: 'Canvas', doc: 'Widget background.' },
  'surface-alt': { light: '#f1f3f6', dark: '#2a2f36', contrast: '#000000', forced: 'Canvas', doc: 'Raised or alternate background (panels, notes).' },
  text: { light: '#1b1b1b', dark: '#f0f0f0', contrast: '#ffffff', forced: 'CanvasText', doc: 'Body text.' },
  muted: { light: '#565c65', dark: '#b4b9be', contrast: '#ffffff', forced: 'CanvasText', doc: 'Secondary text (notes, captions).' },
  border: { light: '#71767a', dark: '#8d9297', contrast: '#ffffff', forced: 'CanvasText', doc: 'Borders of controls and cards (3:1 against the surface).' },
  link: { light: '#005ea2', dark: '#8cc4ff', contrast: '#ffff00', forced: 'LinkText', doc: 'Links.' },
  focus: { light: '#0050d8', dark: '#ffbe2e', contrast: '#00ffff', forced: 'Highlight', doc: 'Focus ring.' },
  error: { light: '#b50909', dark: '#ff9d8f', contrast: '#ffffff', forced: 'CanvasText', doc: 'Error text and border.' },
  'error-surface': { light: '#fdf0ee', dark: '#3a1f1b', contrast: '#000000', forced: 'Canvas', doc: 'Background of an error message.' },
  success: { light: '#216e1f', dark: '#7fd67d', contrast: '#ffffff', forced: 'CanvasText', doc: 'Confirmation text (copied).' },
  'region-1': { light: '#2b6cb0', dark: '#63b3ed', contrast: '#63b3ed', forced: 'Canvas', doc: 'Map fill of the first region (a pattern tells regions apart too).' },
  'region-2': { light: '#2f855a', dark: '#68d391', contrast: '#68d391', forced: 'Canvas', doc: 'Map fill of the second region (a pattern tells regions apart too).' },
  'region-3': { light: '#9c4221', dark: '#f6ad55', contrast: '#f6ad55', forced: 'Canvas', doc: 'Map fill of the third region (a pattern tells regions apart too).' },
  'region-4': { light: '#6b46c1', dark: '#b794f4', contrast: '#b794f4', forced: 'Canvas', doc: 'Map fill of the fourth region (a pattern tells regions apart too).' },
  'region-5': { light: '#975a16', dark: '#ecc94b', contrast: '#ecc94b', forced: 'Canvas', doc: 'Map fill of the fifth region (a pattern tells regions apart too).' },
  'region-6': { light: '#c53030', dark: '#fc8181', contrast: '#fc8181', forced: 'Canvas', doc: 'Map fill of the sixth region (a pattern tells regions apart too).' },
  'region-7': { light: '#2c7a7b', dark: '#4fd1c5', contrast: '#4fd1c5', forced: 'Canvas', doc: 'Map fill of the seventh region (a pattern tells regions apart too).' },
  'region-8': { light: '#5a67d8', dark: '#a3bffa', contrast: '#a3bffa', forced: 'Canvas', doc: 'Map fill of the eighth region (a pattern tells regions apart too).' },
  'region-9': { light: '#b83280', dark: '#f687b3', contrast: '#f687b3', forced: 'Canvas', doc: 'Map fill of the ninth region (a pattern tells regions apart too).' },
  'region-10': { light: '#4a5568', dark: '#cbd5e0', contrast: '#cbd5e0', forced: 'Canvas', doc: 'Map fill of the tenth region (a pattern tells regions apart too).' },
  'region-line': { light: '#ffffff', dark: '#1b1e23', contrast: '#000000', forced: 'CanvasText', doc: 'State borders and region pattern lines on the map.' },
} satisfies Record<string, ThemedToken>;

export interface ScalarToken {
  value: string;
  doc: string;
}

/** Sizes are in px and em, never rem: a host page's `html { font-size: 62.5% }` must not shrink us. */
export const scalarTokens = {
  'font-family': {
    value: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "PingFang SC", "Microsoft YaHei", sans-serif',
    doc: 'Font stack (system fonts only; nothing is downloaded).',
  },
  'font-size': { value: '16px', doc: 'Base text size; every other size is relative to it.' },
  'font-size-small': { value: '0.875em', doc: 'Notes and captions.' },
  'font-size-large': { value: '1.25em', doc: 'Widget titles.' },
  'font-weight-bold': { value: '700', doc: 'Headings and emphasis.' },
  'line-height': { value: '1.5', doc: 'Body line height.' },
  'space-xs': { value: '0.25em', doc: 'Spacing scale: extra small.' },
  'space-s': { value: '0.5em', doc: 'Spacing scale: small.' },
  'space-m': { value: '1em', doc: 'Spacing scale: medium.' },
  'space-l': { value: '1.5em', doc: 'Spacing scale: large.' },
  radius: { value: '6px', doc: 'Corner radius of cards and controls.' },
  shadow: { value: '0 1px 3px rgb(0 0 0 / 0.2)', doc: 'Card shadow.' },
  'focus-width': { value: '3px', doc: 'Focus ring width.' },
  'motion-duration': { value: '150ms', doc: 'Length of transitions (none when reduced motion is asked for).' },
} satisfies Record<string, ScalarToken>;

export type ColorToken = keyof typeof colorTokens;
export type ScalarTokenName = keyof typeof scalarTokens;
