import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { AA, CONTRAST_PAIRS, contrastRatio, derivePalette, type Scheme } from '../src/core/styles/contrast.js';
import { colorTokens } from '../src/core/styles/tokens.js';

const meta: Meta = { title: 'Design system/Theme builder', tags: ['!autodocs'] };
export default meta;

const FONTS = {
  'System (default)': '',
  Georgia: 'Georgia, "Times New Roman", serif',
  Verdana: 'Verdana, Geneva, sans-serif',
  'Trebuchet MS': '"Trebuchet MS", Helvetica, sans-serif',
  Monospace: 'ui-monospace, Menlo, Consolas, monospace',
};

/** The colours a partner sets, with the names the builder shows. */
const COLOURS = {
  primary: 'Brand (titles, buttons)',
  'on-primary': 'Button text',
  surface: 'Background',
  text: 'Text',
  muted: 'Secondary text',
  link: 'Links',
} as const;
type Colour = keyof typeof COLOURS;

interface Choice {
  light: Record<Colour, string>;
  dark: Record<Colour, string>;
  /** Dark colours chosen by hand; otherwise the widgets derive them from the light ones. */
  ownDark: boolean;
  font: string;
  radius: number;
  copied: boolean;
}
const defaults = (scheme: Scheme) => Object.fromEntries(Object.keys(COLOURS).map((k) => [k, colorTokens[k as Colour][scheme]])) as Record<Colour, string>;

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

/**
 * Pick the brand colour (and, if you like, button text, background, text, secondary text and link
 * colours, for light and dark), font and radius; see all three widgets in light and dark; copy the CSS.
 * Every pair the colours form is checked against WCAG 2.2 AA in both themes.
 */
export const ThemeBuilder: StoryObj = {
  render: () => {
    const root = document.createElement('div');
    const choice: Choice = { light: defaults('light'), dark: defaults('dark'), ownDark: false, font: '', radius: 6, copied: false };
    const update = () => {
      const css = snippet(choice);
      const style = css.replace(/^:root \{|\}$/g, '').replace(/\/\*.*\*\//g, '');
      const results = checks(choice);
      const failing = results.filter((r) => r.ratio < r.min);
      const set = (fn: (value: string) => void) => (e: Event) => {
        fn((e.target as HTMLInputElement).value);
        choice.copied = false;
        update();
      };
      const copy = async () => {
        await navigator.clipboard.writeText(css);
        choice.copied = true;
        update();
      };
      const pickers = (scheme: Scheme) =>
        (Object.keys(COLOURS) as Colour[]).map(
          (k) => html`<label>${COLOURS[k]}<br /><input type="color" .value=${choice[scheme][k]} @input=${set((v) => (choice[scheme][k] = v))} /></label>`,
        );
      render(
        html`<div style="display:grid;gap:16px;font-family:system-ui,sans-serif">
          <form style="display:grid;gap:12px" @submit=${(e: Event) => e.preventDefault()}>
            <fieldset style="display:flex;flex-wrap:wrap;gap:16px;align-items:end"><legend>Light (and the base for dark)</legend>${pickers('light')}</fieldset>
            <label><input type="checkbox" .checked=${choice.ownDark} @change=${(e: Event) => ((choice.ownDark = (e.target as HTMLInputElement).checked), update())} />
              Choose the dark colours myself (otherwise the widgets derive them)</label>
            ${choice.ownDark ? html`<fieldset style="display:flex;flex-wrap:wrap;gap:16px;align-items:end"><legend>Dark</legend>${pickers('dark')}</fieldset>` : ''}
            <div style="display:flex;flex-wrap:wrap;gap:16px;align-items:end">
              <label>Font<br /><select @change=${set((v) => (choice.font = v))}>
                ${Object.entries(FONTS).map(([name, value]) => html`<option value=${value} ?selected=${value === choice.font}>${name}</option>`)}
              </select></label>
              <label>Radius: ${choice.radius}px<br /><input type="range" min="0" max="24" .value=${String(choice.radius)} @input=${set((v) => (choice.radius = Number(v)))} /></label>
            </div>
          </form>
          <div role="status" aria-live="polite">
            ${failing.length
              ? html`<p><strong>${failing.length} of ${results.length} pairs fail WCAG 2.2 AA as chosen.</strong> The widgets adjust them (and say so in the console):</p>
                  <ul>${failing.map((r) => html`<li>${r.scheme}: ${r.fg} on ${r.bg} (${r.where}) ${r.ratio.toFixed(2)}:1, needs ${r.min}:1 → shown as ${r.used}, ${r.usedRatio.toFixed(2)}:1</li>`)}</ul>`
              : html`<p>All ${results.length} pairs (light and dark) meet WCAG 2.2 AA as chosen.</p>`}
          </div>
          <details><summary>Every pair checked</summary>
            <table><thead><tr><th>Theme</th><th>Pair</th><th>Where</th><th>Chosen</th><th>Shown</th><th>Needs</th></tr></thead>
              <tbody>${results.map((r) => html`<tr><td>${r.scheme}</td><td>${r.fg} on ${r.bg}</td><td>${r.where}</td><td>${r.ratio.toFixed(2)}:1</td><td>${r.usedRatio.toFixed(2)}:1</td><td>${r.min}:1</td></tr>`)}</tbody>
            </table>
          </details>
          <label>CSS to paste into your site<br /><textarea readonly rows="12" cols="60" .value=${css}></textarea></label>
          <p><button type="button" @click=${copy}>Copy CSS</button> <span role="status">${choice.copied ? 'Copied.' : ''}</span></p>
          <div style=${style}>
            ${(['light', 'dark'] as const).map(
              (theme) => html`<h3>${theme}</h3>
                <div style="display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));align-items:start">
                  <crs-contact-card data-fixed-theme theme=${theme} office="houston"></crs-contact-card>
                  <crs-services-list data-fixed-theme theme=${theme} services="mediation public-events" sections="services"></crs-services-list>
                </div>
                <crs-office-locator data-fixed-theme theme=${theme} state="TX" view="map" no-geolocation></crs-office-locator>`,
            )}
          </div>
        </div>`,
        root,
      );
    };
    update();
    return root;
  },
};
