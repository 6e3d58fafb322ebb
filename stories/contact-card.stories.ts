import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultDataset } from '../src/core/data/dataset.js';
import { elementArgTypes, langOf, logDetail, levelOf, noControls, themeOf } from '../.storybook/element-args.js';

interface Args {
  office?: string;
  compact?: boolean;
  'heading-level'?: number;
  'data-src'?: string;
  lang?: string;
  theme?: string;
  [handler: string]: unknown;
}

const OFFICE_IDS = defaultDataset.offices.map((o) => o.id);

const meta: Meta<Args> = {
  title: 'Elements/Contact card',
  component: 'crs-contact-card',
  // The element page is stories/elements/ContactCard.mdx.
  tags: ['!autodocs'],
  args: { office: 'hq' },
  argTypes: elementArgTypes('crs-contact-card', { options: { office: OFFICE_IDS } }),
  render: (args, context) => html`<crs-contact-card
    lang=${ifDefined(langOf(args, context))}
    theme=${ifDefined(themeOf(args, context))}
    office=${ifDefined(args.office)}
    ?compact=${args.compact}
    heading-level=${ifDefined(levelOf(args['heading-level']))}
    data-src=${ifDefined(args['data-src'] || undefined)}
    data-timeout=${ifDefined(args['data-timeout'] ?? undefined)}
    ?debug=${args.debug}
    ?no-heading=${args['no-heading']}
    help=${ifDefined(args.help || undefined)}
    @crs-contact-action=${logDetail(args, 'crs-contact-action')}
  ></crs-contact-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Headquarters: Story = {};
export const RegionalOffice: Story = { args: { office: 'southwest' } };
export const FieldOffice: Story = { args: { office: 'houston' } };
/** An office whose street and phone are not confirmed by a current source: the card routes to headquarters. */
export const UnconfirmedOffice: Story = { args: { office: 'new-england' } };
/** `compact` hides the agency line, the street address and the social links. */
export const Compact: Story = { args: { compact: true, office: 'san-francisco' } };
/** An unknown id: a visible notice, headquarters' details, and one console warning. */
export const UnknownOffice: Story = { args: { office: 'atlantis' } };
/** Spanish, set on the element: `lang="es"`. */
export const Spanish: Story = { args: { office: 'houston', lang: 'es' } };
/** Arabic: the card mirrors; phone numbers, ZIP codes and URLs stay left to right. */
export const RightToLeft: Story = { args: { office: 'houston', lang: 'ar' } };
/** Two cards in two languages side by side, as a bilingual partner page shows them. */
export const SideBySide: Story = {
  parameters: noControls,
  render: (args, context) => html`<div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr))">
    <crs-contact-card lang="en" theme=${ifDefined(themeOf(args, context))} office="southwest" heading-level="3"></crs-contact-card>
    <crs-contact-card lang="es" theme=${ifDefined(themeOf(args, context))} office="southwest" heading-level="3"></crs-contact-card>
  </div>`,
};

export const EveryOffice: Story = {
  parameters: noControls,
  render: (args, context) => html`<div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr))">
    ${OFFICE_IDS.map(
      (id) => html`<crs-contact-card lang=${ifDefined(langOf(args, context))} theme=${ifDefined(themeOf(args, context))} office=${id} heading-level="3"></crs-contact-card>`,
    )}
  </div>`,
};

export const EveryTheme: Story = {
  parameters: noControls,
  render: (args, context) => html`<div style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr))">
    ${['light', 'dark', 'high-contrast', 'auto'].map(
      (theme) => html`<div style="padding: 8px; background: ${theme === 'light' ? '#fff' : '#000'}">
        <crs-contact-card lang=${ifDefined(langOf(args, context))} theme=${theme} office="midwest" heading-level="3"></crs-contact-card>
      </div>`,
    )}
  </div>`,
};
