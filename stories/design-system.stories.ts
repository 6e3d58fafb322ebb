import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import type { Scheme } from '../src/core/styles/contrast.js';
import { checks, COLOURS, defaults, snippet, type Choice, type Colour } from './design-system/theme-builder.js';

const meta: Meta = { title: 'Design system/Theme builder', tags: ['!autodocs'] };
export default meta;

const FONTS = {
  'System (default)': '',
  Georgia: 'Georgia, "Times New Roman", serif',
  Verdana: 'Verdana, Geneva, sans-serif',
  'Trebuchet MS': '"Trebuchet MS", Helvetica, sans-serif',
  Monospace: 'ui-monospace, Menlo, Consolas, monospace',
};

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

/** Hard brand colours (a yellow, a pastel, near-black, near-white, the README's purple) in every theme, as derived. */
export const BrandMatrix: StoryObj = {
  render: () => html`<div style="display:grid;gap:16px">
    ${['#ffd700', '#f4c2c2', '#0b0b0f', '#fbfbf5', '#5b2a86'].map(
      (brand) => html`<section aria-label=${`Brand ${brand}`} style=${`--crs-color-primary:${brand};display:grid;gap:8px;grid-template-columns:repeat(auto-fit,minmax(220px,1fr))`}>
        ${(['light', 'dark', 'auto', 'high-contrast'] as const).map(
          (theme) => html`<crs-contact-card data-fixed-theme theme=${theme} office="hq" compact heading-level="3"></crs-contact-card>`,
        )}
      </section>`,
    )}
  </div>`,
};
