/** WCAG 2.x contrast of two sRGB colours given as #rgb or #rrggbb. Pure: used by the contrast check and the theme builder. */
export function luminance(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const isHexColor = (value: string): boolean => /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value.trim());

/** WCAG 2.2 AA minimums: 4.5:1 for text, 3:1 for large text and for UI components and graphics. */
export const AA = { text: 4.5, large: 3, ui: 3 } as const;
export type PairKind = keyof typeof AA;

/** The colour pairs every theme must pass: [foreground token, background token, kind, where]. */
export const CONTRAST_PAIRS: readonly [string, string, PairKind, string][] = [
  ['text', 'surface', 'text', 'body text'],
  ['text', 'surface-alt', 'text', 'text on raised panels and hover'],
  ['muted', 'surface', 'text', 'notes and captions'],
  ['muted', 'surface-alt', 'text', 'translation note'],
  ['link', 'surface', 'text', 'links'],
  ['primary', 'surface', 'text', 'titles, secondary buttons, toggles'],
  ['primary', 'surface-alt', 'text', 'toggle on hover'],
  ['on-primary', 'primary', 'text', 'primary button label'],
  ['error', 'error-surface', 'text', 'notice title'],
  ['text', 'error-surface', 'text', 'notice text'],
  ['error', 'surface', 'text', 'ZIP error message'],
  ['success', 'surface', 'text', 'copied confirmation'],
  ['border', 'surface', 'ui', 'control and card borders'],
  ['focus', 'surface', 'ui', 'focus ring'],
  ['error', 'surface', 'ui', 'invalid field border'],
  ['text', 'surface', 'ui', 'map pins and selected-state outline'],
  ...Array.from({ length: 10 }, (_, i) => [`region-${i + 1}`, 'surface', 'ui', `map region ${i + 1} against the widget background`] as [string, string, PairKind, string]),
  ...Array.from({ length: 10 }, (_, i) => [`region-${i + 1}`, 'region-line', 'ui', `map region ${i + 1} against state borders`] as [string, string, PairKind, string]),
];
