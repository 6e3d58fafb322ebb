/**
 * The one table of the widgets' languages. Everything else that lists locales — lit-localize.json,
 * the translation check, Storybook's language menu, the README — is generated from it or checked
 * against it (scripts/build/locales.mjs --check, in npm test). Pure data: no DOM.
 */
export interface LocaleInfo {
  /** BCP 47 tag, as used in `lang` attributes and in `xliff/<tag>.xlf`. */
  readonly tag: string;
  /** The language's name in that language, for menus. */
  readonly name: string;
  /** English name, for documentation. */
  readonly english: string;
  readonly dir: 'ltr' | 'rtl';
  /** Who wrote the widget's texts: the source, the official CRS brochure edition, or this project. */
  readonly translation: 'source' | 'brochure' | 'ours';
}

export const LOCALE_TABLE = [
  { tag: 'en', name: 'English', english: 'English', dir: 'ltr', translation: 'source' },
  { tag: 'zh-Hans', name: '简体中文', english: 'Chinese (Simplified)', dir: 'ltr', translation: 'brochure' },
  { tag: 'zh-Hant', name: '繁體中文', english: 'Chinese (Traditional)', dir: 'ltr', translation: 'ours' },
  { tag: 'es', name: 'Español', english: 'Spanish', dir: 'ltr', translation: 'ours' },
  { tag: 'vi', name: 'Tiếng Việt', english: 'Vietnamese', dir: 'ltr', translation: 'ours' },
  { tag: 'ko', name: '한국어', english: 'Korean', dir: 'ltr', translation: 'ours' },
  { tag: 'tl', name: 'Tagalog', english: 'Tagalog', dir: 'ltr', translation: 'ours' },
  { tag: 'ar', name: 'العربية', english: 'Arabic', dir: 'rtl', translation: 'ours' },
] as const satisfies readonly LocaleInfo[];

export type Locale = (typeof LOCALE_TABLE)[number]['tag'];
export const LOCALES: readonly Locale[] = LOCALE_TABLE.map((l) => l.tag);
export const SOURCE_LOCALE: Locale = 'en';

export const localeInfo = (tag: Locale): LocaleInfo => LOCALE_TABLE.find((l) => l.tag === tag)!;
