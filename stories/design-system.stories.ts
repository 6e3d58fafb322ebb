import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { isHexColor, type Scheme } from '../src/core/styles/contrast.js';
import type { ColorToken } from '../src/core/styles/tokens.js';
import { checks, DEFAULT_RADIUS, emptyChoice, GROUPS, shown, snippet, tokensOf } from './design-system/theme-builder.js';

const meta: Meta = { title: 'Design system/Theme builder', tags: ['!autodocs'] };
export default meta;

/** What each colour is called in the builder (the token name is shown beside it). */
const LABELS: Partial<Record<ColorToken, string>> = {
  primary: 'Brand: titles, buttons, toggles',
  'on-primary': 'Text on brand buttons',
  surface: 'Background',
  text: 'Text',
  muted: 'Secondary text',
  link: 'Links (follow the brand)',
  focus: 'Focus ring (follows the brand)',
  border: 'Borders',
  error: 'Error text',
  'error-surface': 'Error background (from the background)',
  success: '“Copied” confirmation',
  'surface-alt': 'Panels and hover (from the background)',
  'region-line': 'Map: state borders',
  halo: 'Map: outline halo',
};
const labelOf = (t: ColorToken) => LABELS[t] ?? `Map: region ${t.slice('region-'.length)}`;

const FONT_SIZES = { '': 'The visitor’s browser size (default)', '1em': 'The text around the widget (1em)' };
/** What the preview and the pasted CSS both use: the builder's own output, scoped to the preview. */
const PREVIEW = '.crs-builder-preview :is(crs-contact-card, crs-services-list, crs-office-locator)';

/**
 * Change only what your site needs; everything else stays derived. The CSS below says exactly what you changed,
 * per theme, and the previews use that CSS.
 */
export const ThemeBuilder: StoryObj = {
  render: () => {
    const root = document.createElement('div');
    const choice = emptyChoice();
    let copied = '';
    const update = () => {
      const css = snippet(choice);
      const { notes } = tokensOf(choice);
      const results = checks(choice);
      const passing = results.filter((r) => r.ratio >= r.min - 0.005).length;
      const palettes = { light: shown(choice, 'light'), dark: shown(choice, 'dark') };
      const change = (fn: () => void) => {
        fn();
        copied = '';
        update();
      };
      const setColour = (scheme: Scheme, t: ColorToken, raw: string) => {
        const value = raw.trim().toLowerCase();
        if (!value) change(() => delete choice[scheme][t]);
        else if (isHexColor(value)) change(() => (choice[scheme][t] = value.length === 4 ? `#${[...value.slice(1)].map((c) => c + c).join('')}` : value));
      };
      const copy = async () => {
        try {
          await navigator.clipboard.writeText(css);
          copied = 'Copied.';
        } catch {
          copied = 'Copying is blocked here: select the text and copy it.';
        }
        update();
      };
      const cell = (scheme: Scheme, t: ColorToken) => {
        const own = choice[scheme][t];
        const used = palettes[scheme][t];
        const name = `${labelOf(t)}, ${scheme}`;
        return html`<td>
          <span class="pick">
            <input type="color" aria-label=${name} .value=${used} @input=${(e: Event) => setColour(scheme, t, (e.target as HTMLInputElement).value)} />
            <input type="text" aria-label=${`${name}, hex`} size="8" spellcheck="false" placeholder=${used} .value=${own ?? ''}
              @change=${(e: Event) => setColour(scheme, t, (e.target as HTMLInputElement).value)} />
            ${own ? html`<button type="button" aria-label=${`Reset ${name}`} @click=${() => setColour(scheme, t, '')}>Reset</button>` : ''}
          </span>
          ${own && own !== used ? html`<small>fails AA: the widgets use ${used}</small>` : !own ? html`<small>${scheme === 'dark' && choice.light[t] ? 'derived' : 'default'}</small>` : ''}
        </td>`;
      };
      render(
        html`<div class="builder">
          <style>
            .builder { display: grid; gap: 16px; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; max-inline-size: 1100px; }
            .builder table { border-collapse: collapse; inline-size: min(100%, 760px); }
            .builder th[scope='row'] { inline-size: 45%; }
            .builder th, .builder td { padding: 4px 8px; text-align: start; vertical-align: top; border-block-end: 1px solid #dfe1e2; }
            .builder td small { display: block; color: #565c65; }
            .builder .pick { display: inline-flex; gap: 4px; align-items: center; }
            .builder .pick input[type='text'] { font-family: ui-monospace, Menlo, Consolas, monospace; }
            .builder fieldset { border: 1px solid #a9aeb1; }
            .builder textarea { font-family: ui-monospace, Menlo, Consolas, monospace; inline-size: 100%; box-sizing: border-box; }
            .builder .previews { display: grid; gap: 16px; }
            .builder .preview { padding: 12px; display: grid; gap: 12px; }
            .builder .preview h3 { margin: 0; }
            .builder .row { display: grid; gap: 12px; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); align-items: start; }
          </style>
          <h2 style="margin:0">Theme builder</h2>
          <p>
            Set only what your site needs, usually just the brand colour. Type a hex value or use the colour picker; anything
            you leave alone keeps its default or is derived by the widgets. Dark applies to <code>theme="dark"</code>, and to
            <code>theme="auto"</code> when the visitor's system is dark. The previews below use the CSS this page writes; copy
            it into your site's stylesheet.
          </p>
          <form style="display:grid;gap:12px" @submit=${(e: Event) => e.preventDefault()}>
            ${GROUPS.map(
              (g) => html`<details ?open=${g.legend !== 'Map'}>
                <summary>${g.legend}</summary>
                <table>
                  <thead><tr><th scope="col">Colour</th><th scope="col">Light</th><th scope="col">Dark</th></tr></thead>
                  <tbody>${g.tokens.map((t) => html`<tr><th scope="row">${labelOf(t)}<br /><small><code>--crs-color-${t}</code></small></th>${cell('light', t)}${cell('dark', t)}</tr>`)}</tbody>
                </table>
              </details>`,
            )}
            <fieldset style="display:flex;flex-wrap:wrap;gap:16px;align-items:end">
              <legend>Type and shape</legend>
              <label>Font (a font stack; empty for the system fonts)<br />
                <input size="32" placeholder="Georgia, serif" .value=${choice.font} @change=${(e: Event) => change(() => (choice.font = (e.target as HTMLInputElement).value.trim()))} />
              </label>
              <label>Text size<br /><select @change=${(e: Event) => change(() => (choice.fontSize = (e.target as HTMLSelectElement).value))}>
                ${Object.entries(FONT_SIZES).map(([value, name]) => html`<option value=${value} ?selected=${value === choice.fontSize}>${name}</option>`)}
              </select></label>
              <label>Corner radius: ${choice.radius ?? DEFAULT_RADIUS}em${choice.radius === undefined ? ' (default)' : ''}<br />
                <input type="range" min="0" max="1.5" step="0.125" .value=${String(choice.radius ?? DEFAULT_RADIUS)} @input=${(e: Event) => change(() => (choice.radius = Number((e.target as HTMLInputElement).value)))} />
              </label>
            </fieldset>
            <p style="margin:0"><small>To use your page's font, type its font stack: a custom property cannot take the keyword
              <code>inherit</code> (CSS reads it as "inherit this property"). <code>1em</code> takes the size of the text around the widget.</small></p>
          </form>
          <div role="status">
            <p>${passing} of ${results.length} colour pairs (light and dark) meet WCAG 2.2 AA as the widgets will draw them.</p>
            ${notes.length ? html`<ul>${notes.map((n) => html`<li>${n}.</li>`)}</ul>` : ''}
          </div>
          <details><summary>Every pair checked</summary>
            <table><thead><tr><th scope="col">Theme</th><th scope="col">Pair</th><th scope="col">Where</th><th scope="col">Contrast</th><th scope="col">Needs</th></tr></thead>
              <tbody>${results.map((r) => html`<tr><td>${r.scheme}</td><td>${r.fg} on ${r.bg}</td><td>${r.where}</td><td>${r.ratio.toFixed(2)}:1</td><td>${r.min}:1</td></tr>`)}</tbody>
            </table>
          </details>
          <label>CSS to paste into your site (only what you changed)<br />
            <textarea readonly rows="10" .value=${css || '/* nothing changed: the defaults need no CSS */'}></textarea></label>
          <p style="margin:0"><button type="button" @click=${copy} ?disabled=${!css}>Copy CSS</button> <span role="status">${copied}</span></p>
          <style>${snippet(choice, PREVIEW)}</style>
          <section class="crs-builder-preview previews" aria-labelledby="builder-previews">
            <h2 id="builder-previews" style="margin:0">Preview</h2>
            ${(['light', 'dark'] as const).map(
              (theme) => html`<div class="preview" style=${`background:${theme === 'light' ? '#ffffff' : '#000000'}`}>
                <h3 style=${`color:${theme === 'light' ? '#1b1b1b' : '#ffffff'}`}>${theme} (and auto on a ${theme} system)</h3>
                <div class="row">
                  <crs-contact-card data-fixed-theme theme=${theme} office="houston" heading-level="4"></crs-contact-card>
                  <crs-services-list data-fixed-theme theme=${theme} services="mediation public-events" sections="services" heading-level="4"></crs-services-list>
                </div>
                <crs-office-locator data-fixed-theme theme=${theme} state="TX" view="map" no-geolocation heading-level="4"></crs-office-locator>
              </div>`,
            )}
            <div class="preview" style="background:#000000">
              <h3 style="color:#ffffff">high-contrast</h3>
              <p style="margin:0;color:#ffffff">Fixed colours for the people who need them: your colours are ignored here, as they are in
                Windows' forced-colours (contrast themes) mode, where the widgets take the system's colours. A story cannot switch
                that mode on; in Chrome's DevTools, Rendering → "Emulate CSS media feature forced-colors" shows it.</p>
              <div class="row">
                <crs-contact-card data-fixed-theme theme="high-contrast" office="houston" heading-level="4"></crs-contact-card>
                <crs-services-list data-fixed-theme theme="high-contrast" services="mediation public-events" sections="services" heading-level="4"></crs-services-list>
              </div>
            </div>
          </section>
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
