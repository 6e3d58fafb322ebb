/**
 * `--crs-map-palette: brand` (a keyword): the map's region fills derived from the brand colour
 * (contrast.ts `brandRegions`, the same numbers). A partner's own `--crs-color-region-N` still wins;
 * high contrast and forced colours keep their fixed fills. CSS cannot branch on a keyword, so the
 * locator reads the token once it renders (`usesBrandMap`) and sets the class.
 */
import { css, unsafeCSS } from 'lit';
import { times } from '../safety/times.js';
import { colorTokens } from './tokens.js';
import { MAP_BRAND, mapBrandSlot } from './contrast.js';

const primary = colorTokens.primary.light;
const fill = (brand: string, level: number, hue: number) => `oklch(from ${brand} ${level} ${MAP_BRAND.chroma} calc(h + ${hue}))`;
const regions = times(10, (i) => {
  const [hue, level] = mapBrandSlot(i);
  const n = i + 1;
  const light = `var(--crs-color-region-${n},${fill(`var(--crs-color-primary,${primary})`, MAP_BRAND.levels.light[level], hue)})`;
  const dark = `var(--crs-dark-color-region-${n},${fill(`var(--crs-dark-color-primary,var(--crs-color-primary,${primary}))`, MAP_BRAND.levels.dark[level], hue)})`;
  return `--_crs-region-${n}:light-dark(${light},${dark});`;
}).join('');

export const mapPaletteStyles = css`
  @media not (forced-colors: active) {
    :host(:not([theme='high-contrast'])) .brand-map {
      ${unsafeCSS(regions)}
    }
  }
`;

/** Whether the page asks for the brand palette: `--crs-map-palette: brand` on the element or an ancestor. */
export const usesBrandMap = (host: Element): boolean => getComputedStyle(host).getPropertyValue('--crs-map-palette').trim() === 'brand';
