import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { manifest } from './element-args.js';
import { directionOf, matchLocale } from '../src/core/i18n/locale-match.js';
import { LOCALE_TABLE } from '../src/core/i18n/locale-table.js';
import '../src/index.js';

// Storybook builds its tables and controls from the curated manifest: the public API only.
setCustomElementsManifest(manifest);

/**
 * The toolbar's "page direction" is the host page's direction: it is set on the story's canvas, never on
 * a wrapper inside the story, so "Show code" shows only the element. Language and theme are not handled
 * here: each story writes them on its own elements (see element-args.ts).
 */
const withPageDirection: Decorator = (story, context) => {
  const { direction, locale } = context.globals as { direction?: string; locale?: string };
  const lang = (context.args as { lang?: string }).lang || locale || 'en';
  const dir = direction && direction !== 'auto' ? direction : directionOf(matchLocale(lang) ?? 'en');
  context.canvasElement?.setAttribute('dir', dir);
  return story();
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withPageDirection],
  globalTypes: {
    locale: {
      description: 'Language of the stories that do not set their own',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // From the one locale table, like everything else that lists the languages.
        items: LOCALE_TABLE.map(({ tag, name, dir }) => ({ value: tag, title: `${name} (${tag})${dir === 'rtl' ? ' · RTL' : ''}` })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the stories that do not set their own',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['light', 'dark', 'high-contrast', 'auto'], dynamicTitle: true },
    },
    direction: {
      description: 'Direction of the host page',
      toolbar: { title: 'Direction', icon: 'transfer', items: [
        { value: 'auto', title: 'Page direction: from the language' },
        { value: 'ltr', title: 'Page direction: left to right' },
        { value: 'rtl', title: 'Page direction: right to left (the page around the widget; see Introduction)' },
      ], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', direction: 'auto' },
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // "Show code" is the story's own markup, without any decorator.
    docs: {
      source: { excludeDecorators: true },
      // Guides and element pages run to many screens: an "On this page" list beside them.
      toc: { title: 'On this page', headingSelector: 'h2, h3', ignoreSelector: '.docs-story h2, .docs-story h3, [data-import-section] h2' },
    },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides', ['Getting started', 'Embedding', 'Languages', 'Theming', 'Events', 'Partner data', 'Accessibility statement', 'Privacy statement'],
          'Elements', ['Contact card', 'Services list', 'Office locator'],
          'Tools', 'Design system', 'Changelog',
        ],
      },
    },
    // The a11y panel runs axe on every story as you browse; scripts/check/storybook.mjs does it in CI.
    a11y: { test: 'error' },
  },
};
export default preview;
