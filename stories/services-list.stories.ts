import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SECTION_IDS, SERVICE_IDS } from '../src/services-list/services.js';
import { elementArgTypes, langOf, logDetail, levelOf, listOf, noControls, themeOf } from '../.storybook/element-args.js';

interface Args {
  services?: string[];
  sections?: string[];
  expanded?: boolean;
  'heading-level'?: number;
  'data-src'?: string;
  lang?: string;
  theme?: string;
  [handler: string]: unknown;
}

const meta: Meta<Args> = {
  title: 'Elements/Services list',
  component: 'crs-services-list',
  // The element page is stories/elements/ServicesList.mdx.
  tags: ['!autodocs'],
  argTypes: elementArgTypes('crs-services-list', { lists: { services: SERVICE_IDS, sections: SECTION_IDS } }),
  render: (args, context) => html`<crs-services-list
    lang=${ifDefined(langOf(args, context))}
    theme=${ifDefined(themeOf(args, context))}
    services=${ifDefined(listOf(args.services))}
    sections=${ifDefined(listOf(args.sections))}
    heading-level=${ifDefined(levelOf(args['heading-level']))}
    data-src=${ifDefined(args['data-src'] || undefined)}
    data-timeout=${ifDefined(args['data-timeout'] ?? undefined)}
    ?debug=${args.debug}
    ?no-heading=${args['no-heading']}
    ?expanded=${args.expanded}
    @crs-service-toggle=${logDetail(args, 'crs-service-toggle')}
  ></crs-services-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Expanded: Story = { args: { expanded: true } };
/** Only mediation and dialogue, in that order, and no "About CRS". */
export const Filtered: Story = { args: { services: ['mediation', 'facilitated-dialogue'], sections: ['services', 'works-with'] } };
export const EveryTheme: Story = {
  parameters: noControls,
  render: (args, context) => html`<div style="display: grid; gap: 16px">
    ${['light', 'dark', 'high-contrast'].map(
      (theme) => html`<div style="padding: 8px; background: ${theme === 'light' ? '#fff' : '#000'}">
        <crs-services-list lang=${ifDefined(langOf(args, context))} theme=${theme} services="mediation public-events" sections="services" expanded></crs-services-list>
      </div>`,
    )}
  </div>`,
};
/** Each language story sets `lang` on the element, so a Docs page shows every one in its own language. */
export const RightToLeft: Story = { args: { expanded: true, lang: 'ar' } };
export const SimplifiedChinese: Story = { args: { expanded: true, lang: 'zh-Hans' } };
export const Spanish: Story = { args: { expanded: true, lang: 'es' } };
export const Vietnamese: Story = { args: { expanded: true, lang: 'vi' } };
export const Korean: Story = { args: { expanded: true, lang: 'ko' } };
export const Tagalog: Story = { args: { expanded: true, lang: 'tl' } };
export const TraditionalChinese: Story = { args: { expanded: true, lang: 'zh-Hant' } };
/** Long text stress: a narrow column, large text and every panel open. */
export const LongTextStress: Story = {
  parameters: noControls,
  render: (args, context) => html`<div style="max-inline-size: 280px; --crs-font-size: 22px">
    <crs-services-list lang=${ifDefined(langOf(args, context))} theme=${ifDefined(themeOf(args, context))} expanded heading-level="3"></crs-services-list>
  </div>`,
};
/**
 * Reduced motion, for real: `--crs-motion-duration: 0s` is what `prefers-reduced-motion: reduce` sets inside
 * the widget, so opening a service here shows no transition. The play function opens one and checks that
 * the panel has no running animation or transition.
 */
export const ReducedMotion: Story = {
  args: { services: ['mediation', 'public-events'], sections: ['services'] },
  render: (args, context) => html`<div style="--crs-motion-duration: 0s">
    <crs-services-list
      lang=${ifDefined(langOf(args, context))}
      theme=${ifDefined(themeOf(args, context))}
      services=${ifDefined(listOf(args.services))}
      sections=${ifDefined(listOf(args.sections))}
      @crs-service-toggle=${logDetail(args, 'crs-service-toggle')}
    ></crs-services-list>
  </div>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('crs-services-list') as HTMLElement & { updateComplete: Promise<unknown> };
    await list.updateComplete;
    const toggle = list.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    toggle.click();
    await list.updateComplete;
    const panel = list.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]:not([hidden])');
    const moving = panel ? panel.getAnimations({ subtree: true }).filter((a) => a.playState === 'running') : [];
    const duration = panel ? getComputedStyle(panel).transitionDuration : '0s';
    if (!panel || moving.length || duration.split(',').some((d) => parseFloat(d) > 0)) {
      throw new Error(`reduced motion: the opened panel still moves (${moving.length} animations, transition ${duration})`);
    }
  },
};
