/**
 * WCAG 2.x contrast and the theme derivation, in plain numbers. Pure and DOM-free: used by the
 * contrast check and the theme builder. The CSS in theme.ts does the same arithmetic in the browser.
 */
import { times } from '../safety/times.js';
import { colorTokens, type ColorRole, type ColorToken } from './tokens.js';

type Rgb = [number, number, number];
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** #rgb or #rrggbb → linear-light sRGB channels. */
export function linear(hex: string): Rgb {
  const h = hex.trim().replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => toLinear(parseInt(full.slice(i, i + 2), 16) / 255)) as Rgb;
}
export const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(toGamma(Math.min(1, Math.max(0, c))) * 255).toString(16).padStart(2, '0')).join('')}`;
const Y = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

export const luminance = (hex: string): number => Y(linear(hex));

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export const isHexColor = (value: string): boolean => /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value.trim());

/** WCAG 2.2 AA minimums: 4.5:1 for text, 3:1 for large text and for UI components and graphics. */
export const AA = { text: 4.5, large: 3, ui: 3 } as const;
export type PairKind = keyof typeof AA;

/** Luminance bands per role and scheme: [at most, at least] (theme.ts turns them into CSS). */
export const BANDS: Record<Exclude<ColorRole, 'graphic'>, { light: [number, number]; dark: [number, number] }> = {
  surface: { light: [1, 0.8], dark: [0.02, 0] },
  raised: { light: [1, 0.725], dark: [0.031, 0] },
  body: { light: [0.04, 0], dark: [1, 0.75] },
  // 0.12, not lower: a mid-dark brand such as #0b6e4f (Y 0.117) passes on every light background and stays exact.
  text: { light: [0.12, 0], dark: [1, 0.33] },
  ui: { light: [0.19, 0], dark: [1, 0.21] },
  on: { light: [1, 0.8], dark: [0.02, 0] },
};
/**
 * Light text and borders are banded for the darkest backgrounds a partner may set (Y 0.725). While the
 * partner sets none of `DEFAULT_BACKGROUNDS`, the backgrounds are the theme's own (the darkest,
 * surface-alt, is Y 0.88), so a colour passing every pair on them is kept exactly up to
 * these looser limits: 4.5:1 for text and 3:1 for borders and focus on it (8-bit rounding kept in), with white button text.
 */
export const LOOSE_LIGHT: Partial<Record<ColorRole, [number, number]>> = { text: [0.155, 0], ui: [0.255, 0] };
export const DEFAULT_BACKGROUNDS = ['surface', 'surface-alt', 'error-surface', 'on-primary'] as const;
/** The band a role keeps in `scheme`, given which colours the partner set. */
export function bandOf(role: Exclude<ColorRole, 'graphic'>, scheme: Scheme, partner: Partial<Record<string, string>> = {}): [number, number] {
  const loose = scheme === 'light' && !DEFAULT_BACKGROUNDS.some((n) => partner[n]) && LOOSE_LIGHT[role];
  return loose || BANDS[role][scheme];
}
/** Scales linear channels down to luminance `max` (hue kept). */
export const darken = (c: Rgb, max: number): Rgb => c.map((x) => x * Math.min(1, max / Math.max(Y(c), 1e-4))) as Rgb;
/**
 * At least luminance `min`, keeping the hue and as much chroma as sRGB allows there. Scaling linear
 * light by k moves a colour along its OKLCH hue line (L and C both × ∛k, h unchanged); a grey floor
 * of 0.001 lets black and near-black reach `min` too (as grey), and leaves a colour already in its band
 * exact. What then leaves the gamut is pulled towards the grey of the same luminance, so the luminance
 * (the contrast) stays. Mixing with white, as before, turned #5b2a86 into a grey lavender (#a396b5).
 */
export const lighten = (c: Rgb, min: number): Rgb => {
  const k = Math.max(1, (min + 0.001) / (Y(c) + 0.001));
  const scaled = c.map((x) => (x + 0.001) * k - 0.001) as Rgb;
  const y = Y(scaled);
  const t = Math.min(1, (1 - y) / Math.max(Math.max(...scaled) - y, 1e-4));
  return scaled.map((x) => y + t * (x - y)) as Rgb;
};

/** OKLab (Ottosson) ↔ linear sRGB, for the tinted dark surface. */
const cbrtLms = ([r, g, b]: Rgb) => [
  0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b,
  0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b,
  0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b,
].map(Math.cbrt);
export function oklab(c: Rgb): Rgb {
  const [l, m, s] = cbrtLms(c);
  return [0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s, 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s, 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s];
}
export function fromOklab([L, a, b]: Rgb): Rgb {
  const [l, m, s] = [L + 0.3963377774 * a + 0.2158037573 * b, L - 0.1055613458 * a - 0.0638541728 * b, L - 0.0894841775 * a - 1.291485548 * b].map((x) => x ** 3);
  return [4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s, -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s, -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s];
}
/**
 * The dark surface a partner tints from the brand (`--crs-dark-surface-tint`, 0–100 %): the default
 * dark surface mixed, in OKLab, with a dark colour of the brand's hue (its OKLCH lightness fixed,
 * chroma capped so it reads as a tint). theme.ts writes the same in CSS.
 */
export const TINT = { l: 0.23, c: 0.045 } as const;
export function tintSurface(neutral: Rgb, brand: Rgb, amount: number): Rgb {
  const [, a, b] = oklab(brand);
  const chroma = Math.hypot(a, b);
  const k = chroma > 0 ? Math.min(chroma, TINT.c) / chroma : 0;
  const [n, t] = [oklab(neutral), [TINT.l, a * k, b * k]];
  return fromOklab(n.map((x, i) => x + (t[i] - x) * amount) as Rgb);
}

export type Scheme = 'light' | 'dark';

/**
 * `--crs-map-palette: brand`: ten region fills around the brand's OKLCH hue (±90° in 45° steps) at a
 * fixed chroma (a grey brand still gets colours) and two lightness levels. Chroma and levels are chosen
 * so every hue is inside sRGB and every fill is ≥ 3:1 against the state borders (region-line): light
 * fills have Y 0.10–0.28 against white, dark ones 0.23–0.53 against #1b1e23; the two levels differ
 * by ≥ 1.8:1. The hatch patterns stay. map-palette.ts writes the same in CSS.
 */
export const MAP_BRAND = { hues: [-90, -45, 0, 45, 90], chroma: 0.08, levels: { light: [0.48, 0.64], dark: [0.8, 0.62] } } as const;
/**
 * Region i (0–9): hue step 3i mod 5 and level i mod 2, so consecutive regions are 90° or 135° apart
 * and at different levels, and no two regions share both.
 */
export const mapBrandSlot = (i: number): [hue: number, level: number] => [MAP_BRAND.hues[(i * 3) % 5], i % 2];
export function brandRegions(scheme: Scheme, brand: string): string[] {
  const [, a, b] = oklab(linear(brand));
  const h = Math.atan2(b, a);
  return times(10, (i) => {
    const [hue, level] = mapBrandSlot(i);
    const angle = h + (hue * Math.PI) / 180;
    return toHex(fromOklab([MAP_BRAND.levels[scheme][level], MAP_BRAND.chroma * Math.cos(angle), MAP_BRAND.chroma * Math.sin(angle)]));
  });
}
/** Links and the focus ring follow the partner's primary colour unless set on their own (as in theme.ts). */
export const BRANDED: ReadonlySet<string> = new Set(['link', 'focus']);
export type Palette = Record<ColorToken | 'ring', string>;

/**
 * The colours a widget paints in `scheme` when a partner sets `partner` (token → hex; `dark-<token>`
 * for a dark-only value): the same fallbacks and bands as the CSS.
 */
export function derivePalette(scheme: Scheme, partner: Partial<Record<string, string>> = {}): Palette {
  const out = {} as Palette;
  const band = (role: ColorRole, c: Rgb): Rgb => {
    if (role === 'graphic') return c;
    const [max, min] = bandOf(role, scheme, partner);
    return max < 1 ? darken(c, max) : lighten(c, min);
  };
  const pick = (name: string, fallback: string) =>
    (scheme === 'dark' ? partner[`dark-${name}`] ?? (colorTokens[name as ColorToken].role === 'graphic' ? undefined : partner[name]) : partner[name]) ?? fallback;
  const tint = scheme === 'dark' ? Math.min(1, Math.max(0, parseFloat(partner['dark-surface-tint'] ?? '0') / 100 || 0)) : 0;
  const neutral = linear(colorTokens.surface[scheme]);
  const brand = linear(partner['dark-primary'] ?? partner.primary ?? colorTokens.primary.light);
  const defaultSurface = tint ? toHex(tintSurface(neutral, brand, tint)) : colorTokens.surface[scheme];
  const surface = band('surface', linear(pick('surface', defaultSurface)));
  for (const [name, t] of Object.entries(colorTokens) as [ColorToken, (typeof colorTokens)[ColorToken]][]) {
    let base: Rgb;
    const own = scheme === 'dark' ? partner[`dark-${name}`] ?? partner[name] : partner[name];
    if (name === 'surface') base = surface;
    else if (t.role === 'raised' && !own) {
      const [r, g, b] = surface;
      base = name === 'surface-alt'
        ? (scheme === 'light' ? [r * 0.88, g * 0.88, b * 0.88] : [r * 0.8 + 0.015, g * 0.8 + 0.015, b * 0.8 + 0.015])
        : scheme === 'light' ? [r, g * 0.88, b * 0.88] : [r * 0.8 + 0.03, g * 0.8 + 0.005, b * 0.8 + 0.005];
    } else base = linear(pick(name, BRANDED.has(name) ? pick('primary', t[scheme]) : t[scheme]));
    out[name] = toHex(band(t.role, base));
  }
  if (partner['map-palette'] === 'brand') {
    const regions = brandRegions(scheme, pick('primary', colorTokens.primary[scheme === 'dark' ? 'light' : scheme]));
    regions.forEach((hex, i) => (out[`region-${i + 1}` as ColorToken] = pick(`region-${i + 1}`, hex)));
  }
  const focus = linear(out.focus);
  out.ring = toHex(scheme === 'light' ? darken(focus, 0.04) : lighten(focus, 0.58));
  return out;
}

/** The high-contrast theme: fixed colours, partner values ignored. */
export const contrastPalette = (): Palette => ({ ...Object.fromEntries(Object.entries(colorTokens).map(([n, t]) => [n, t.contrast])), ring: colorTokens.focus.contrast }) as Palette;

/** The colour pairs every theme must pass: [foreground, background, kind, where]. */
export const CONTRAST_PAIRS: readonly [string, string, PairKind, string][] = [
  ['text', 'surface', 'text', 'body text'],
  ['text', 'surface-alt', 'text', 'text on raised panels and hover'],
  ['muted', 'surface', 'text', 'notes and captions'],
  ['muted', 'surface-alt', 'text', 'translation note'],
  ['link', 'surface', 'text', 'links'],
  ['link', 'surface-alt', 'text', 'links on raised panels'],
  ['primary', 'surface', 'text', 'titles, secondary buttons, toggles'],
  ['primary', 'surface-alt', 'text', 'toggle on hover'],
  ['on-primary', 'primary', 'text', 'primary button label'],
  ['error', 'error-surface', 'text', 'notice title'],
  ['text', 'error-surface', 'text', 'notice text'],
  ['error', 'surface', 'text', 'ZIP error message'],
  ['success', 'surface', 'text', 'copied confirmation'],
  ['border', 'surface', 'ui', 'control and card borders'],
  ['border', 'surface-alt', 'ui', 'note border'],
  ['focus', 'surface', 'ui', 'focus ring'],
  ['focus', 'surface-alt', 'ui', 'focus ring inside a hovered toggle'],
  ['primary', 'surface', 'ui', 'primary button edge, current region border'],
  ['error', 'surface', 'ui', 'invalid field border'],
  ['text', 'surface', 'ui', 'map pins'],
  ['text', 'surface', 'text', 'inset labels on the map'],
  ...times(10, (i) => [`region-${i + 1}`, 'region-line', 'ui', `map region ${i + 1} against state borders`] as [string, string, PairKind, string]),
];

/** Two-colour outlines drawn on the map: [ring, halo, what]. Each must reach 3:1 on every fill via one of its two colours. */
export const MAP_OUTLINES: readonly [string, string, string][] = [
  ['ring', 'halo', 'map focus ring'],
  ['text', 'halo', 'selected state outline'],
];
/** What those outlines are drawn on. */
export const MAP_FILLS: readonly string[] = [...times(10, (i) => `region-${i + 1}`), 'region-line', 'surface'];
