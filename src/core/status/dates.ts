/**
 * Dates as a reader of the widget's language writes them: `2026-01` → "January 2026" / "enero de 2026" /
 * "2026年1月"; a span `2016/2020` (an undated source of that period) → "about 2016–2020". Pure: no DOM.
 */
import { ltr } from '../safety/links.js';

/** Intl knows Tagalog as Filipino. */
const intlTags = (locale: string): string[] => (locale === 'tl' ? ['fil', 'en'] : [locale, 'en']);

/**
 * Formatters by locale and precision. Building an Intl.DateTimeFormat loads the locale's data (measured: ~140 ms of
 * a locator's start at 4× CPU when each date built its own); a page needs a handful, each built once.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, month: boolean, day: boolean): Intl.DateTimeFormat {
  const key = `${locale} ${month} ${day}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    formatters.set(key, (format = new Intl.DateTimeFormat(intlTags(locale), options)));
  }
  return format;
}

/** One date of 1–3 parts, formatted to its own precision. */
export function formatDate(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return date;
  try {
    return formatter(locale, Boolean(m), Boolean(d)).format(Date.UTC(y, (m || 1) - 1, d || 1));
  } catch {
    return date;
  }
}

/** Years of a span, "2016–2020", isolated left to right so right-to-left text keeps its order. */
export const yearSpan = (from: number, to: number): string => ltr(from === to ? String(from) : `${from}–${to}`);
