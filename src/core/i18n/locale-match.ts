/**
 * BCP 47 matching of a language tag against the supported locales. Pure: no DOM.
 * Chinese is matched by script first (zh-Hant / zh-Hans), then by region, because
 * `zh-TW` and `zh-HK` readers expect Traditional characters and `zh-CN`, `zh-SG` Simplified.
 */
import { LOCALES, localeInfo, type Locale } from './locale-table.js';

export { LOCALES, type Locale } from './locale-table.js';

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);
/** Macrolanguage or legacy codes that a reader of one of our locales uses. */
const ALIASES: Record<string, Locale> = { fil: 'tl', cmn: 'zh-Hans', yue: 'zh-Hant' };

export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const subtags = tag.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  if (subtags.length === 0) return undefined;
  const [language] = subtags;
  if (ALIASES[language]) return ALIASES[language];
  if (language === 'zh') {
    if (subtags.includes('hant')) return 'zh-Hant';
    if (subtags.includes('hans')) return 'zh-Hans';
    return subtags.some((s) => TRADITIONAL_REGIONS.has(s)) ? 'zh-Hant' : 'zh-Hans';
  }
  return LOCALES.find((l) => l === language);
}

export const directionOf = (locale: Locale): 'ltr' | 'rtl' => localeInfo(locale).dir;
