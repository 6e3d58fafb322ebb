/**
 * The embed configurator's output: the markup a partner pastes, for the script-tag and the npm forms.
 * Pure, so the preview, the copy buttons and the test all use the same text.
 */
export type Tag = 'crs-contact-card' | 'crs-services-list' | 'crs-office-locator';

export interface EmbedConfig {
  tag: Tag;
  /** Attribute values; `true` writes a boolean attribute, '' or false leaves it out. */
  attributes: Record<string, string | boolean>;
  locale: string;
  theme: string;
  tokens: Record<string, string>;
}

export const MODULES: Record<Tag, string> = {
  'crs-contact-card': 'contact-card.js',
  'crs-services-list': 'services-list.js',
  'crs-office-locator': 'office-locator.js',
};

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function elementMarkup(config: EmbedConfig): string {
  const attrs: string[] = [];
  if (config.locale && config.locale !== 'auto') attrs.push(`lang="${escapeAttr(config.locale)}"`);
  if (config.theme && config.theme !== 'light') attrs.push(`theme="${escapeAttr(config.theme)}"`);
  for (const [name, value] of Object.entries(config.attributes)) {
    if (value === true) attrs.push(name);
    else if (typeof value === 'string' && value.trim()) attrs.push(`${name}="${escapeAttr(value.trim())}"`);
  }
  return `<${config.tag}${attrs.length ? ' ' + attrs.join(' ') : ''}></${config.tag}>`;
}

/** The three elements: the selector both the configurator and the theme builder write, so their CSS reads the same. */
export const WIDGETS: readonly Tag[] = ['crs-contact-card', 'crs-services-list', 'crs-office-locator'];

/** One CSS rule, two-space indented: the format the configurator and the theme builder share. */
export const cssBlock = (selector: string, declarations: readonly string[]): string => `${selector} {\n${declarations.map((d) => `  ${d}`).join('\n')}\n}`;

export function tokenCss(config: EmbedConfig): string {
  const entries = Object.entries(config.tokens).filter(([, v]) => v.trim());
  if (!entries.length) return '';
  return cssBlock(WIDGETS.join(', '), entries.map(([k, v]) => `${k}: ${v.trim()};`));
}

export function scriptSnippet(config: EmbedConfig, bundleUrl = '/js/crs-widgets.js'): string {
  const css = tokenCss(config);
  return [
    `<script type="module" src="${escapeAttr(bundleUrl)}"></script>`,
    css ? `<style>\n/* or in your own stylesheet (needed under a strict style-src) */\n${css}\n</style>` : '',
    elementMarkup(config),
  ].filter(Boolean).join('\n');
}

export function npmSnippet(config: EmbedConfig): string {
  const css = tokenCss(config);
  return [
    `// npm install crs-widgets`,
    `import 'crs-widgets/${MODULES[config.tag]}';`,
    ``,
    `// in your template:`,
    `// ${elementMarkup(config)}`,
    css ? `\n/* in your CSS */\n${css}` : '',
  ].filter((line) => line !== undefined).join('\n').trim();
}
