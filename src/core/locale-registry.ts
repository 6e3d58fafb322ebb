/**
 * Which translations this build carries, and which locale `msg()` answers in right now.
 *
 * @lit/localize's runtime mode has one active locale per page. Our widgets each have their own, so
 * we use its re-entrant mode: `msg()` asks `renderingLocale()` on every call, and each widget renders
 * inside `withLocale(itsLocale, …)`. Lit renders synchronously, so the locale set for one widget's
 * render can never leak into another's.
 */
import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { LOCALES, SOURCE_LOCALE, type Locale } from './locale-table.js';

type Templates = LocaleModule['templates'];

const registered = new Map<Locale, Templates>();
let rendering: Locale | undefined;
let fallback: () => Locale = () => SOURCE_LOCALE;
let onRegistered: () => void = () => {};

try {
  configureReentrantLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: LOCALES.filter((l) => l !== SOURCE_LOCALE),
    getLocale: () => renderingLocale(),
    loadLocaleSync: (locale: string) => {
      const templates = registered.get(locale as Locale);
      return templates ? { templates } : undefined;
    },
  });
} catch {
  // Another copy of @lit/localize on the page was configured first (it allows one configuration).
  console.warn('[crs-widgets] @lit/localize was already configured by other code on this page; the widgets may show English only.');
}

/** A locale module (`crs-widgets/locales/es.js`) calls this once when imported. */
export function registerLocale(locale: Locale, templates: Templates): void {
  registered.set(locale, templates);
  // Widgets already on the page that asked for this locale switch to it now.
  onRegistered();
}

/** English, which is always built in, and every locale registered so far. */
export const loadedLocales = (): Locale[] => LOCALES.filter((l) => l === SOURCE_LOCALE || registered.has(l));
export const isLoaded = (locale: Locale): boolean => locale === SOURCE_LOCALE || registered.has(locale);

/** The locale `msg()` answers in: the widget being rendered, else the page's. */
export function renderingLocale(): Locale {
  return rendering ?? fallback();
}

/** Lets the page-level resolver (locale.ts) plug in without an import cycle. */
export function connectResolver(pageLocale: () => Locale, refresh: () => void): void {
  fallback = pageLocale;
  onRegistered = refresh;
}

/** Runs `render` with `msg()` answering in `locale`; nests and restores. */
export function withLocale<T>(locale: Locale, render: () => T): T {
  const previous = rendering;
  rendering = locale;
  try {
    return render();
  } finally {
    rendering = previous;
  }
}
