/**
 * The theme CSS moves a partner colour that fails a pair into its role's luminance band (theme.ts).
 * This says so in the console, once per page (warn.ts), naming the pair it fails, so a partner knows
 * why their brand colour looks different. A colour that passes every pair is kept, silently.
 */
import { colorTokens, type ThemedToken } from './tokens.js';
import { AA, BANDS, CONTRAST_PAIRS, contrastRatio, derivePalette, type Scheme } from './contrast.js';
import { warn } from '../warn.js';

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

/** The colours the partner set on `host` (token, or `dark-<token>`, → #rrggbb), as derivePalette reads them. */
function partnerColours(style: CSSStyleDeclaration): Record<string, string> {
  const partner: Record<string, string> = {};
  for (const name of Object.keys(colorTokens)) {
    for (const [key, property] of [[name, `--crs-color-${name}`], [`dark-${name}`, `--crs-dark-color-${name}`]]) {
      const value = style.getPropertyValue(property).trim();
      const hex = value && hexOf(value);
      if (hex) partner[key] = hex;
    }
  }
  partner['dark-surface-tint'] = style.getPropertyValue('--crs-dark-surface-tint').trim();
  return partner;
}

function check(host: HTMLElement, theme: string): void {
  const style = getComputedStyle(host);
  const scheme: Scheme = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
  const partner = partnerColours(style);
  const used = derivePalette(scheme, partner) as Record<string, string>;
  for (const [name, t] of Object.entries(colorTokens) as [string, ThemedToken][]) {
    if (t.role === 'graphic') continue;
    const property = [scheme === 'dark' && `--crs-dark-color-${name}`, `--crs-color-${name}`].find((p) => p && style.getPropertyValue(p).trim());
    const hex = property && hexOf(style.getPropertyValue(property).trim());
    if (!hex || contrastRatio(hex, used[name]) < 1.05) continue;
    // The pair it fails: the partner's colour against what the widgets draw beside it.
    const [worst] = CONTRAST_PAIRS.filter(([fg, bg]) => fg === name || bg === name)
      .map(([fg, bg, kind, where]) => {
        const other = fg === name ? bg : fg;
        return { other, ratio: contrastRatio(hex, used[other]), min: AA[kind], where };
      })
      .sort((a, b) => a.ratio / a.min - b.ratio / b.min);
    const [max] = BANDS[t.role][scheme];
    const pair = worst && worst.ratio < worst.min
      ? `${worst.ratio.toFixed(2)}:1 against --crs-color-${worst.other} ${used[worst.other]} (${worst.where}), below the ${worst.min}:1 WCAG 2.2 AA asks`
      : 'below WCAG 2.2 AA on a background colour you may set';
    warn(
      `${property}: ${hex} is too ${max < 1 ? 'light' : 'dark'} for the ${scheme} theme: ${pair}; the widgets use ${used[name]} instead.` +
        (scheme === 'dark' && property.startsWith('--crs-color') ? ` Set --crs-dark-color-${name} to choose the dark shade yourself.` : ''),
    );
  }
}
