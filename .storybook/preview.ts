import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { setLocale } from '../src/core/locale.js';
import { LOCALES } from '../src/core/locale-match.js';
import '../src/index.js';

setCustomElementsManifest(manifest);

const LOCALE_NAMES: Record<string, string> = {
  en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', es: 'Español', vi: 'Tiếng Việt', ko: '한국어', tl: 'Tagalog', ar: 'العربية (RTL)',
};

/** Applies the toolbar's locale to the page and its theme to every CRS element in the story. */
const withLocaleAndTheme: Decorator = (story, context) => {
  const { locale, theme, direction } = context.globals as { locale: string; theme: string; direction: string };
  void setLocale(locale);
  // The page direction; the widgets follow their language (Arabic is right to left) whatever the page does.
  const dir = direction === 'auto' ? (locale === 'ar' ? 'rtl' : 'ltr') : direction;
  const dark = theme === 'dark' || theme === 'high-contrast';
  requestAnimationFrame(() => {
    document.querySelectorAll('#storybook-root [data-crs-story] *').forEach((el) => {
      if (el.tagName.startsWith('CRS-') && !el.hasAttribute('data-fixed-theme')) el.setAttribute('theme', theme);
    });
  });
  return html`<div data-crs-story dir=${dir} lang=${locale} class=${dark ? 'sb-dark' : ''}
    style="padding: 16px; background: ${theme === 'high-contrast' ? '#000' : dark ? '#121417' : 'transparent'}; color: ${dark ? '#f0f0f0' : 'inherit'}">
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: { title: 'Language', icon: 'globe', items: LOCALES.map((value) => ({ value, title: LOCALE_NAMES[value] })), dynamicTitle: true },
    },
    theme: {
      description: 'Built-in theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['light', 'dark', 'high-contrast', 'auto'], dynamicTitle: true },
    },
    direction: {
      description: 'Direction of the host page',
      toolbar: { title: 'Direction', icon: 'transfer', items: [
        { value: 'auto', title: 'Page direction: from the language' },
        { value: 'ltr', title: 'Page direction: left to right' },
        { value: 'rtl', title: 'Page direction: right to left' },
      ], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', direction: 'auto' },
  // The a11y panel runs axe on every story as you browse; scripts/check-storybook.mjs does it in CI.
  parameters: { controls: { expanded: true }, a11y: { test: 'error' } },
};
export default preview;
