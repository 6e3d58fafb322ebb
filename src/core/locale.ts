/**
 * The page's one @lit/localize configuration and the rule that picks its locale (SPEC §4):
 * CRSWidgets.setLocale(tag) → the first widget's `lang` → `<html lang>` (followed live)
 * → navigator.languages → en.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { localeTemplates } from './locale-templates.js';
import { LOCALES, matchFirst, matchLocale, type Locale } from './locale-match.js';

export { LOCALES, directionOf, matchLocale, type Locale } from './locale-match.js';

const supported = new Set<string>([sourceLocale, ...targetLocales].filter((l) => localeTemplates.has(l) || l === sourceLocale));

const localization = configureLocalization({
  sourceLocale,
  targetLocales: targetLocales.filter((l) => supported.has(l)),
  loadLocale: async (locale: string) => localeTemplates.get(locale)!,
});

/** Locales compiled into this bundle (every locale, or English plus one). */
export const availableLocales: readonly Locale[] = LOCALES.filter((l) => supported.has(l));

let chosen: Locale | undefined;
const widgets = new Set<Element>();
let htmlObserver: MutationObserver | undefined;
let lastWarning = '';

function warnOnce(message: string): void {
  if (message === lastWarning) return;
  lastWarning = message;
  console.warn(`[crs-widgets] ${message}`);
}

/** A supported locale for `tag`, or English with a warning naming the tag. */
function resolve(tag: string, from: string): Locale {
  const match = matchLocale(tag);
  if (match && supported.has(match)) return match;
  warnOnce(`${from} "${tag}" is not a supported locale (${availableLocales.join(', ')}); using English.`);
  return 'en';
}

export function desiredLocale(): Locale {
  if (chosen) return chosen;
  const tagged = [...widgets].filter((w) => w.getAttribute('lang'));
  if (tagged.length > 0) {
    const tags = new Set(tagged.map((w) => resolve(w.getAttribute('lang')!, 'lang attribute')));
    if (tags.size > 1) {
      warnOnce(`widgets on this page ask for different languages (${[...tags].join(', ')}); one language per page, so the first (${[...tags][0]}) is used.`);
    }
    return [...tags][0];
  }
  const pageLang = document.documentElement.getAttribute('lang');
  if (pageLang) return resolve(pageLang, '<html lang>');
  const preferred = matchFirst(navigator.languages ?? [navigator.language]);
  return preferred && supported.has(preferred) ? preferred : 'en';
}

/** Bring the page's locale in line with the rule; resolves once the templates are active. */
export function applyLocale(): Promise<void> {
  const wanted = desiredLocale();
  return wanted === localization.getLocale() ? Promise.resolve() : localization.setLocale(wanted);
}

export function getLocale(): Locale {
  return localization.getLocale() as Locale;
}

/**
 * Choose the page's locale explicitly; an empty or absent tag returns to automatic resolution.
 * Never throws: an unknown tag falls back to English with a console warning.
 */
export function setLocale(tag?: string | null): Promise<void> {
  chosen = tag ? resolve(String(tag), 'CRSWidgets.setLocale') : undefined;
  return applyLocale();
}

/** Widgets register while connected, so `<html lang>` is observed only while one is on the page. */
export function registerWidget(widget: Element): void {
  widgets.add(widget);
  if (!htmlObserver && typeof MutationObserver !== 'undefined') {
    htmlObserver = new MutationObserver(() => void applyLocale());
    htmlObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  void applyLocale();
}

export function unregisterWidget(widget: Element): void {
  widgets.delete(widget);
  if (widgets.size === 0) {
    htmlObserver?.disconnect();
    htmlObserver = undefined;
  }
}
