/**
 * Reading colours the way a visitor sees them: computed styles parsed to linear sRGB, composed
 * shadow-tree walks, WCAG contrast. Shared by the theming, forced-colours and map outline tests.
 */

export type Linear = [r: number, g: number, b: number, a: number];

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp = (x: number) => Math.min(1, Math.max(0, x));
const cache = new Map<string, Linear>();
let probe: CanvasRenderingContext2D | undefined;

/** A computed colour (rgb(), color(srgb …), color(srgb-linear …), or anything a canvas can paint) in linear sRGB. */
export function parseColor(value: string): Linear {
  const hit = cache.get(value);
  if (hit) return hit;
  let out: Linear | undefined;
  const nums = (s: string) => s.split(/[\s,/]+/).filter(Boolean).map((n) => (n.endsWith('%') ? parseFloat(n) / 100 : parseFloat(n)));
  let m = /^rgba?\((.*)\)$/.exec(value);
  if (m) {
    const [r, g, b, a = 1] = nums(m[1]);
    out = [toLinear(r / 255), toLinear(g / 255), toLinear(b / 255), a];
  } else if ((m = /^color\((srgb|srgb-linear) (.*)\)$/.exec(value))) {
    const [r, g, b, a = 1] = nums(m[2]);
    const f = m[1] === 'srgb' ? (x: number) => toLinear(clamp(x)) : clamp;
    out = [f(r), f(g), f(b), a];
  } else {
    probe ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;
    probe.clearRect(0, 0, 1, 1);
    probe.fillStyle = value;
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
    out = [toLinear(r / 255), toLinear(g / 255), toLinear(b / 255), a / 255];
  }
  cache.set(value, out);
  return out;
}

export const luminance = ([r, g, b]: Linear) => 0.2126 * clamp(r) + 0.7152 * clamp(g) + 0.0722 * clamp(b);

export function contrast(a: Linear, b: Linear): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `fg` painted with its alpha over `bg`. */
export const over = (fg: Linear, bg: Linear): Linear => (fg[3] >= 1 ? fg : [0, 1, 2].map((i) => fg[i] * fg[3] + bg[i] * (1 - fg[3])).concat(1) as Linear);

/** The parent in the composed (flattened) tree: a shadow root's host, a slot's ... host. */
export const composedParent = (el: Element): Element | null =>
  el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;

const WHITE: Linear = [1, 1, 1, 1];

/** The colour behind an element: the first opaque background up the composed tree (page white at the top). */
export function backgroundOf(el: Element | null): Linear {
  const layers: Linear[] = [];
  for (let e = el; e; e = composedParent(e)) {
    const bg = parseColor(getComputedStyle(e).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), WHITE);
}

/** Every element in `root`'s shadow tree and in the shadow trees nested in it. */
export function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** Visible to the eye: rendered, not clipped to nothing, not transparent. */
export function isSeen(el: Element): boolean {
  if (!el.getClientRects().length) return false;
  for (let e: Element | null = el; e; e = composedParent(e)) {
    const s = getComputedStyle(e);
    if (s.visibility === 'hidden' || s.opacity === '0' || (s.clipPath !== 'none' && s.position === 'absolute')) return false;
  }
  return true;
}

/** Elements that show text of their own (a direct, non-blank text node). */
export const ownsText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());

/** Two CSS colours that paint the same 8-bit sRGB pixel, whatever notation the engine reports them in. */
export function sameColor(a: string, b: string): boolean {
  const enc = (c: number) => Math.round(255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055));
  const [x, y] = [parseColor(a), parseColor(b)];
  return [0, 1, 2].every((i) => Math.abs(enc(Math.max(0, x[i])) - enc(Math.max(0, y[i]))) <= 1);
}
