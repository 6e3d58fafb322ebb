/**
 * The theme CSS moves a partner colour that fails a pair into its role's luminance band (theme.ts).
 * This says so in the console, once per page (warn.ts), naming the pair it fails, so a partner knows
 * why their brand colour looks different. A colour that passes every pair is kept, silently.
 */
import { colorTokens, type ThemedToken } from './tokens.js';
import { AA, BANDS, CONTRAST_PAIRS, contrastRatio, toHex, type Scheme } from './contrast.js';
import { warn } from '../element/warn.js';

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

/**
 * A removed widget leaves the queue at once: a page that removes widgets must not keep them alive until the
 * timer runs, which a busy or background page may put off for a second.
 */
export function forgetColours(host: HTMLElement): void {
  queue.delete(host);
}

function flush(): void {
  const forced = matchMedia('(forced-colors: active)').matches;
  for (const [host, theme] of queue) if (host.isConnected && !forced && theme !== 'high-contrast') check(host, theme);
  queue.clear();
}

/**
 * A colour the theme CSS computed (a registered `--_crs-*` alias) as #rrggbb: engines serialise the
 * derived ones as `color(srgb-linear …)` or `color(srgb …)`, which a canvas does not turn into hex.
 */
function usedHex(value: string): string | undefined {
  const m = /^color\((srgb(?:-linear)?) ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)/.exec(value);
  if (!m) return value ? hexOf(value) : undefined;
  const channels = m.slice(2, 5).map(Number) as [number, number, number];
  return m[1] === 'srgb' ? `#${channels.map((c) => Math.round(Math.min(1, Math.max(0, c)) * 255).toString(16).padStart(2, '0')).join('')}` : toHex(channels);
}

function check(host: HTMLElement, theme: string): void {
  const style = getComputedStyle(host);
  const scheme: Scheme = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
  // What the widget really paints (the CSS is the one derivation), read once per token used.
  const painted = new Map<string, string | undefined>();
  const used = (name: string) => (painted.has(name) ? painted.get(name) : painted.set(name, usedHex(style.getPropertyValue(`--_crs-${name}`).trim())).get(name));
  for (const [name, t] of Object.entries(colorTokens) as [string, ThemedToken][]) {
    if (t.role === 'graphic') continue;
    const property = [scheme === 'dark' && `--crs-dark-color-${name}`, `--crs-color-${name}`].find((p) => p && style.getPropertyValue(p).trim());
    const hex = property && hexOf(style.getPropertyValue(property).trim());
    const shown = hex && used(name);
    if (!hex || !shown || contrastRatio(hex, shown) < 1.05) continue;
    // The pair it fails: the partner's colour against what the widgets draw beside it.
    const [worst] = CONTRAST_PAIRS.filter(([fg, bg]) => fg === name || bg === name)
      .flatMap(([fg, bg, kind, where]) => {
        const other = fg === name ? bg : fg;
        const beside = used(other);
        return beside ? [{ other, beside, ratio: contrastRatio(hex, beside), min: AA[kind], where }] : [];
      })
      .sort((a, b) => a.ratio / a.min - b.ratio / b.min);
    const [max] = BANDS[t.role][scheme];
    const pair = worst && worst.ratio < worst.min
      ? `${worst.ratio.toFixed(2)}:1 against --crs-${scheme === 'dark' ? 'dark-' : ''}color-${worst.other} ${worst.beside} (${worst.where}), below the ${worst.min}:1 WCAG 2.2 AA asks`
      : 'it passes on these backgrounds, but with a background colour set the widgets keep it clear of every background that theme allows';
    warn(
      `${property}: ${hex} is too ${max < 1 ? 'light' : 'dark'} for the ${scheme} theme: ${pair}; the widgets use ${shown} instead.` +
        (scheme === 'dark' && property.startsWith('--crs-color') ? ` Set --crs-dark-color-${name} to choose the dark shade yourself.` : ''),
    );
  }
}
