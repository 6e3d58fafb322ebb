/**
 * Dates as a reader of the widget's language writes them: `2026-01` → "January 2026" / "enero de 2026" /
 * "2026年1月"; a span `2016/2020` (an undated source of that period) → "about 2016–2020". Pure: no DOM.
 */
import { ltr } from '../safety/links.js';

/** Intl knows Tagalog as Filipino. */
const intlTags = (locale: string): string[] => (locale === 'tl' ? ['fil', 'en'] : [locale, 'en']);

/** One date of 1–3 parts, formatted to its own precision. */
export function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) options.month = 'long';
  if (d) options.day = 'numeric';
  try {
    return new Intl.DateTimeFormat(intlTags(locale), options).format(Date.UTC(y, (m || 1) - 1, d || 1));
  } catch {
    return date;
  }
}

/** Years of a span, "2016–2020", isolated left to right so right-to-left text keeps its order. */
export const yearSpan = (from: number, to: number): string => ltr(from === to ? String(from) : `${from}–${to}`);
