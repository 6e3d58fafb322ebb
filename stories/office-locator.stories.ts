import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultDataset } from '../src/core/data/dataset.js';
import { elementArgTypes, langOf, logDetail, levelOf, noControls, themeOf } from '../.storybook/element-args.js';

interface Args {
  state?: string;
  office?: string;
  view?: 'map' | 'list' | 'both';
  'no-geolocation'?: boolean;
  'heading-level'?: number;
  'data-src'?: string;
  lang?: string;
  theme?: string;
  [handler: string]: unknown;
}

const STATE_CODES = defaultDataset.regions.flatMap((r) => r.states).sort();
const OFFICE_IDS = defaultDataset.offices.map((o) => o.id);

const meta: Meta<Args> = {
  title: 'Elements/Office locator',
  component: 'crs-office-locator',
  // The element page is stories/elements/OfficeLocator.mdx.
  tags: ['!autodocs'],
  argTypes: elementArgTypes('crs-office-locator', { options: { state: STATE_CODES, office: OFFICE_IDS } }),
  render: (args, context) => html`<crs-office-locator
    lang=${ifDefined(langOf(args, context))}
    theme=${ifDefined(themeOf(args, context))}
    state=${ifDefined(args.state || undefined)}
    office=${ifDefined(args.office || undefined)}
    view=${ifDefined(args.view)}
    ?no-geolocation=${args['no-geolocation']}
    heading-level=${ifDefined(levelOf(args['heading-level']))}
    data-src=${ifDefined(args['data-src'] || undefined)}
    data-timeout=${ifDefined(args['data-timeout'] ?? undefined)}
    ?debug=${args.debug}
    ?no-heading=${args['no-heading']}
    help=${ifDefined(args.help || undefined)}
    @crs-office-select=${logDetail(args, 'crs-office-select')}
    @crs-contact-action=${logDetail(args, 'crs-contact-action')}
  ></crs-office-locator>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const PreselectedState: Story = { args: { state: 'TX' } };
export const Territory: Story = { args: { state: 'GU' } };
export const FieldOffice: Story = { args: { office: 'san-francisco' } };
export const MapOnly: Story = { args: { view: 'map', state: 'IL' } };
export const ListOnly: Story = { args: { view: 'list' } };
export const NoGeolocation: Story = { args: { 'no-geolocation': true } };
export const EveryTheme: Story = {
  parameters: noControls,
  render: (args, context) => html`<div style="display: grid; gap: 16px">
    ${['light', 'dark', 'high-contrast'].map(
      (theme) => html`<div style="padding: 8px; background: ${theme === 'light' ? '#fff' : '#000'}">
        <crs-office-locator lang=${ifDefined(langOf(args, context))} theme=${theme} state="NY" view="map"></crs-office-locator>
      </div>`,
    )}
  </div>`,
};
/** Spanish, set on the element: the nested contact cards follow it. */
export const Spanish: Story = { args: { state: 'TX', lang: 'es' } };
export const RightToLeft: Story = { args: { state: 'TX', lang: 'ar' } };
/** The narrowest phone layout. */
export const Narrow320: Story = {
  parameters: noControls,
  args: { state: 'PR' },
  render: (args, context) => html`<div style="inline-size: 320px; border: 1px dashed #888">
    <crs-office-locator lang=${ifDefined(langOf(args, context))} theme=${ifDefined(themeOf(args, context))} state=${ifDefined(args.state)}></crs-office-locator>
  </div>`,
};
