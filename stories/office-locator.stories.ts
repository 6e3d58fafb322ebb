import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

interface Args {
  state?: string;
  office?: string;
  view: 'map' | 'list' | 'both';
  'no-geolocation': boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Office locator',
  component: 'crs-office-locator',
  args: { view: 'both', 'no-geolocation': false },
  argTypes: {
    view: { control: 'inline-radio', options: ['map', 'list', 'both'] },
    state: { control: 'text' },
    office: { control: 'text' },
  },
  render: (args) => html`<crs-office-locator
    state=${ifDefined(args.state)}
    office=${ifDefined(args.office)}
    view=${args.view}
    ?no-geolocation=${args['no-geolocation']}
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
  render: () => html`<div style="display: grid; gap: 16px">
    ${['light', 'dark', 'high-contrast'].map(
      (theme) => html`<div style="padding: 8px; background: ${theme === 'light' ? '#fff' : '#000'}">
        <crs-office-locator data-fixed-theme theme=${theme} state="NY" view="map"></crs-office-locator>
      </div>`,
    )}
  </div>`,
};
export const RightToLeft: Story = { args: { state: 'TX' }, globals: { locale: 'ar' } };
/** The narrowest phone layout. */
export const Narrow320: Story = {
  args: { state: 'PR' },
  render: (args) => html`<div style="inline-size: 320px; border: 1px dashed #888">
    <crs-office-locator state=${ifDefined(args.state)}></crs-office-locator>
  </div>`,
};
