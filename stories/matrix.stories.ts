import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = { title: 'Design system/Every element × theme', tags: ['!autodocs'] };
export default meta;

const THEMES = ['light', 'dark', 'high-contrast'] as const;
const background = (theme: string) => (theme === 'light' ? '#ffffff' : '#000000');

/** Every element in every theme. Use the toolbar's language (العربية for RTL) to see the matrix mirrored. */
export const Matrix: StoryObj = {
  render: () => html`<div style="display:grid;gap:24px">
    ${THEMES.map(
      (theme) => html`<section style="padding:12px;background:${background(theme)}" aria-label=${`${theme} theme`}>
        <div style="display:grid;gap:16px;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));align-items:start">
          <crs-contact-card data-fixed-theme theme=${theme} office="midwest" heading-level="3"></crs-contact-card>
          <crs-services-list data-fixed-theme theme=${theme} services="mediation" sections="services" expanded heading-level="3"></crs-services-list>
        </div>
        <crs-office-locator data-fixed-theme theme=${theme} state="MI" view="map" heading-level="3"></crs-office-locator>
      </section>`,
    )}
  </div>`,
};

/** The same matrix with reduced motion asked for (panels open without animation). */
export const ReducedMotion: StoryObj = {
  ...Matrix,
  parameters: { docs: { description: { story: 'Emulate `prefers-reduced-motion: reduce` in DevTools to check.' } } },
};
