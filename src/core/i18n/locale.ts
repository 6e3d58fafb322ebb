/**
 * Each widget's language (docs/contract.md, Languages). Per widget: its own `lang` attribute → `CRSWidgets.setLocale(tag)`
 * if called → the nearest ancestor's `lang` (across shadow roots; `<html lang>` included, followed
 * live) → `navigator.languages` → English. Tags match by BCP 47 rules (locale-match.ts); a locale this
 * build does not carry renders English, said once in the console.
 *
 * Resolution is synchronous (every loaded locale is already in memory), so the last request always
 * wins and a widget never shows a mixture of two languages.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, matchLocale } from './locale-match.js';
import { LOCALES, SOURCE_LOCALE, type Locale } from './locale-table.js';
import { connectResolver, isLoaded, loadedLocales, renderingLocale } from './locale-registry.js';
import { warn } from '../element/warn.js';

/** One console note per problem (`key`), however many widgets or tags run into it; bounded with every other note. */
const warnOnce = (key: string, message: string): void => warn(message, key);

export { LOCALES, directionOf, matchLocale, type Locale } from './locale-match.js';
export { loadedLocales, withLocale } from './locale-registry.js';

/** The tag passed to setLocale, kept as asked so a locale registered later is picked up. */
let chosen: string | undefined;
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

/** The loaded locale a tag asks for, or English with one console note saying why. */
function usable(tag: string, from: string): Locale {
  const match = matchLocale(tag);
  if (!match) {
    warnOnce(`unsupported:${tag}`, `${from} "${tag}" is not a supported language (${LOCALES.join(', ')}); showing English.`);
    return SOURCE_LOCALE;
  }
  if (!isLoaded(match)) {
    // A locale module imported just after the elements registers in the same task: say it is missing
    // only if it is still missing once this task is over (the widget has re-rendered by then if not).
    setTimeout(() => {
      if (!isLoaded(match)) {
        warnOnce(
          `not-loaded:${match}`,
          `${from} "${tag}" asks for ${match}, which is not loaded; showing English. ` +
            `Import "crs-widgets/locales/${match}.js" or use the bundle with every language.`,
        );
      }
    });
    return SOURCE_LOCALE;
  }
  return match;
}

const langOf = (element: Element): string | null => element.getAttribute('lang')?.trim() || null;

/** The parent in the composed tree: a shadow root leads to its host. */
function parentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === Node.ELEMENT_NODE ? (parent as Element) : null;
}

/** The visitor's first preferred language that this build carries. */
function browserLocale(): Locale {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const match = matchLocale(tag);
    if (match && isLoaded(match)) return match;
  }
  return SOURCE_LOCALE;
}

/** The locale of an element, by the rule above. */
export function resolveLocale(element: Element): Locale {
  const own = langOf(element);
  if (own) return usable(own, `<${element.localName} lang>`);
  if (chosen) return usable(chosen, 'CRSWidgets.setLocale');
  for (let node = parentOf(element); node; node = parentOf(node)) {
    const lang = langOf(node);
    if (lang) return usable(lang, node === document.documentElement ? '<html lang>' : `<${node.localName} lang>`);
  }
  return browserLocale();
}

/** The page's locale: what a widget without a `lang` of its own or of a nearer ancestor shows. */
function pageLocale(): Locale {
  return typeof document === 'undefined' ? SOURCE_LOCALE : resolveLocale(document.documentElement);
}

/**
 * While a widget renders, the widget's locale; otherwise the page's locale
 * (setLocale's choice, else `<html lang>`, else the browser's languages).
 */
export function getLocale(): Locale {
  return renderingLocale();
}

/**
 * Chooses the language of every widget without a `lang` attribute of its own; an empty or absent
 * tag returns them to automatic resolution. Never throws. Resolves once those widgets have rendered.
 */
export function setLocale(tag?: string | null): Promise<void> {
  chosen = tag === null || tag === undefined ? undefined : String(tag).trim() || undefined;
  if (chosen) usable(chosen, 'CRSWidgets.setLocale');
  return refreshAll();
}

/** Every locale this build can show, English first. */
export const availableLocales = (): Locale[] => loadedLocales();

function refreshAll(): Promise<void> {
  const updates = [...controllers].map((c) => c.refresh());
  return Promise.all(updates).then(
    () => undefined,
    () => undefined,
  );
}

function startObserving(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  // Only `lang` changes are reported, so watching the whole document costs nothing otherwise.
  observer = new MutationObserver(() => void refreshAll());
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  window.addEventListener('languagechange', onLanguageChange);
}

function stopObserving(): void {
  observer?.disconnect();
  observer = undefined;
  window.removeEventListener('languagechange', onLanguageChange);
}

const onLanguageChange = () => void refreshAll();

connectResolver(
  () => (chosen ? usable(chosen, 'CRSWidgets.setLocale') : pageLocale()),
  () => void refreshAll(),
);

/**
 * Gives its host element a locale and re-renders the host — and only the host — when that
 * locale changes. Registered while connected, so nothing is observed once no widget is on the page.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = SOURCE_LOCALE;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  hostConnected(): void {
    controllers.add(this);
    startObserving();
    void this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0) stopObserving();
  }

  /** Re-resolves; re-renders only when the answer changed. */
  refresh(): Promise<unknown> {
    const next = resolveLocale(this.host);
    if (next === this.locale) return Promise.resolve();
    this.locale = next;
    this.host.requestUpdate();
    return this.host.updateComplete;
  }
}
