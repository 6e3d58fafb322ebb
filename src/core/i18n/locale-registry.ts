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
type Template = Templates[string];

/** A locale as the build ships it: texts in the order of a shared id list, placeholders as {0}. */
interface Packed {
  ids: readonly string[];
  texts: readonly string[];
  templates?: Templates;
}

const registered = new Map<Locale, Packed>();
let rendering: Locale | undefined;
let fallback: () => Locale = () => SOURCE_LOCALE;
let onRegistered: () => void = () => {};

try {
  configureReentrantLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: LOCALES.filter((l) => l !== SOURCE_LOCALE),
    getLocale: () => renderingLocale(),
    loadLocaleSync: (locale: string) => {
      const packed = registered.get(locale as Locale);
      return packed ? { templates: (packed.templates ??= unpack(packed)) } : undefined;
    },
  });
} catch {
  // Another copy of @lit/localize on the page was configured first (it allows one configuration).
  console.warn('[crs-widgets] @lit/localize was already configured by other code on this page; the widgets may show English only.');
}

/** Turns "Copiado ({0}): {1}" into the str`` form @lit/localize substitutes values into. */
function unpack({ ids, texts }: Packed): Templates {
  const templates: Templates = {};
  ids.forEach((id, i) => {
    const parts = texts[i].split(/\{(\d+)\}/);
    templates[id] =
      parts.length === 1
        ? texts[i]
        : ({ strTag: true, strings: parts.filter((_, j) => j % 2 === 0), values: parts.filter((_, j) => j % 2).map(Number) } as unknown as Template);
  });
  return templates;
}

/** A locale module (`crs-widgets/locales/es.js`) calls this once when imported. */
export function registerLocale(locale: Locale, ids: readonly string[], texts: readonly string[]): void {
  registered.set(locale, { ids, texts });
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
