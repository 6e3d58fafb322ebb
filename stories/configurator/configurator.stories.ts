import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import manifest from '../../custom-elements.json';
import { elementMarkup, npmSnippet, scriptSnippet, tokenCss, type EmbedConfig, type Tag } from './snippet.js';
import { LOCALES } from '../../src/core/i18n/locale-match.js';
import { colorTokens, scalarTokens } from '../../src/core/styles/tokens.js';

const meta: Meta = { title: 'Tools/Embed configurator', tags: ['!autodocs'] };
export default meta;

interface ManifestAttribute {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}
/** `'a' | 'b'` attribute types (from the JSDoc) become a select. */
const literals = (type?: string): string[] | undefined =>
  /^('[^']*'\s*\|\s*)+'[^']*'$/.test(type ?? '') ? type!.split('|').map((v) => v.trim().replace(/'/g, '')) : undefined;
/** Attributes come from the Custom Elements Manifest: no second list to keep in sync. */
function attributesOf(tag: Tag): ManifestAttribute[] {
  for (const module of (manifest as { modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[] }).modules) {
    for (const d of module.declarations ?? []) {
      if (d.tagName === tag) return (d.attributes ?? []).filter((a) => !['lang', 'theme'].includes(a.name));
    }
  }
  return [];
}

const TOKENS = ['--crs-color-primary', '--crs-color-surface', '--crs-color-text', '--crs-font-family', '--crs-radius'];
/** The defaults, in the units the theme builder writes (em, not px). */
const PLACEHOLDERS: Record<string, string> = {
  '--crs-color-primary': colorTokens.primary.light,
  '--crs-color-surface': colorTokens.surface.light,
  '--crs-color-text': colorTokens.text.light,
  '--crs-font-family': 'Georgia, serif',
  '--crs-radius': scalarTokens.radius.value,
};

/**
 * Choose an element, its attributes, language, theme and up to five tokens; the preview shows exactly what the
 * snippet will render, and the snippets are ready to paste.
 */
export const Configurator: StoryObj = {
  render: () => {
    const root = document.createElement('div');
    const config: EmbedConfig = { tag: 'crs-office-locator', attributes: {}, locale: 'auto', theme: 'light', tokens: {} };
    const copy = (text: string) => void navigator.clipboard?.writeText(text);
    const update = () => {
      const attributes = attributesOf(config.tag);
      const css = tokenCss(config);
      render(
        html`<div style="display:grid;gap:16px;font-family:system-ui,sans-serif">
          <form style="display:flex;flex-wrap:wrap;gap:12px;align-items:end" @submit=${(e: Event) => e.preventDefault()}>
            <label>Element<br />
              <select @change=${(e: Event) => { config.tag = (e.target as HTMLSelectElement).value as Tag; config.attributes = {}; update(); }}>
                ${(['crs-contact-card', 'crs-services-list', 'crs-office-locator'] as const).map((t) => html`<option ?selected=${t === config.tag}>${t}</option>`)}
              </select>
            </label>
            ${attributes.map((a) =>
              literals(a.type?.text)
                ? html`<label title=${a.description ?? ''}>${a.name}<br /><select
                    @change=${(e: Event) => { config.attributes[a.name] = (e.target as HTMLSelectElement).value; update(); }}>
                    <option value="" ?selected=${!config.attributes[a.name]}>(default${a.default ? `: ${a.default}` : ''})</option>
                    ${literals(a.type?.text)!.map((v) => html`<option ?selected=${config.attributes[a.name] === v}>${v}</option>`)}
                  </select></label>`
                : a.type?.text === 'boolean'
                ? html`<label title=${a.description ?? ''}><input type="checkbox" .checked=${config.attributes[a.name] === true}
                    @change=${(e: Event) => { config.attributes[a.name] = (e.target as HTMLInputElement).checked; update(); }} /> ${a.name}</label>`
                : html`<label title=${a.description ?? ''}>${a.name}<br /><input size="14" .value=${String(config.attributes[a.name] ?? '')}
                    @change=${(e: Event) => { config.attributes[a.name] = (e.target as HTMLInputElement).value; update(); }} /></label>`,
            )}
            <label>Language<br /><select @change=${(e: Event) => { config.locale = (e.target as HTMLSelectElement).value; update(); }}>
              <option value="auto">automatic</option>${LOCALES.map((l) => html`<option ?selected=${l === config.locale}>${l}</option>`)}
            </select></label>
            <label>Theme<br /><select @change=${(e: Event) => { config.theme = (e.target as HTMLSelectElement).value; update(); }}>
              ${['light', 'dark', 'high-contrast', 'auto'].map((t) => html`<option ?selected=${t === config.theme}>${t}</option>`)}
            </select></label>
            ${TOKENS.map((t) => html`<label>${t}<br /><input size="12" placeholder=${PLACEHOLDERS[t] ?? ''} .value=${config.tokens[t] ?? ''}
              @change=${(e: Event) => { config.tokens[t] = (e.target as HTMLInputElement).value; update(); }} /></label>`)}
          </form>
          <label>Script tag<br /><textarea readonly rows="6" cols="80" .value=${scriptSnippet(config)}></textarea></label>
          <button type="button" @click=${() => copy(scriptSnippet(config))}>Copy script-tag snippet</button>
          <label>npm<br /><textarea readonly rows="6" cols="80" .value=${npmSnippet(config)}></textarea></label>
          <button type="button" @click=${() => copy(npmSnippet(config))}>Copy npm snippet</button>
          <section aria-label="Preview">
            <!-- The preview is the snippet itself, so it shows exactly what a pasted snippet renders. -->
            <div data-preview style=${css.replace(/^[^{]*\{|\}$/g, '').replace(/\n/g, '')}>${unsafeHTML(elementMarkup(config))}</div>
          </section>
        </div>`,
        root,
      );
    };
    update();
    return root;
  },
};
