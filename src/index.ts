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
import { availableLocales, getLocale, setLocale, type Locale } from './core/locale.js';

export { CrsContactCard } from './contact-card/define.js';
export type { ContactAction, ContactActionDetail } from './contact-card/define.js';
export { CrsServicesList, SERVICE_IDS, SECTION_IDS } from './services-list/define.js';
export type { ServiceToggleDetail, ServiceId, SectionId } from './services-list/define.js';
export { CrsOfficeLocator } from './office-locator/define.js';
export type { OfficeSelectDetail, SelectVia, LocatorView } from './office-locator/define.js';
export { getLocale, setLocale, type Locale } from './core/locale.js';
export { LOCALE_TABLE } from './core/locale-table.js';
export { validateDataset, toE164 } from './core/data/validate.js';
export type { ValidationProblem, ValidationResult } from './core/data/validate.js';
export type { Dataset, DatasetFile, Office, Region, Provenance, Source, Publisher } from './core/data/types.js';

export interface CRSWidgetsApi {
  readonly version: string;
  setLocale(tag?: string | null): Promise<void>;
  getLocale(): Locale;
  /** The locales this file can show (all eight, or English and one). */
  readonly locales: readonly Locale[];
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
});

if (typeof window !== 'undefined' && !window.CRSWidgets) window.CRSWidgets = CRSWidgets;
