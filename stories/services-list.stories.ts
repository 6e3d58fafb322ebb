import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SECTION_IDS, SERVICE_IDS } from '../src/services-list/services.js';

interface Args {
  services?: string;
  sections?: string;
  expanded: boolean;
  'heading-level'?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/Services list',
  component: 'crs-services-list',
  args: { expanded: false },
  argTypes: {
    services: { control: 'text', description: `Space-separated among: ${SERVICE_IDS.join(' ')}` },
    sections: { control: 'text', description: `Space-separated among: ${SECTION_IDS.join(' ')}` },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) => html`<crs-services-list
    services=${ifDefined(args.services)}
    sections=${ifDefined(args.sections)}
    heading-level=${ifDefined(args['heading-level'])}
    ?expanded=${args.expanded}
  ></crs-services-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Expanded: Story = { args: { expanded: true } };
/** Only mediation and dialogue, in that order, and no "About CRS". */
export const Filtered: Story = { args: { services: 'mediation facilitated-dialogue', sections: 'services works-with' } };
export const EveryTheme: Story = {
  render: () => html`<div style="display: grid; gap: 16px">
    ${['light', 'dark', 'high-contrast'].map(
      (theme) => html`<div style="padding: 8px; background: ${theme === 'light' ? '#fff' : '#000'}">
        <crs-services-list data-fixed-theme theme=${theme} services="mediation public-events" sections="services" expanded></crs-services-list>
      </div>`,
    )}
  </div>`,
};
export const RightToLeft: Story = { args: { expanded: true }, globals: { locale: 'ar' } };
export const SimplifiedChinese: Story = { args: { expanded: true }, globals: { locale: 'zh-Hans' } };
export const Spanish: Story = { args: { expanded: true }, globals: { locale: 'es' } };
export const Vietnamese: Story = { args: { expanded: true }, globals: { locale: 'vi' } };
export const Korean: Story = { args: { expanded: true }, globals: { locale: 'ko' } };
export const Tagalog: Story = { args: { expanded: true }, globals: { locale: 'tl' } };
export const TraditionalChinese: Story = { args: { expanded: true }, globals: { locale: 'zh-Hant' } };
/** Long text stress: a narrow column, large text and every panel open. */
export const LongTextStress: Story = {
  args: { expanded: true },
  render: () => html`<div style="max-inline-size: 280px; --crs-font-size: 22px">
    <crs-services-list expanded heading-level="3"></crs-services-list>
  </div>`,
};
