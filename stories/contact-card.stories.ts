import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultDataset } from '../src/core/data/dataset.js';

interface Args {
  office: string;
  compact: boolean;
  'heading-level'?: number;
  'data-src'?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Contact card',
  component: 'crs-contact-card',
  args: { office: 'hq', compact: false },
  argTypes: {
    office: { control: 'select', options: defaultDataset.offices.map((o) => o.id) },
    compact: { control: 'boolean' },
  },
  render: (args) => html`<crs-contact-card
    office=${args.office}
    ?compact=${args.compact}
    heading-level=${ifDefined(args['heading-level'])}
    data-src=${ifDefined(args['data-src'])}
  ></crs-contact-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Headquarters: Story = {};
export const RegionalOffice: Story = { args: { office: 'southwest' } };
export const FieldOffice: Story = { args: { office: 'houston' } };
/** An office whose street and phone are not confirmed by a current source: the card routes to headquarters. */
export const UnconfirmedOffice: Story = { args: { office: 'new-england' } };
export const Compact: Story = { args: { compact: true, office: 'san-francisco' } };
export const UnknownOffice: Story = { args: { office: 'atlantis' } };

export const EveryOffice: Story = {
  render: () => html`<div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr))">
    ${defaultDataset.offices.map((o) => html`<crs-contact-card office=${o.id} heading-level="3"></crs-contact-card>`)}
  </div>`,
};

export const EveryTheme: Story = {
  render: () => html`<div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr))">
    ${['light', 'dark', 'high-contrast', 'auto'].map(
      (theme) => html`<div style="padding: 8px; background: ${theme === 'light' ? '#fff' : '#000'}">
        <crs-contact-card data-fixed-theme theme=${theme} office="midwest" heading-level="3"></crs-contact-card>
      </div>`,
    )}
  </div>`,
};

/** Right to left: set the toolbar's language to العربية to see every story mirrored. */
export const RightToLeft: Story = {
  args: { office: 'houston' },
  globals: { locale: 'ar' },
};
