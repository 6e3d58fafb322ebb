import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { contrastRatio, isHexColor } from '../src/core/styles/contrast.js';
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

interface Choice {
  primary: string;
  surface: string;
  text: string;
  font: string;
  radius: number;
}

function snippet(c: Choice): string {
  const lines = [
    `  --crs-color-primary: ${c.primary};`,
    `  --crs-color-surface: ${c.surface};`,
    `  --crs-color-text: ${c.text};`,
    c.font ? `  --crs-font-family: ${c.font};` : '',
    `  --crs-radius: ${c.radius}px;`,
  ].filter(Boolean);
  return `:root {\n${lines.join('\n')}\n}`;
}

function warnings(c: Choice): string[] {
  const out: string[] = [];
  const check = (fg: string, bg: string, min: number, what: string) => {
    if (!isHexColor(fg) || !isHexColor(bg)) return;
    const ratio = contrastRatio(fg, bg);
    if (ratio < min) out.push(`${what}: ${ratio.toFixed(2)}:1, needs ${min}:1 (WCAG 2.2 AA)`);
  };
  check(c.primary, c.surface, 4.5, 'Primary (titles, buttons) on the surface');
  check(colorTokens['on-primary'].light, c.primary, 4.5, 'White button text on the primary colour');
  check(c.text, c.surface, 4.5, 'Body text on the surface');
  check(colorTokens.link.light, c.surface, 4.5, 'Links on the surface');
  check(colorTokens.border.light, c.surface, 3, 'Borders on the surface');
  return out;
}

/**
 * Pick a primary colour, surface, text colour, font and radius, see all three widgets change, and copy
 * the CSS. The builder warns when a chosen pair fails WCAG 2.2 AA contrast.
 */
export const ThemeBuilder: StoryObj = {
  render: () => {
    const root = document.createElement('div');
    const choice: Choice = { primary: colorTokens.primary.light, surface: colorTokens.surface.light, text: colorTokens.text.light, font: '', radius: 6 };
    const update = () => {
      const style = [
        `--crs-color-primary:${choice.primary}`,
        `--crs-color-surface:${choice.surface}`,
        `--crs-color-text:${choice.text}`,
        choice.font ? `--crs-font-family:${choice.font}` : '',
        `--crs-radius:${choice.radius}px`,
      ].filter(Boolean).join(';');
      const problems = warnings(choice);
      const set = (key: keyof Choice) => (e: Event) => {
        const value = (e.target as HTMLInputElement).value;
        (choice as unknown as Record<string, string | number>)[key] = key === 'radius' ? Number(value) : value;
        update();
      };
      render(
        html`<div style="display:grid;gap:16px;font-family:system-ui,sans-serif">
          <form style="display:flex;flex-wrap:wrap;gap:16px;align-items:end" @submit=${(e: Event) => e.preventDefault()}>
            <label>Primary colour<br /><input type="color" .value=${choice.primary} @input=${set('primary')} /></label>
            <label>Surface<br /><input type="color" .value=${choice.surface} @input=${set('surface')} /></label>
            <label>Text<br /><input type="color" .value=${choice.text} @input=${set('text')} /></label>
            <label>Font<br /><select @change=${set('font')}>
              ${Object.entries(FONTS).map(([name, value]) => html`<option value=${value} ?selected=${value === choice.font}>${name}</option>`)}
            </select></label>
            <label>Radius: ${choice.radius}px<br /><input type="range" min="0" max="24" .value=${String(choice.radius)} @input=${set('radius')} /></label>
          </form>
          <div role="status" aria-live="polite">
            ${problems.length
              ? html`<p><strong>Contrast warnings:</strong></p><ul>${problems.map((p) => html`<li>${p}</li>`)}</ul>`
              : html`<p>All checked pairs meet WCAG 2.2 AA.</p>`}
          </div>
          <label>CSS to paste into your site<br /><textarea readonly rows="7" cols="48" .value=${snippet(choice)}></textarea></label>
          <div style=${style}>
            <div style="display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));align-items:start">
              <crs-contact-card data-fixed-theme office="houston"></crs-contact-card>
              <crs-services-list data-fixed-theme services="mediation public-events" sections="services"></crs-services-list>
            </div>
            <crs-office-locator data-fixed-theme state="TX" view="map" no-geolocation></crs-office-locator>
          </div>
        </div>`,
        root,
      );
    };
    update();
    return root;
  },
};
