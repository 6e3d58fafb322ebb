/**
 * Theme CSS built from the token table. Elements read the private `--_name` aliases; each alias takes
 * the partner's `--crs-*` value when set, else the active theme's default. Private aliases are needed
 * because setting `--crs-*` on :host would hide a value a partner set on an ancestor.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { colorTokens, scalarTokens, type ThemedToken } from './tokens.js';

type Variant = 'light' | 'dark' | 'contrast' | 'forced';
const colors = Object.entries(colorTokens) as [string, ThemedToken][];

const declare = (variant: Variant, overridable: boolean): CSSResult =>
  unsafeCSS(
    colors
      .map(([name, t]) => `--_${name}:${overridable ? `var(--crs-color-${name},${t[variant]})` : t[variant]};`)
      .join(''),
  );

const scalars = unsafeCSS(
  Object.entries(scalarTokens)
    .map(([name, t]) => `--_${name}:var(--crs-${name},${t.value});`)
    .join(''),
);

export const themeStyles = css`
  :host {
    ${scalars}
    ${declare('light', true)}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${declare('dark', true)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${declare('dark', true)}
      color-scheme: dark;
    }
  }
  :host([theme='high-contrast']) {
    ${declare('contrast', false)}
    color-scheme: dark;
  }
  @media (forced-colors: active) {
    :host {
      ${declare('forced', false)}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion-duration: 0s;
    }
  }
`;
