/** The theme builder's logic: what a partner chose, the CSS it writes and every pair it checks. */
import { AA, CONTRAST_PAIRS, contrastRatio, derivePalette, type Scheme } from '../../src/core/styles/contrast.js';
import { colorTokens } from '../../src/core/styles/tokens.js';

/** The colours a partner sets, with the names the builder shows. */
export const COLOURS = {
  primary: 'Brand (titles, buttons)',
  'on-primary': 'Button text',
  surface: 'Background',
  text: 'Text',
  muted: 'Secondary text',
  link: 'Links',
} as const;
export type Colour = keyof typeof COLOURS;

export interface Choice {
  light: Record<Colour, string>;
  dark: Record<Colour, string>;
  /** Dark colours chosen by hand; otherwise the widgets derive them from the light ones. */
  ownDark: boolean;
  font: string;
  radius: number;
  copied: boolean;
}
export const defaults = (scheme: Scheme) => Object.fromEntries(Object.keys(COLOURS).map((k) => [k, colorTokens[k as Colour][scheme]])) as Record<Colour, string>;

/** What the partner set, as the widgets read it: light values, and dark ones only when chosen. */
const partnerOf = (c: Choice) => ({ ...c.light, ...(c.ownDark ? Object.fromEntries(Object.entries(c.dark).map(([k, v]) => [`dark-${k}`, v])) : {}) });

export function snippet(c: Choice): string {
  const lines = [
    ...Object.entries(c.light).map(([k, v]) => `  --crs-color-${k}: ${v};`),
    ...(c.ownDark ? ['  /* dark and auto in a dark system; leave out to let the widgets derive them */', ...Object.entries(c.dark).map(([k, v]) => `  --crs-dark-color-${k}: ${v};`)] : []),
    c.font ? `  --crs-font-family: ${c.font};` : '',
    `  --crs-radius: ${c.radius}px;`,
  ].filter(Boolean);
  return `:root {\n${lines.join('\n')}\n}`;
}

/** Every pair the tokens form, in light and dark: the chosen colours, and what the widgets use instead when those fail. */
export function checks(c: Choice) {
  return (['light', 'dark'] as Scheme[]).flatMap((scheme) => {
    const chosen = { ...derivePalette(scheme), ...(scheme === 'light' ? c.light : c.ownDark ? c.dark : {}) } as Record<string, string>;
    const used = derivePalette(scheme, partnerOf(c)) as Record<string, string>;
    return CONTRAST_PAIRS.map(([fg, bg, kind, where]) => {
      const ratio = contrastRatio(chosen[fg], chosen[bg]);
      return { scheme, where, fg, bg, ratio, min: AA[kind], usedRatio: contrastRatio(used[fg], used[bg]), used: `${used[fg]} on ${used[bg]}` };
    });
  });
}

