/**
 * The bundle's entry: registers every element and exposes `window.CRSWidgets` (docs/contract.md, What you get).
 * A copy loaded later leaves the first copy's API in place.
 */
// Languages first, so elements already on the page render in theirs from the first frame.
import './locales/all.js';
import './contact-card/define.js';
import './services-list/define.js';
import './office-locator/define.js';
import { VERSION } from './generated/version.js';
import { availableLocales, getLocale, setLocale, type Locale } from './core/i18n/locale.js';
import { setDebug } from './core/element/crs-element.js';
import { debugMode, warn } from './core/element/warn.js';

export { CrsContactCard } from './contact-card/define.js';
export type { ContactAction, ContactActionDetail } from './contact-card/define.js';
export { CrsServicesList, SERVICE_IDS, SECTION_IDS } from './services-list/define.js';
export type { ServiceToggleDetail, ServiceId, SectionId } from './services-list/define.js';
export { CrsOfficeLocator } from './office-locator/define.js';
export type { OfficeSelectDetail, SelectVia, LocatorView } from './office-locator/define.js';
export { getLocale, setLocale, type Locale } from './core/i18n/locale.js';
export { LOCALE_TABLE } from './core/i18n/locale-table.js';
export { validateDataset, toE164 } from './core/data/validate.js';
export type { ValidationProblem, ValidationResult } from './core/data/validate.js';
export type { Dataset, DatasetFile, Office, Region, Provenance, Source, Publisher } from './core/data/types.js';

export interface CRSWidgetsApi {
  readonly version: string;
  setLocale(tag?: string | null): Promise<void>;
  getLocale(): Locale;
  /** The locales this file can show (all eight, or English and one). */
  readonly locales: readonly Locale[];
  /** `true` shows partner mistakes on screen in every widget, as the `debug` attribute does for one. */
  debug: boolean;
}

declare global {
  interface Window {
    CRSWidgets?: CRSWidgetsApi;
  }
}

export const CRSWidgets: CRSWidgetsApi = Object.freeze({
  version: VERSION,
  setLocale,
  getLocale,
  get locales() {
    return availableLocales();
  },
  get debug() {
    return debugMode.on;
  },
  set debug(on: boolean) {
    setDebug(Boolean(on));
  },
});

const OURS = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as CRSWidgetsApi).setLocale === 'function' && 'version' in value;

/**
 * The page owns `window`: the API is set where the name is free, or held by an element the browser
 * names after its id (`<div id="CRSWidgets">`, which an own property shadows harmlessly). Anything else —
 * another script's value, a locked or throwing property — stays as the page made it, and the console
 * says why the API is missing. Nothing throws into the page.
 */
function expose(): void {
  if (typeof window === 'undefined') return;
  try {
    const current = window.CRSWidgets as unknown;
    if (OURS(current)) return; // the first copy of CRS Widgets keeps its API
    if (current !== undefined && !(typeof Element === 'function' && current instanceof Element)) {
      warn('window.CRSWidgets is already used by this page, so the widgets’ API is not set there (the widgets work all the same).');
      return;
    }
    window.CRSWidgets = CRSWidgets;
    if (window.CRSWidgets !== CRSWidgets) warn('window.CRSWidgets is locked by this page, so the widgets’ API could not be set there.');
  } catch (error) {
    warn(`window.CRSWidgets could not be set (${String(error)}); the widgets work all the same.`);
  }
}
expose();
