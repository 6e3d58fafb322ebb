/**
 * The theme builder's logic: what a partner changed, the CSS it writes and the colours the widgets will
 * paint from it. The colours come from the widgets' own derivation (src/core/styles/contrast.ts), never a
 * copy of it, so what the builder shows is what a page shows.
 *
 * The CSS says only what the partner changed, per scheme, and deliberately: a `--crs-color-*` value also
 * reaches dark (and auto on a dark system), so when the dark theme would have to move it into its band
 * (and the console would say so), the builder writes the dark value too: the shade the widgets derive
 * for the brand colours, the dark theme's own default for the rest (a cream page background says nothing
 * about a dark one). A chosen colour that fails a pair is written as the shade the widgets would use.
 */
import { AA, CONTRAST_PAIRS, contrastPalette, contrastRatio, derivePalette, type Palette, type Scheme } from '../../src/core/styles/contrast.js';
import { colorTokens, scalarTokens, type ColorToken } from '../../src/core/styles/tokens.js';
import { cssBlock, WIDGETS } from '../configurator/snippet.js';

export const TOKENS = Object.keys(colorTokens) as ColorToken[];
/** Dark follows the light value of these (a brand colour has one hue in every theme); the rest keep the dark defaults. */
const FOLLOWS_LIGHT: ReadonlySet<ColorToken> = new Set(['primary', 'link', 'focus']);

/** The colours in the order and groups the builder shows them. */
export const GROUPS: { legend: string; tokens: ColorToken[] }[] = [
  { legend: 'Brand, text and background', tokens: ['primary', 'on-primary', 'surface', 'text', 'muted', 'link', 'focus', 'border'] },
  { legend: 'Messages and panels', tokens: ['error', 'error-surface', 'success', 'surface-alt'] },
  { legend: 'Map', tokens: TOKENS.filter((t) => colorTokens[t].role === 'graphic') },
];

export interface Choice {
  /** Only the colours the partner changed (token → #rrggbb). */
  light: Partial<Record<ColorToken, string>>;
  dark: Partial<Record<ColorToken, string>>;
  /** '' for the system fonts, else a font stack. */
  font: string;
  /** '' for the visitor's browser size (`medium`), else a CSS length such as `1em`. */
  fontSize: string;
  /** Corner radius in em, or undefined for the default. */
  radius?: number;
}
export const emptyChoice = (): Choice => ({ light: {}, dark: {}, font: '', fontSize: '' });

/** The partner map derivePalette reads: `name` for `--crs-color-name`, `dark-name` for `--crs-dark-color-name`. */
type Partner = Record<string, string>;

/** The token values the CSS sets, per scheme, after the rules above. */
export function tokensOf(c: Choice): { light: Partner; dark: Partner; notes: string[] } {
  const light: Partner = {};
  const dark: Partner = {};
  const notes: string[] = [];
  const chosenLight = c.light as Partner;
  const usedLight = derivePalette('light', chosenLight);
  for (const [name, value] of Object.entries(chosenLight) as [ColorToken, string][]) {
    light[name] = usedLight[name];
    if (usedLight[name] !== value.toLowerCase()) notes.push(`light ${name}: ${value} fails WCAG 2.2 AA, so ${usedLight[name]} is written`);
  }
  const usedDark = derivePalette('dark', { ...light, ...Object.fromEntries(Object.entries(c.dark).map(([k, v]) => [`dark-${k}`, v])) });
  for (const name of TOKENS) {
    const own = c.dark[name];
    if (own) {
      dark[name] = usedDark[name];
      if (usedDark[name] !== own.toLowerCase()) notes.push(`dark ${name}: ${own} fails WCAG 2.2 AA, so ${usedDark[name]} is written`);
    } else if (light[name] && colorTokens[name].role !== 'graphic' && usedDark[name] !== light[name]) {
      // The light value would reach dark and be moved into its band: say what dark uses instead.
      dark[name] = FOLLOWS_LIGHT.has(name) ? usedDark[name] : colorTokens[name].dark;
    }
  }
  return { light, dark, notes };
}

/** The CSS to paste: one block for the three elements, as the embed configurator writes it. */
export function snippet(c: Choice, selector = WIDGETS.join(', ')): string {
  const { light, dark } = tokensOf(c);
  const lines = [
    ...Object.entries(light).map(([k, v]) => `--crs-color-${k}: ${v};`),
    ...(Object.keys(dark).length ? ['/* dark, and auto on a dark system */', ...Object.entries(dark).map(([k, v]) => `--crs-dark-color-${k}: ${v};`)] : []),
    c.font && `--crs-font-family: ${c.font};`,
    c.fontSize && `--crs-font-size: ${c.fontSize};`,
    c.radius !== undefined && `--crs-radius: ${c.radius}em;`,
  ].filter((l): l is string => Boolean(l));
  return lines.length ? cssBlock(selector, lines) : '';
}

/** The colours the widgets paint with the builder's CSS: light, dark, and high contrast (which ignores it). */
export function shown(c: Choice, scheme: Scheme | 'high-contrast'): Palette {
  if (scheme === 'high-contrast') return contrastPalette();
  const { light, dark } = tokensOf(c);
  return derivePalette(scheme, { ...light, ...Object.fromEntries(Object.entries(dark).map(([k, v]) => [`dark-${k}`, v])) });
}

/** Every pair the colours form, in light and dark, as the widgets paint them (each at least AA by construction). */
export function checks(c: Choice) {
  return (['light', 'dark'] as Scheme[]).flatMap((scheme) => {
    const used = shown(c, scheme) as Record<string, string>;
    return CONTRAST_PAIRS.map(([fg, bg, kind, where]) => ({ scheme, where, fg, bg, ratio: contrastRatio(used[fg], used[bg]), min: AA[kind] }));
  });
}

/** The default radius in em, for the slider's starting point. */
export const DEFAULT_RADIUS = parseFloat(scalarTokens.radius.value);
