/**
 * Theme CSS built from the token table. Elements read private aliases (`--_crs-name` for colours,
 * `--_name` for sizes). Each colour alias takes the
 * partner's `--crs-color-*` value (or `--crs-dark-color-*` in the dark scheme) when set, else the
 * theme's default, and then keeps it inside its role's luminance band (below). So a partner sets a
 * brand colour once and light, dark and auto derive a shade that meets WCAG 2.2 AA; high contrast
 * and forced colours use fixed colours. Private aliases are needed because setting `--crs-*` on
 * :host would hide a value a partner set on an ancestor.
 *
 * The bands are relative luminance Y (WCAG's), chosen so every pair the widgets draw passes:
 * light backgrounds Y ≥ 0.725 → text Y ≤ 0.12 gives ≥ 4.55:1, borders/focus Y ≤ 0.19 give ≥ 3.2:1;
 * dark backgrounds Y ≤ 0.031 → text Y ≥ 0.33 gives ≥ 4.6:1, borders/focus Y ≥ 0.21 give ≥ 3.1:1.
 * While a partner sets no background, light text and borders may reach the looser limits of the
 * theme's own backgrounds (contrast.ts LOOSE_LIGHT), so a colour that passes every pair stays exact.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { colorTokens, scalarTokens, type ColorRole, type ThemedToken } from './tokens.js';
import { BANDS, BRANDED, DEFAULT_BACKGROUNDS, LOOSE_LIGHT, TINT, type Scheme } from './contrast.js';

/** Y in linear sRGB, where a colour's channels are r, g and b. */
const Y = '(.2126*r + .7152*g + .0722*b)';
const channels = (f: (c: string) => string) => ['r', 'g', 'b'].map((c) => `calc(${f(c)})`).join(' ');
/** At most luminance `max`: scales the linear channels (hue kept, never out of gamut). */
export const darken = (color: string, max: number | string) => `color(from ${color} srgb-linear ${channels((c) => `${c}*min(1,${max}/max(${Y},1e-4))`)})`;
/**
 * At least luminance `min`, keeping the hue (contrast.ts says how; the same steps): scale linear light
 * (a small grey floor lets black reach `min` too), then pull what left the gamut towards the grey of
 * the same luminance.
 */
export const lighten = (color: string, min: number) => {
  const scaled = `color(from ${color} srgb-linear ${channels((c) => `(${c} + .001)*max(1,${min + 0.001}/(${Y} + .001)) - .001`)})`;
  return `color(from ${scaled} srgb-linear ${channels((c) => `${Y} + min(1,(1 - ${Y})/max(max(r,g,b) - ${Y},1e-4))*(${c} - ${Y})`)})`;
};

/**
 * Where a light role has a looser limit while the partner sets no background (contrast.ts `bandOf`),
 * it is the registered number `--_crs-band-<role>`: the loose value when every background token is
 * unset, else a colour, which no <number> matches, so the property falls back to its initial value,
 * the strict limit. A branch on "is it set" that CSS alone can take.
 */
const looseBand = (role: string, loose: number) =>
  `--_crs-band-${role}:${DEFAULT_BACKGROUNDS.map((n) => `var(--crs-color-${n},`).join('')}${loose}${')'.repeat(DEFAULT_BACKGROUNDS.length)};`;
const LOOSE = Object.entries(LOOSE_LIGHT) as [Exclude<ColorRole, 'graphic'>, [number, number]][];

/** Each role's band (contrast.ts, shared with the contrast check) as CSS, light and dark. */
const band = (role: ColorRole, scheme: Scheme) => (c: string) => {
  if (role === 'graphic') return c;
  const [max, min] = BANDS[role][scheme];
  if (scheme === 'light' && LOOSE_LIGHT[role]) return darken(c, `var(--_crs-band-${role})`);
  return max < 1 ? darken(c, max) : lighten(c, min);
};
/** Panels and notices are shades of the (banded) surface unless the partner sets them. */
const RAISED: Record<string, [string, string]> = {
  'surface-alt': ['color(from var(--_crs-surface-l) srgb-linear calc(r*.88) calc(g*.88) calc(b*.88))', 'color(from var(--_crs-surface-d) srgb-linear calc(r*.8 + .015) calc(g*.8 + .015) calc(b*.8 + .015))'],
  'error-surface': ['color(from var(--_crs-surface-l) srgb-linear r calc(g*.88) calc(b*.88))', 'color(from var(--_crs-surface-d) srgb-linear calc(r*.8 + .03) calc(g*.8 + .005) calc(b*.8 + .005))'],
};
/** Tokens whose light and dark shades other aliases derive from. */
const SHARED = new Set(['surface', 'focus']);

/**
 * Links and the focus ring follow the partner's brand colour unless set on their own, so one
 * `--crs-color-primary` brands every interactive colour; without a brand they keep their defaults.
 * Their bands then keep the brand's shade wherever it already passes.
 */

/**
 * The default dark surface, tinted from the brand by `--crs-dark-surface-tint` (a registered
 * percentage, so a bad value is 0 % and never breaks the surface): contrast.ts `tintSurface`.
 */
const TINTED = `color-mix(in oklab,${colorTokens.surface.dark},oklch(from var(--crs-dark-color-primary,var(--crs-color-primary,${colorTokens.primary.light})) ${TINT.l} min(c,${TINT.c}) h) clamp(0%,var(--crs-dark-surface-tint,0%),100%))`;

function alias(name: string, t: ThemedToken): string {
  const brand = (scheme: string, fallback: string) => (BRANDED.has(name) ? `var(--crs-${scheme}primary,${fallback})` : fallback);
  const light = `var(--crs-color-${name},${RAISED[name]?.[0] ?? brand('color-', t.light)})`;
  const darkDefault = RAISED[name]?.[1] ?? (name === 'surface' ? TINTED : brand('dark-color-', brand('color-', t.dark)));
  const dark = `var(--crs-dark-color-${name},${t.role === 'graphic' ? t.dark : `var(--crs-color-${name},${darkDefault})`})`;
  const [l, d] = [band(t.role, 'light')(light), band(t.role, 'dark')(dark)];
  const v = `--_crs-${name}`;
  if (!SHARED.has(name)) return `${v}:light-dark(${l},${d});`;
  return `${v}-l:${l};${v}-d:${d};${v}:light-dark(var(${v}-l),var(${v}-d));`;
}

const colors = Object.entries(colorTokens) as [string, ThemedToken][];
const fixed = (variant: 'contrast' | 'forced'): CSSResult => unsafeCSS(colors.map(([name, t]) => `--_crs-${name}:${t[variant]};`).join(''));

/*
 * Registered as <color>, each alias is computed once, on the host, and inherited as a colour: without
 * this every element re-evaluates the derivation, and a theme change in WebKit takes ten times longer.
 * The names are global to the page, hence the crs prefix; a second copy of the bundle skips them.
 */
if (typeof CSS !== 'undefined' && CSS.registerProperty) {
  for (const [name, t] of [...colors, ['ring', colorTokens.focus] as const]) {
    for (const suffix of SHARED.has(name) ? ['', '-l', '-d'] : ['']) {
      try {
        CSS.registerProperty({ name: `--_crs-${name}${suffix}`, syntax: '<color>', inherits: true, initialValue: t.light });
      } catch {
        // already registered by another copy of the widgets
      }
    }
  }
  for (const [role] of LOOSE) {
    try {
      CSS.registerProperty({ name: `--_crs-band-${role}`, syntax: '<number>', inherits: false, initialValue: String(BANDS[role].light[0]) });
    } catch {
      // as above
    }
  }
  try {
    CSS.registerProperty({ name: '--crs-dark-surface-tint', syntax: '<percentage>', inherits: true, initialValue: '0%' });
  } catch {
    // as above
  }
}

const scalars = unsafeCSS(
  Object.entries(scalarTokens)
    .map(([name, t]) => `--_${name}:var(--crs-${name},${t.value});`)
    .join(''),
);

/*
 * light-dark() picks each alias's shade from the used colour scheme, so `auto` needs no media query.
 * --_crs-ring (the map's focus outline) is drawn on region fills of any colour: it is kept far from the
 * halo (≥ 9:1), so one of the two is ≥ 3:1 against whatever is next to it.
 */
export const themeStyles = css`
  :host {
    ${scalars}
    ${unsafeCSS(LOOSE.map(([role, [max]]) => looseBand(role, max)).join(''))}
    ${unsafeCSS(colors.map(([name, t]) => alias(name, t)).join(''))}
    ${unsafeCSS(`--_crs-ring:light-dark(${darken('var(--_crs-focus-l)', 0.04)},${lighten('var(--_crs-focus-d)', 0.58)});`)}
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='high-contrast']) {
    ${fixed('contrast')}
    --_crs-ring: var(--_crs-focus);
    color-scheme: dark;
  }
  @media (forced-colors: active) {
    :host {
      ${fixed('forced')}
      --_crs-ring: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion-duration: 0s;
    }
  }
`;
