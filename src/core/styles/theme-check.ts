/**
 * The theme CSS quietly moves a partner colour into its role's luminance band (theme.ts). This says
 * so, once per colour, in the console, so a partner knows why their brand colour looks different.
 */
import { colorTokens, type ThemedToken } from './tokens.js';
import { BANDS, contrastRatio, darken, lighten, linear, toHex, type Scheme } from './contrast.js';

const said = new Set<string>();
let ctx: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour as #rrggbb (what a canvas normalises opaque sRGB colours to), or undefined. */
function hexOf(value: string): string | undefined {
  ctx ??= document.createElement('canvas').getContext('2d');
  if (!ctx) return undefined;
  ctx.fillStyle = '#000';
  ctx.fillStyle = value;
  return /^#[0-9a-f]{6}$/.test(ctx.fillStyle as string) ? (ctx.fillStyle as string) : undefined;
}

const queue = new Map<HTMLElement, string>();

/**
 * Checks `host`'s partner colours soon after it renders: batched, so mounting many widgets costs one
 * style read each, not one style recalculation each. Widgets inside a widget share its colours.
 */
export function reportAdjustedColours(host: HTMLElement, theme: string): void {
  if (host.getRootNode() !== host.ownerDocument) return;
  if (!queue.size) setTimeout(flush);
  queue.set(host, theme);
}

function flush(): void {
  const forced = matchMedia('(forced-colors: active)').matches;
  for (const [host, theme] of queue) if (host.isConnected && !forced && theme !== 'high-contrast') check(host, theme);
  queue.clear();
}

function check(host: HTMLElement, theme: string): void {
  const style = getComputedStyle(host);
  const scheme: Scheme = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
  for (const [name, t] of Object.entries(colorTokens) as [string, ThemedToken][]) {
    if (t.role === 'graphic') continue;
    const property = [scheme === 'dark' && `--crs-dark-color-${name}`, `--crs-color-${name}`].find((p) => p && style.getPropertyValue(p).trim());
    const hex = property && hexOf(style.getPropertyValue(property).trim());
    if (!hex) continue;
    const [max, min] = BANDS[t.role][scheme];
    const used = toHex(max < 1 ? darken(linear(hex), max) : lighten(linear(hex), min));
    const key = `${property}:${hex}:${scheme}`;
    if (contrastRatio(hex, used) < 1.05 || said.has(key)) continue;
    said.add(key);
    console.warn(
      `[crs-widgets] ${property}: ${hex} is too ${max < 1 ? 'light' : 'dark'} for the ${scheme} theme to meet WCAG 2.2 AA contrast; ` +
        `the widgets use ${used} instead.${scheme === 'dark' && property.startsWith('--crs-color') ? ` Set --crs-dark-color-${name} to choose the dark shade yourself.` : ''}`,
    );
  }
}
