import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { langOf } from '../.storybook/element-args.js';

const meta: Meta = { title: 'Design system/Every element × theme', tags: ['!autodocs'] };
export default meta;

const THEMES = ['light', 'dark', 'high-contrast'] as const;
const background = (theme: string) => (theme === 'light' ? '#ffffff' : '#000000');

/**
 * Every element in every theme, in the toolbar's language (العربية for RTL). Reduced motion has its own
 * story: Elements → Services list → Reduced Motion.
 */
export const Matrix: StoryObj = {
  render: (args, context) => {
    const lang = langOf(args, context);
    return html`<div style="display:grid;gap:24px">
      ${THEMES.map(
        (theme) => html`<section style="padding:12px;background:${background(theme)}" aria-labelledby=${`matrix-${theme}`}>
          <h2 id=${`matrix-${theme}`} style="margin:0 0 8px;font:600 1rem system-ui,sans-serif;color:${theme === 'light' ? '#1b1b1b' : '#ffffff'}">theme="${theme}"</h2>
          <div style="display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));align-items:start">
            <crs-contact-card lang=${ifDefined(lang)} theme=${theme} office="midwest" heading-level="3"></crs-contact-card>
            <crs-services-list lang=${ifDefined(lang)} theme=${theme} services="mediation" sections="services" expanded heading-level="3"></crs-services-list>
          </div>
          <crs-office-locator lang=${ifDefined(lang)} theme=${theme} state="MI" view="map" heading-level="3"></crs-office-locator>
        </section>`,
      )}
    </div>`;
  },
};
